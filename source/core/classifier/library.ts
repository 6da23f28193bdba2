// The template library: default texts, "we are both" phrasings, pitch phrases
// and the word lists behind them. Built in from data/templates.json; a
// templates.json in the config directory adds to every list.
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import builtin from '../../../data/templates.json' with {type: 'json'};
import {z} from 'zod';
import {NetinboxError, messages} from '../errors.js';
import {configDir} from '../paths.js';
import {fold, trigrams} from './fold.js';

export type PitchKind = 'sales' | 'recruiting' | 'investment';
type PitchSource = {pattern: string; weight: number; kind: string};

export type TemplateSource = {
	defaultTexts?: Record<string, string[]>;
	weAreBoth?: string[];
	sharedHappening?: string[];
	placeholders?: string[];
	impersonalSalutations?: string[];
	pitch?: PitchSource[];
	newAccount?: string[];
	metInNotes?: string[];
	notMetInNotes?: string[];
	claimedMeeting?: string[];
	inquiry?: string[];
	greetings?: string;
	signoffs?: string;
	yourWork?: string[];
	talkWords?: string;
	aboutWords?: string;
	notNames?: string[];
	personalTags?: string[];
	stopwords?: string[];
	genericWords?: string[];
};

export type DefaultText = {network: string; text: string; grams: Set<number>};

/** Lists that are only asked "does any of them match?" are compiled into one expression: one scan instead of dozens. */
export type Library = {
	defaultTexts: DefaultText[];
	weAreBoth: RegExp;
	sharedHappening: RegExp;
	placeholders: RegExp[];
	impersonalSalutations: RegExp[];
	pitch: {pattern: RegExp; weight: number; kind: PitchKind}[];
	/** Any pitch pattern: most messages are no pitch and are done after this one test. */
	anyPitch: RegExp;
	newAccount: RegExp;
	metInNotes: RegExp;
	notMetInNotes: RegExp;
	claimedMeeting: RegExp;
	inquiry: RegExp;
	greeting: RegExp;
	signoff: RegExp;
	yourWork: RegExp;
	talkWords: RegExp;
	aboutWords: RegExp;
	notNames: Set<string>;
	/** Tags the user gives people known personally (friends, family, colleagues). */
	personalTags: Set<string>;
	stopwords: Set<string>;
	isGeneric: (word: string) => boolean;
};

const patterns = z.array(z.string());
/** What a user's templates.json may contain: every list optional, each one adds to the built-in one. */
const userTemplates = z.object({
	defaultTexts: z.record(z.string(), patterns),
	weAreBoth: patterns,
	sharedHappening: patterns,
	placeholders: patterns,
	impersonalSalutations: patterns,
	pitch: z.array(z.object({pattern: z.string(), weight: z.number(), kind: z.enum(['sales', 'recruiting', 'investment'])})),
	newAccount: patterns,
	metInNotes: patterns,
	notMetInNotes: patterns,
	claimedMeeting: patterns,
	inquiry: patterns,
	yourWork: patterns,
	notNames: patterns,
	personalTags: patterns,
	stopwords: patterns,
	genericWords: patterns,
}).partial().loose();

const compile = (patterns: string[] = []) => patterns.map(pattern => new RegExp(pattern, 'u'));
/** Splits a pattern at its top-level `|` (not inside groups or classes). */
function alternatives(pattern: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let inClass = false;
	let start = 0;
	for (let i = 0; i < pattern.length; i++) {
		const char = pattern[i];
		if (char === '\\') i++;
		else if (inClass) inClass = char !== ']';
		else if (char === '[') inClass = true;
		else if (char === '(') depth++;
		else if (char === ')') depth--;
		else if (char === '|' && depth === 0) {
			parts.push(pattern.slice(start, i));
			start = i + 1;
		}
	}
	return [...parts, pattern.slice(start)];
}

/**
 * One expression for "does any of these match?". Alternatives that start at a
 * word boundary share one `\b`, so most positions of a text are rejected at once.
 */
function anyOf(patterns: string[] = []): RegExp {
	const parts = patterns.flatMap(alternatives);
	const atWord = parts.filter(part => part.startsWith('\\b')).map(part => `(?:${part.slice(2)})`);
	const rest = parts.filter(part => !part.startsWith('\\b')).map(part => `(?:${part})`);
	const source = [...(atWord.length > 0 ? [`\\b(?:${atWord.join('|')})`] : []), ...rest].join('|');
	return new RegExp(source || '(?!)', 'u');
}

