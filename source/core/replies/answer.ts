// The sender's answer to "why do you want to connect?": the first message in
// from them after the user asked, on any channel.
import type {ContactRequest, Interaction} from '../model.js';

const answering = new Set(['message', 'reply', 'comment', 'email']);

export function answerTo(request: Pick<ContactRequest, 'askedAt'>, history: readonly Interaction[]): Interaction | undefined {
	const asked = request.askedAt ? Date.parse(request.askedAt) : Number.NaN;
	if (Number.isNaN(asked)) return undefined;
	let first: Interaction | undefined;
	for (const interaction of history) {
		if (interaction.direction !== 'in' || !answering.has(interaction.kind) || !interaction.text?.trim()) continue;
		const at = Date.parse(interaction.at);
		if (at > asked && (!first || at < Date.parse(first.at))) first = interaction;
	}
	return first;
}

/** Marks the requests as asked now; they stay pending. */
export function markAsked<T extends {requests: ContactRequest[]}>(db: T, keys: ReadonlySet<string>, now: Date): T {
	return {...db, requests: db.requests.map(request => (keys.has(request.key) ? {...request, askedAt: now.toISOString()} : request))};
}
