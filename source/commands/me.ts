// The owner's own profile: the talks, posts, book and projects the screening
// looks for in a request ("mentions your talk …"). `netinbox me` shows it,
// `netinbox me edit` opens it in the user's editor as plain text.
import {spawnSync} from 'node:child_process';
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {NetinboxError, UsageError} from '../core/errors.js';
import type {Me} from '../core/model.js';
import {sanitizeLine, sanitizeText} from '../core/sanitize.js';
import type {Store} from '../core/store/store.js';

const separator = '---';

/** The profile as the text the editor shows: name and handles above the line, the profile below. */
export function meText(me: Me): string {
	return [
		'# Your profile: what the screening looks for in requests (talks, posts, book, projects).',
		'# name and one line per network handle above the --- line; the profile text below it.',
		'# Lines starting with # are ignored. Save and close the editor to keep the changes.',
		`name: ${me.name ?? ''}`,
		...Object.entries(me.handles).map(([network, handle]) => `${network}: ${handle ?? ''}`),
		separator,
		me.profile ?? '',
		'',
	].join('\n');
}

/** The text back as a profile; a line above the separator that is not `key: value` is an error naming it. */
export function parseMeText(text: string): Me {
	const lines = text.replace(/\r\n/g, '\n').split('\n');
	const at = lines.indexOf(separator);
	if (at === -1) throw new NetinboxError(`the profile needs its "${separator}" line between the name and handles and the profile text`);
	const me: Me = {handles: {}};
	for (const [index, line] of lines.slice(0, at).entries()) {
		if (!line.trim() || line.startsWith('#')) continue;
		const match = /^([\w.-]+):\s*(.*)$/.exec(line);
		if (!match) throw new NetinboxError(`line ${index + 1}: "${sanitizeLine(line)}" is not "network: handle"`);
		const [, key, value] = match;
		if (!value!.trim()) continue;
		if (key === 'name') me.name = value!.trim();
		else me.handles[key!] = value!.trim();
	}
	const profile = lines.slice(at + 1).filter(line => !line.startsWith('#')).join('\n').trim();
	if (profile) me.profile = profile;
	return me;
}

export function formatMe(me: Me): string {
	const handles = Object.entries(me.handles).map(([network, handle]) => `${network} ${sanitizeLine(handle)}`).join(', ');
	return [
		`name     ${sanitizeLine(me.name) || '(not set)'}`,
		`handles  ${handles || '(none)'}`,
		'profile',
		me.profile ? sanitizeText(me.profile).split('\n').map(line => `  ${line}`).join('\n') : '  (empty: netinbox me edit writes it; the screening then knows your talks, posts and projects)',
	].join('\n');
}

/** The editor a user asked for: $VISUAL, else $EDITOR, else vi. */
export function editorCommand(env: NodeJS.ProcessEnv = process.env): string {
	return env.VISUAL?.trim() || env.EDITOR?.trim() || 'vi';
}

/** Opens the profile in the editor and saves what comes back; nothing changes when the editor fails. */
export async function editMe(store: Store, editor = editorCommand()): Promise<{me: Me; changed: boolean}> {
	const directory = await mkdtemp(path.join(tmpdir(), 'netinbox-me-'));
	const file = path.join(directory, 'profile.txt');
	try {
		const before = meText(store.data.me);
		await writeFile(file, before, {mode: 0o600});
		// The editor setting may carry arguments (`code --wait`): the shell splits it, the file is quoted.
		const run = spawnSync(`${editor} "${file}"`, {shell: true, stdio: 'inherit'});
		if (run.error || run.status !== 0) throw new UsageError(`the editor (${editor}) did not finish cleanly; the profile was left as it was`);
		const after = await readFile(file, 'utf8');
		if (after === before) return {me: store.data.me, changed: false};
		const me = parseMeText(after);
		await store.save({...store.data, me});
		return {me, changed: true};
	} finally {
		await rm(directory, {recursive: true, force: true});
	}
}
