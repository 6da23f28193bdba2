// Trains the shipped text model from data/messages/ and writes
// data/text-model.json; part of `npm run build`. Training is deterministic, so
// the file changes only when the messages or the training do.
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {readMessageSets} from './corpus.js';
import {train} from './train.js';

const data = fileURLToPath(new URL('../../../../data/', import.meta.url));
const target = `${data}text-model.json`;

export function buildTextModel(): string {
	const examples = readMessageSets(`${data}messages`).flatMap(set => set.examples);
	return `${JSON.stringify(train(examples))}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const text = buildTextModel();
	let current = '';
	try {
		current = readFileSync(target, 'utf8');
	} catch {
		// First build.
	}
	if (current !== text) writeFileSync(target, text);
}
