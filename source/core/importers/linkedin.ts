// LinkedIn "Get a copy of your data": Connections.csv (contacts), Invitations.csv
// (requests) and messages.csv (history), in every column set LinkedIn has used.
// Files are recognised by their header, wherever it sits below the notes preamble.
import {BatchBuilder} from './builder.js';
import {NetinboxError, messages} from '../errors.js';
import {cell, findHeader, readCsv} from './csv.js';
import {dayOf, parseExportDate, wallClockKey} from './dates.js';
import {defineImporter, progressOver, readText} from './define.js';
import {baseName, extension} from './files.js';
import {importMessages} from './linkedin-messages.js';
import {member, type Owner, type Sheet} from './linkedin-people.js';
import {profileOf, stableId} from './social.js';
import type {ParseOptions, RecognizedFile} from './types.js';

const roles: Array<[role: string, columns: string[]]> = [
	['connections', ['first name', 'last name', 'connected on']],
	['invitations', ['from', 'to', 'sent at', 'direction']],
	['messages', ['conversation id', 'from', 'date', 'content']],
	['profile', ['first name', 'last name', 'headline']],
];

function parseConnections({file, table, header}: Sheet, builder: BatchBuilder, connected: Set<string>): void {
	for (const row of table.rows.slice(header.index + 1)) {
		const where = `line ${row.line}`;
		const [first, last, url, email, company, position, since] = [
			cell(row, header, 'first name'), cell(row, header, 'last name'), cell(row, header, 'url', 'profile url'),
			cell(row, header, 'email address', 'e-mail address', 'email'), cell(row, header, 'company'),
			cell(row, header, 'position'), cell(row, header, 'connected on'),
		].map(value => value.trim());
		if (!first && !last && !url && !email && !company && !position) {
			if (since) builder.skip(file, where, 'hidden or closed profile (the row has only a date)', 'people');
			continue;
		}
		const date = parseExportDate(since!);
		if (!date) {
			builder.problem(file, where, since ? `"Connected On" is not a date: "${since}"` : '"Connected On" is empty', 'people');
			continue;
		}
		const person = member(`${first} ${last}`, url!);
		if (!person) {
			builder.problem(file, where, 'no name and no profile URL', 'people');
			continue;
		}
		if (email) person.handles = {...person.handles, email: email.toLowerCase()};
		if (company) person.company = company;
		if (position) person.headline = position;
		person.connectedOn = {linkedin: dayOf(date)};
		connected.add(builder.person(person));
	}
}

function findOwner(sheets: Sheet[], options: ParseOptions | undefined): Owner {
	// The export itself says who the owner is; what the database knows is only the fallback.
	const owner: Owner = {};
	for (const {table, header} of sheets) {
		for (const row of table.rows.slice(header.index + 1)) {
			const direction = cell(row, header, 'direction').trim().toUpperCase();
			const [name, url] = direction === 'OUTGOING'
				? [cell(row, header, 'from'), cell(row, header, 'inviterprofileurl')]
				: direction === 'INCOMING' ? [cell(row, header, 'to'), cell(row, header, 'inviteeprofileurl')] : ['', ''];
			const slug = url ? profileOf(url)?.handle?.toLowerCase() : undefined;
			if (!owner.slug && slug) owner.slug = slug;
			if (!owner.name && name.trim() && (!slug || slug === owner.slug)) owner.name = name.trim();
		}
	}
	const known = options?.me?.handles?.linkedin;
	if (!owner.slug && known) owner.slug = known.toLowerCase();
	if (!owner.name && options?.me?.name) owner.name = options.me.name;
	return owner;
}

