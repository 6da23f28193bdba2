// The labelled messages the text model learns from: data/messages/*.jsonl,
// one {"text", "label", "lang"} per line, each file written by another hand.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {textClasses, type TextClass} from './model.js';
import type {Example} from './train.js';

export type MessageSet = {name: string; examples: Example[]};

export function readMessageSets(directory: string): MessageSet[] {
	return readdirSync(directory)
		.filter(name => name.endsWith('.jsonl'))
		.sort()
		.map(name => {
			const file = path.join(directory, name);
			const examples = readFileSync(file, 'utf8').split('\n').flatMap((line, index) => {
				if (line.trim() === '') return [];
				const row = JSON.parse(line) as {text?: unknown; label?: unknown; lang?: unknown};
				if (typeof row.text !== 'string' || !textClasses.includes(row.label as TextClass)) throw new Error(`${file}:${index + 1}: needs "text" and a "label" of ${textClasses.join(', ')}`);
				return [{text: row.text, label: row.label as TextClass, ...(typeof row.lang === 'string' ? {lang: row.lang} : {})}];
			});
			return {name: name.replace(/\.jsonl$/, ''), examples};
		});
}
