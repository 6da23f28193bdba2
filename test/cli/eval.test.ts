import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {runCli} from '../helpers/cli.js';
import {sampleDocument, writeDocument} from '../helpers/generic.js';
import {tempDir} from '../helpers/temp.js';

async function setup(labels: unknown) {
	const directory = await tempDir();
	const db = path.join(directory, 'db.json');
	expect((await runCli(['import', 'generic', await writeDocument(directory, sampleDocument()), '--db', db])).code).toBe(0);
	const file = path.join(directory, 'labels.json');
	await writeFile(file, JSON.stringify({labels}));
	return {db, file};
}

describe('netinbox eval', () => {
	it('refuses to score when no label names a request, instead of printing 100 %', async () => {
		const {db, file} = await setup({'x-1': {expect: 'ignore'}, 'x-2': {expect: 'accept'}});
		const result = await runCli(['eval', file, '--db', db]);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('none of its 2 labels names a request');
		expect(result.stdout).not.toContain('100');
	});

	it('says when agreement counts an acceptable alternative, and lists it off the diagonal', async () => {
		// r-003 is LinkedIn's default text: ignore. Labelled spam with ignore acceptable.
		const {db, file} = await setup({'r-001': {expect: 'accept'}, 'r-003': {expect: 'spam', also: ['ignore']}});
		const text = await runCli(['eval', file, '--db', db]);
		expect(text.code).toBe(0);
		expect(text.stdout).toContain('agreement 100.0 % (1 of them only through an acceptable alternative)');
		expect(text.stdout).toMatch(/r-003: expected spam, suggested ignore \(acceptable alternative/);
		const json = JSON.parse((await runCli(['eval', file, '--db', db, '--json'])).stdout);
		expect(json.viaAlso).toBe(1);
		expect(json.disagreements.map((item: {id: string}) => item.id)).toEqual(['r-003']);
	});

	it('prints per rule how often its reason stood on a correct suggestion', async () => {
		// r-002 names the talk (accept on LinkedIn); labelled ignore, so its rules stood on a wrong one.
		const {db, file} = await setup({'r-001': {expect: 'accept'}, 'r-002': {expect: 'ignore', critical: ['accept']}, 'r-003': {expect: 'ignore'}});
		const json = JSON.parse((await runCli(['eval', file, '--db', db, '--json'])).stdout);
		const met = json.perRule.find((rule: {rule: string}) => rule.rule === 'MET_IN_PERSON');
		expect(met).toMatchObject({fired: 1, correct: 1, precision: 1});
		const wrong = json.perRule.filter((rule: {precision: number}) => rule.precision === 0);
		expect(wrong.length).toBeGreaterThan(0);
		expect(json.criticalErrors).toEqual(['r-002']);
		expect(json.sure.count + json.unsure).toBe(3);
		const text = await runCli(['eval', file, '--db', db]);
		expect(text.stdout).toMatch(/MET_IN_PERSON\s+100\.0 %\s+\(1 of 1\)/);
	});
});
