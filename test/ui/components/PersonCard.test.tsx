import {render} from 'ink-testing-library';
import {describe, expect, test} from 'vitest';
import {buildCard} from '../../../source/core/people/card.js';
import {buildSearchIndex, namesakes} from '../../../source/core/search/search.js';
import {cardOverflow, cardRows, PersonCard} from '../../../source/ui/components/PersonCard.js';
import {bySource, loadSearchFixture} from '../../fixtures/search/load.js';

const db = loadSearchFixture();
const index = buildSearchIndex(db);
const cardOf = (sourceId: string) => {
	const person = bySource(db, sourceId);
	return buildCard(db, person, namesakes(index, person.id));
};

describe('the person card', () => {
	test('shows the verdict line, the meetings, connections, notes and tags', () => {
		const card = cardOf('p-002');
		const {lastFrame, unmount} = render(<PersonCard card={card} width={100} height={30} scroll={0} canVouch />);
		const frame = lastFrame()!;
		expect(frame).toContain(`Anna Müller (${card.person.id}) know well`);
		expect(frame).toMatch(/verdict\s+know well: met in person 1×/);
		expect(frame).toMatch(/met\s+2025-\d\d-\d\d BarCamp Hamburg 2025/);
		expect(frame).toMatch(/connected\s+xing since 2024-05-02/);
		expect(frame).toMatch(/note\s+Met at BarCamp Hamburg 2025/);
		expect(frame).toMatch(/tags\s+barcamp, ux/);
		expect(frame).toContain('v vouch');
		expect(frame).not.toContain('r go to request');
		unmount();
	});

	test('a look-alike shows its warnings and where to jump', () => {
		const {lastFrame, unmount} = render(<PersonCard card={cardOf('p-080')} width={100} height={30} scroll={0} />);
		expect(lastFrame()).toMatch(/warning\s+name mixes Cyrillic and Latin letters/);
		expect(lastFrame()).toContain('whom you know well');
		expect(lastFrame()).toContain('r go to request');
		unmount();
	});

	test('a long card shows a window of its lines, scrolled', () => {
		const card = cardOf('p-002');
		const rows = cardRows(card);
		const height = 5;
		expect(cardOverflow(card, height)).toBe(rows.length - 3);
		const {lastFrame, unmount} = render(<PersonCard card={card} width={100} height={height} scroll={2} />);
		const lines = lastFrame()!.split('\n');
		expect(lines).toHaveLength(height);
		expect(lines[1]).toContain(rows[2]!.text.slice(0, 40));
		expect(lines.at(-1)).toContain('j/k scroll');
		unmount();
	});
});
