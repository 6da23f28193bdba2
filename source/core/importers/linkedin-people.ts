// Who is who in a LinkedIn export: members by profile URL, the owner by the invitations.
import {normalizeProfileUrl} from '../people/identity.js';
import {profileOf} from './social.js';
import type {CsvTable, Header} from './csv.js';
import type {ImportedPerson} from './types.js';

/** One CSV file of the export, with its header row found. */
export type Sheet = {file: string; table: CsvTable; header: Header};

/** The user: LinkedIn profile slug (lower case) and display name, as far as known. */
export type Owner = {slug?: string; name?: string};

/** A LinkedIn member as the batch knows them: by profile URL, else (old exports) by name. */
export function member(name: string, url: string): ImportedPerson | undefined {
	const slug = url ? profileOf(url)?.handle : undefined;
	const trimmedName = name.trim();
	if (!trimmedName && !slug) return undefined;
	const person: ImportedPerson = {
		sourceId: slug ? `in/${slug.toLowerCase()}` : url ? `url/${normalizeProfileUrl(url)}` : `name/${trimmedName}`,
		name: trimmedName || slug!,
		...(trimmedName ? {} : {placeholderName: true}),
	};
	if (url) person.profileUrl = url.trim();
	if (slug) person.handles = {linkedin: slug};
	return person;
}
