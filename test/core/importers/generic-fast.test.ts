import {describe, expect, it} from 'vitest';
import {quickInteraction, quickPerson, quickRequest} from '../../../source/core/importers/generic-fast.js';
import {recordSchemas} from '../../../source/core/importers/generic.js';
import {generateDatabase, Random} from '../../bench/generate.js';

const odd: unknown[] = [
	undefined, null, '', ' ', 'x', 0, -1, 1.5, 2 ** 60, Number.NaN, true, [], ['a'], [1], {}, {a: 'b'}, {a: 1},
	'2025-13-45', '2025-02-30', '2025-03-04', '2025-03-04T10:00:00Z', 'March 4, 2025', 'in', 'like', 'linkedin',
	JSON.parse('{"__proto__": "x"}'),
];

function mutate(record: Record<string, unknown>, random: Random): unknown {
	if (random.chance(0.05)) return random.pick([null, 'text', 3, [record]]);
	const copy: Record<string, unknown> = structuredClone(record);
	const keys = [...Object.keys(copy), 'aliases', 'handles', 'tags', 'connectedOn', 'mutualContacts', 'message', 'text', 'unknownField'];
	for (let count = 1 + random.int(3); count > 0; count--) {
		const key = random.pick(keys);
		const roll = random.next();
		if (roll < 0.2) delete copy[key];
		else if (roll < 0.4 && typeof copy[key] === 'object' && copy[key] !== null) {
			(copy[key] as Record<string, unknown>)[random.pick(['linkedin', 'xing', '0'])] = random.pick(odd);
		} else copy[key] = random.pick(odd);
	}
	return copy;
}

/** Where the fast check gives an answer, it is the schema's answer (fields that are undefined aside). */
function expectSameAsSchema(quick: (raw: unknown) => {data: unknown} | undefined, schema: {safeParse(raw: unknown): {success: boolean; data?: unknown}}, records: unknown[]) {
	let fast = 0;
	for (const raw of records) {
		const answer = quick(raw);
		if (!answer) continue;
		fast++;
		const reference = schema.safeParse(raw);
		expect(reference.success, JSON.stringify(raw)).toBe(true);
		expect(answer.data).toEqual(JSON.parse(JSON.stringify(reference.data)));
	}
	return fast;
}

describe('fast checks of generic records', () => {
	const document = generateDatabase({requests: 300, people: 600, interactions: 2000, seed: 7});
	const random = new Random(11);

	it('accept every ordinary generated record with the schema’s result', () => {
		expect(expectSameAsSchema(quickPerson, recordSchemas.person, document.people)).toBe(document.people.length);
		expect(expectSameAsSchema(quickInteraction, recordSchemas.interaction, document.interactions)).toBe(document.interactions.length);
		expect(expectSameAsSchema(quickRequest, recordSchemas.request, document.requests)).toBe(document.requests.length);
	});

	it('never accept a mutated record the schema refuses, nor read it differently', () => {
		const people = document.people.map(record => mutate(record, random));
		const interactions = document.interactions.slice(0, 600).map(record => mutate(record, random));
		const requests = document.requests.map(record => mutate(record, random));
		expectSameAsSchema(quickPerson, recordSchemas.person, people);
		expectSameAsSchema(quickInteraction, recordSchemas.interaction, interactions);
		expectSameAsSchema(quickRequest, recordSchemas.request, requests);
		// The mutations must really reach the schema's error path, or this test proves nothing.
		expect(people.filter(raw => !recordSchemas.person.safeParse(raw).success).length).toBeGreaterThan(100);
	});
});
