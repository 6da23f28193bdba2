// What an empty list says: in an empty database, how to fill it; in an empty
// view, how to see the others. Pure.
import {maxOf} from '../core/arrays.js';

/** One command per source a user may have, with the file each network's export gives. */
export const importExamples: Array<{source: string; command: string}> = [
	{source: 'LinkedIn', command: 'netinbox import linkedin Basic_LinkedInDataExport.zip'},
	{source: 'Facebook', command: 'netinbox import facebook facebook-yourname.zip'},
	{source: 'X', command: 'netinbox import twitter twitter-2026-11-20.zip'},
	{source: 'Mastodon', command: 'netinbox import mastodon following_accounts.csv follow_requests.json'},
	{source: 'XING', command: 'netinbox import vcard xing-contacts.vcf'},
	{source: 'other', command: 'netinbox import generic contacts.json'},
];

export type EmptyLine = {text: string; tone: 'heading' | 'text' | 'muted'};

export function emptyText(total: number, filtered: boolean, keys: {view: string; network: string; suggestion: string}): EmptyLine[] {
	if (total > 0) {
		return [
			{text: 'No requests in this view.', tone: 'muted'},
			{text: filtered ? `${keys.network} / ${keys.suggestion}: change the filters · ${keys.view}: next view` : `${keys.view}: next view`, tone: 'muted'},
		];
	}
	const width = maxOf(importExamples.map(example => example.source.length));
	return [
		{text: 'No requests yet. Quit (q) and import an export of your data:', tone: 'heading'},
		...importExamples.map(example => ({text: `  ${example.source.padEnd(width)}  ${example.command}`, tone: 'text' as const})),
		{text: `  ${'any'.padEnd(width)}  netinbox import auto PATH… (zip, folder or files, recognised by content)`, tone: 'text'},
		{text: '', tone: 'text'},
		{text: 'Or try it on sample data: netinbox --demo', tone: 'heading'},
		{text: 'netinbox help import: every format and option', tone: 'muted'},
	];
}
