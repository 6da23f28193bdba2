// Where each pattern of data/templates.json fires in the tuned corpora (never the
// sealed one): a pattern earns its place on at least 3 texts of at least 2 corpora.
import {readFileSync} from 'node:fs';
import builtin from '../../data/templates.json' with {type: 'json'};
import {fold} from '../../source/core/classifier/fold.js';
import {corpora, sealed} from './corpora.js';

export const messageLists = ['weAreBoth', 'sharedHappening', 'placeholders', 'impersonalSalutations', 'newAccount', 'yourWork', 'claimedMeeting', 'inquiry'] as const;
export const noteLists = [] as const;

export type PatternUse = {list: string; pattern: string; texts: number; corpora: number};

export function patternUse(): PatternUse[] {
	const texts = corpora().filter(corpus => corpus.name !== sealed).map(corpus => {
		const document = JSON.parse(readFileSync(corpus.file, 'utf8')) as {requests: {message?: string | null}[]; people: {notes?: string}[]};
		return {
			messages: document.requests.flatMap(request => (request.message ? [request.message] : [])),
			notes: document.people.flatMap(person => (person.notes ? [person.notes] : [])),
		};
	});
	const source = builtin as unknown as Record<string, unknown>;
	const entries: {list: string; pattern: string; raw: boolean; notes: boolean}[] = [
		...messageLists.flatMap(list => ((source[list] as string[] | undefined) ?? []).map(pattern => ({list, pattern, raw: list === 'placeholders', notes: false}))),
		...noteLists.flatMap(list => ((source[list] as string[] | undefined) ?? []).map(pattern => ({list, pattern, raw: false, notes: true}))),
		...((source.pitch as {pattern: string}[]) ?? []).map(({pattern}) => ({list: 'pitch', pattern, raw: false, notes: false})),
	];
	return entries.map(({list, pattern, raw, notes}) => {
		// As the library compiles them: placeholders over the raw text, without case.
		const expression = new RegExp(pattern, raw ? 'iu' : 'u');
		let total = 0;
		let where = 0;
		for (const corpus of texts) {
			const hits = (notes ? corpus.notes : corpus.messages).filter(text => expression.test(raw ? text : fold(text))).length;
			total += hits;
			if (hits > 0) where++;
		}
		return {list, pattern, texts: total, corpora: where};
	});
}

if (process.argv[1]?.endsWith('pattern-use.ts')) {
	for (const use of patternUse()) if (use.texts < 3 || use.corpora < 2) console.log(`${use.list.padEnd(22)} ${String(use.texts).padStart(3)} texts ${use.corpora} corpora  ${use.pattern.slice(0, 90)}`);
}