function parseInvitations({file, table, header}: Sheet, builder: BatchBuilder, connected: Set<string>, owner: Owner): void {
	// Old Connections.csv files have no URL column: there the name is all that can tell a request was accepted.
	const connectedNames = new Set([...connected].filter(id => id.startsWith('name/')).map(id => id.slice(5)));
	for (const row of table.rows.slice(header.index + 1)) {
		const where = `line ${row.line}`;
		const direction = cell(row, header, 'direction').trim().toUpperCase();
		if (direction === 'OUTGOING') continue;
		if (direction !== 'INCOMING') {
			builder.problem(file, where, `"Direction" is neither INCOMING nor OUTGOING: "${cell(row, header, 'direction')}"`, 'requests');
			continue;
		}
		const sentAt = cell(row, header, 'sent at');
		const date = parseExportDate(sentAt);
		if (!date) {
			builder.problem(file, where, sentAt ? `"Sent At" is not a date: "${sentAt}"` : '"Sent At" is empty', 'requests');
			continue;
		}
		const person = member(cell(row, header, 'from'), cell(row, header, 'inviterprofileurl'));
		if (!person) {
			builder.problem(file, where, 'the sender has no name and no profile URL', 'requests');
			continue;
		}
		if (owner.slug && person.handles?.linkedin?.toLowerCase() === owner.slug) continue;
		const from = builder.person(person);
		const message = cell(row, header, 'message').trim();
		const accepted = connected.has(from) || (!person.handles && connectedNames.has(person.name));
		builder.request({
			id: stableId('li', from, wallClockKey(date)),
			network: 'linkedin',
			from,
			receivedAt: instantOfLocal(date),
			message: message || null,
			...(accepted ? {status: 'accepted' as const} : {}),
		});
	}
}

// LinkedIn writes invitation times without a zone; the user's own clock is the best guess.
function instantOfLocal(date: NonNullable<ReturnType<typeof parseExportDate>>): string {
	return new Date(date.year, date.month - 1, date.day, date.hour, date.minute, date.second).toISOString().replace('.000Z', 'Z');
}

async function recognize(file: RecognizedFile['file']): Promise<string | undefined> {
	if (extension(file) !== '.csv' && !file.explicit) return undefined;
	// Read the head as the parser will read the file, so what is recognised can be parsed.
	const {rows} = readCsv(await file.head());
	const role = roles.find(([, columns]) => findHeader(rows, columns))?.[0];
	// Complete exports hold chats with LinkedIn's AI coaches in the same columns: no people there.
	if (role === 'messages' && !file.explicit && /guide|learning|coach|role_play/i.test(baseName(file))) return undefined;
	return role;
}

export const linkedin = defineImporter({
	name: 'linkedin',
	expected: 'Connections.csv, Invitations.csv or messages.csv from a LinkedIn data export',
	recognize,
	async parseFiles(files, options) {
		const builder = new BatchBuilder('linkedin');
		const progress = progressOver(files, options);
		const sheets = new Map<string, Sheet[]>();
		for (const {file, role} of files) {
			const text = await readText(file, builder);
			const columns = roles.find(([name]) => name === role)![1];
			// The header is found in the first rows, then the file is read from there.
			const start = findHeader(readCsv(text.slice(0, 65_536)).rows, columns);
			const table = readCsv(text, {file: file.display, ...(start ? {fromLine: start.line} : {})});
			progress.within(file, 0.5);
			const header = findHeader(table.rows, columns);
			if (!header) throw new NetinboxError(messages.wrongShape(file.display, `no header row with the columns ${columns.join(', ')}`));
			for (const problem of table.problems) builder.problem(file.display, `line ${problem.line}`, problem.message, role === 'invitations' ? 'requests' : role === 'messages' ? 'interactions' : 'people');
			progress.finished(file);
			const sheet = {file: file.display, table, header};
			const known = sheets.get(role);
			if (known) known.push(sheet);
			else sheets.set(role, [sheet]);
		}
		const ofRole = (role: string) => sheets.get(role) ?? [];
		const owner = findOwner(ofRole('invitations'), options);
		// Profile.csv: the owner's name, and their headline and summary for the screening to match requests against.
		let about = '';
		for (const {table, header} of ofRole('profile')) {
			const row = table.rows[header.index + 1];
			if (row && !owner.name) owner.name = `${cell(row, header, 'first name')} ${cell(row, header, 'last name')}`.trim() || undefined;
			if (row) about = [cell(row, header, 'headline'), cell(row, header, 'summary'), cell(row, header, 'websites')].map(value => value.trim()).filter(Boolean).join('\n');
		}
		const connected = new Set<string>();
		for (const sheet of ofRole('connections')) parseConnections(sheet, builder, connected);
		for (const sheet of ofRole('invitations')) parseInvitations(sheet, builder, connected, owner);
		if (ofRole('invitations').length > 0) builder.listsRequests = ['linkedin'];
		importMessages(ofRole('messages'), builder, owner);
		if (owner.slug || owner.name || about) {
			builder.me = {...(owner.name ? {name: owner.name} : {}), handles: owner.slug ? {linkedin: owner.slug} : {}, ...(about ? {profile: about} : {})};
		}
		return builder.finish();
	},
});
