// kill -9 the CLI at random moments of `decide … --as …` over many ids: afterwards
// the database loads, every decision the CLI confirmed is there, and the
// interrupted command took effect for all of its requests or for none.
import {copyFile, mkdir} from 'node:fs/promises';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {decisions, statusOfDecision, type RequestStatus} from '../../source/core/model.js';
import {Random} from '../bench/generate.js';
import {assertBuilt, runCli, startCli} from '../helpers/cli-process.js';
import {delay, expectRecovered, whenWriting} from '../helpers/crash-check.js';
import {makeDatabase, writeDatabase} from '../helpers/databases.js';
import {tempDir} from '../helpers/temp.js';

const kills = 55;
const chunk = 12;

function shuffled<T>(items: T[], random: Random): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = random.int(i + 1);
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

describe('kill -9 during decide', () => {
	beforeAll(assertBuilt);

	it(`keeps every confirmed decision and never half a command, at ${kills} random moments`, {timeout: 240_000}, async () => {
		const work = await tempDir('netinbox-kill-decide-');
		const base = path.join(work, 'base.json');
		const data = makeDatabase({requests: 240, people: 400, interactions: 2000, seed: 31});
		await writeDatabase(base, data);
		const allKeys = data.requests.map(request => request.key);
		const file = path.join(work, 'db', 'db.json');
		await mkdir(path.dirname(file));

		const started = performance.now();
		await copyFile(base, file);
		const clean = await runCli(['decide', allKeys[0]!, '--as', 'ignore', '--db', file]);
		const runMs = performance.now() - started;
		expect(clean.code, clean.stderr).toBe(0);

		const random = new Random(77);
		let scale = 1;
		let killed = 0;
		let expected = new Map<string, RequestStatus>();
		let queue: string[] = [];
		let interruptedBeforeSave = 0;
		let interruptedAfterSave = 0;
		for (let attempt = 0; killed < kills && attempt < kills * 3; attempt++) {
			if (queue.length < chunk) {
				// A new round on a fresh copy: every request pending again.
				await copyFile(base, file);
				expected = new Map(allKeys.map(key => [key, 'pending']));
				queue = shuffled(allKeys, random);
			}
			const keys = queue.splice(0, chunk);
			const decision = random.pick(decisions);
			const run = startCli(['decide', ...keys, '--as', decision, '--db', file]);
			// Every third kill aims at the write itself: inside it, or just after the rename.
			if (attempt % 3 === 2) await whenWriting(run.child, file, random.next() < 0.5 ? 0 : random.next() * 15);
			else await delay(runMs * scale * (0.3 + 0.8 * random.next()));
			run.child.kill('SIGKILL');
			const result = await run.done;
			if (result.signal === 'SIGKILL') killed++;
			else expect(result.code, result.stderr).toBe(0);
			if (attempt % 3 !== 2) scale *= result.signal === 'SIGKILL' ? 1.05 : 0.8;

			const confirmed = [...result.stdout.matchAll(/^\w+ (\S+): pending → (\w+)$/gm)].map(match => match[1]!);
			const db = await expectRecovered(file);
			const status = new Map(db.requests.map(request => [request.key, request.status]));
			const target = statusOfDecision[decision];
			const applied = keys.filter(key => status.get(key) === target);
			// All of the command or none of it.
			expect(applied.length === 0 || applied.length === keys.length, `attempt ${attempt}: ${applied.length} of ${keys.length} applied`).toBe(true);
			if (confirmed.length > 0) expect(applied).toEqual(keys);
			if (applied.length > 0) {
				for (const key of keys) expected.set(key, target);
				if (confirmed.length === 0) interruptedAfterSave++;
			} else if (result.signal === 'SIGKILL') interruptedBeforeSave++;
			// Nothing else changed: every earlier decision is still there.
			for (const [key, value] of expected) expect(status.get(key), key).toBe(value);
		}
		expect(killed).toBe(kills);
		expect(interruptedBeforeSave).toBeGreaterThan(0);
		// Diagnostics for a reader of the log: how often the kill fell after the write but before the confirmation.
		console.info(`kill -9 during decide: ${killed} kills, ${interruptedBeforeSave} before the save, ${interruptedAfterSave} after it`);
	});
});
