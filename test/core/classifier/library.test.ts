import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {defaultLibrary} from '../../../source/core/classifier/library.js';
import {fold} from '../../../source/core/classifier/fold.js';
import {closestDefault} from '../../../source/core/classifier/message.js';

const dirs: string[] = [];
afterAll(async () => {
	for (const dir of dirs) await rm(dir, {recursive: true, force: true});
});

async function configWith(content: string): Promise<string> {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'netinbox-templates-'));
	dirs.push(dir);
	await writeFile(path.join(dir, 'templates.json'), content);
	return dir;
}

describe('the template library', () => {
	it('adds the user\'s default texts and patterns to the built-in ones', async () => {
		const dir = await configWith(JSON.stringify({defaultTexts: {xing: ['Servus, mog ma uns vernetzen?']}, weAreBoth: ['\\bsame sailing club\\b']}));
		const library = defaultLibrary(dir);
		expect(closestDefault(fold('Servus, mog ma uns vernetzen?'), library)?.network).toBe('xing');
		expect(closestDefault(fold("I'd like to add you to my professional network on LinkedIn."), library)?.network).toBe('linkedin');
		expect(library.weAreBoth.test('we are in the same sailing club')).toBe(true);
	});

	it('refuses a templates.json of the wrong shape or with a broken pattern, naming the file and the field', async () => {
		const wrong = await configWith(JSON.stringify({pitch: [{pattern: 'x', weight: 'high', kind: 'sales'}]}));
		expect(() => defaultLibrary(wrong)).toThrow(/templates\.json: cannot use these templates: pitch\.0\.weight/);
		const broken = await configWith(JSON.stringify({weAreBoth: ['(unclosed']}));
		expect(() => defaultLibrary(broken)).toThrow(/cannot use these templates/);
	});
});
