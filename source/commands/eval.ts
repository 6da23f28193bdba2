import {readFile} from 'node:fs/promises';
import {z} from 'zod';
import {classifyAll, type ClassifyOptions} from '../core/classifier/index.js';
import {score, type Labels, type Score} from '../core/classifier/score.js';
import {NetinboxError, messages} from '../core/errors.js';
import {decisions, type Database, type Suggestion} from '../core/model.js';

const decision = z.enum(decisions);
const labelFile = z.object({
	labels: z.record(z.string(), z.object({expect: decision, also: z.array(decision).optional(), critical: z.array(decision).optional()}).loose()),
});

export async function readLabels(file: string): Promise<Labels> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		throw new NetinboxError(messages.unreadableFile(file, (error as NodeJS.ErrnoException).code ?? (error as Error).message));
	}
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch (error) {
		throw new NetinboxError(messages.badLabels(file, (error as Error).message));
	}
	const result = labelFile.safeParse(parsed);
	if (!result.success) {
		const issue = result.error.issues[0]!;
		throw new NetinboxError(messages.badLabels(file, `${issue.path.join('.')}: ${issue.message}`));
	}
	return result.data.labels as Labels;
}

export type EvalResult = Score & {file: string};

/** Classifies the whole database and scores it against the labels; ids are import ids or `network:id` keys. */
export function evaluate(db: Database, labels: Labels, file: string, options: ClassifyOptions = {}): EvalResult {
	const suggestions = classifyAll(db, options);
	const byId = new Map<string, Suggestion>();
	for (const request of db.requests) {
		const suggestion = suggestions.get(request.key)!;
		byId.set(request.key, suggestion);
		if (!byId.has(request.id)) byId.set(request.id, suggestion);
	}
	const result = score(labels, id => byId.get(id));
	// A score over nothing is no score: 100 % of zero labels would read as perfect.
	if (result.labeled === 0) throw new NetinboxError(messages.noLabelMatches(file, Object.keys(labels).length));
	return {file, ...result};
}