function merge(base: TemplateSource, extra: TemplateSource): TemplateSource {
	const out: TemplateSource = {...base};
	for (const [key, value] of Object.entries(extra) as [keyof TemplateSource, unknown][]) {
		const current = base[key];
		if (key === 'defaultTexts') {
			const texts: Record<string, string[]> = {...base.defaultTexts};
			for (const [network, list] of Object.entries(value as Record<string, string[]>)) texts[network] = [...(texts[network] ?? []), ...list];
			out.defaultTexts = texts;
		} else if (Array.isArray(current) && Array.isArray(value)) {
			(out as Record<string, unknown>)[key] = [...current, ...value];
		} else if (typeof value === 'string') {
			(out as Record<string, unknown>)[key] = value;
		}
	}
	return out;
}

export function compileLibrary(source: TemplateSource): Library {
	const generic = new Set<string>();
	const genericStems: string[] = [];
	const genericMemo = new Map<string, boolean>();
	for (const word of source.genericWords ?? []) {
		if (word.endsWith('*')) genericStems.push(word.slice(0, -1));
		else generic.add(word);
	}
	return {
		defaultTexts: Object.entries(source.defaultTexts ?? {}).flatMap(([network, texts]) =>
			texts.map(text => ({network, text, grams: trigrams(bare(fold(text)))}))),
		weAreBoth: anyOf(source.weAreBoth),
		sharedHappening: anyOf(source.sharedHappening),
		placeholders: (source.placeholders ?? []).map(pattern => new RegExp(pattern, 'iu')),
		impersonalSalutations: compile(source.impersonalSalutations),
		pitch: (source.pitch ?? []).map(({pattern, weight, kind}) => ({pattern: new RegExp(pattern, 'u'), weight, kind: kind as PitchKind})),
		anyPitch: anyOf((source.pitch ?? []).map(({pattern}) => pattern)),
		newAccount: anyOf(source.newAccount),
		metInNotes: anyOf(source.metInNotes),
		notMetInNotes: anyOf(source.notMetInNotes),
		claimedMeeting: anyOf(source.claimedMeeting),
		inquiry: anyOf(source.inquiry),
		greeting: new RegExp(source.greetings ?? '^$', 'u'),
		signoff: new RegExp(source.signoffs ?? '^$', 'u'),
		yourWork: anyOf(source.yourWork),
		talkWords: new RegExp(source.talkWords ?? '^$', 'u'),
		aboutWords: new RegExp(source.aboutWords ?? '^$', 'u'),
		notNames: new Set(source.notNames ?? []),
		personalTags: new Set((source.personalTags ?? []).map(tag => tag.toLowerCase())),
		stopwords: new Set(source.stopwords ?? []),
		isGeneric: word => {
			// Words repeat from message to message: remember the answer.
			let known = genericMemo.get(word);
			if (known === undefined) {
				known = generic.has(word) || genericStems.some(stem => word.startsWith(stem));
				if (genericMemo.size > 200_000) genericMemo.clear();
				genericMemo.set(word, known);
			}
			return known;
		},
	};
}

/** Folded text without punctuation, for comparing whole texts. */
export function bare(folded: string): string {
	return folded.replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

let cached: {dir: string; library: Library} | undefined;

/** The built-in library plus the user's templates.json (if any), compiled once per config directory. */
export function defaultLibrary(dir = configDir()): Library {
	if (cached?.dir === dir) return cached.library;
	const file = path.join(dir, 'templates.json');
	let source = builtin as TemplateSource;
	if (existsSync(file)) {
		try {
			const parsed = userTemplates.safeParse(JSON.parse(readFileSync(file, 'utf8')));
			if (!parsed.success) {
				const issue = parsed.error.issues[0]!;
				throw new Error(`${issue.path.join('.') || '(top level)'}: ${issue.message}`);
			}
			source = merge(source, parsed.data as TemplateSource);
			cached = {dir, library: compileLibrary(source)};
			return cached.library;
		} catch (error) {
			throw new NetinboxError(messages.badTemplates(file, (error as Error).message));
		}
	}
	cached = {dir, library: compileLibrary(source)};
	return cached.library;
}
