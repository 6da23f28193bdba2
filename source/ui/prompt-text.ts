// The text of a prompt with a cursor in it: typing inserts at the cursor,
// ←/→, Home/End (Ctrl+A/E) move it, Backspace and Ctrl+W delete before it.
// Pure, over characters as a person sees them (an emoji is one).

export type PromptText = {text: string; cursor: number};

const chars = (text: string) => [...new Intl.Segmenter().segment(text)].map(part => part.segment);

export type PromptEdit = {type: 'insert'; text: string} | {type: 'left' | 'right' | 'home' | 'end' | 'backspace' | 'deleteWord'};

export function editPrompt({text, cursor}: PromptText, edit: PromptEdit): PromptText {
	const list = chars(text);
	const at = Math.max(0, Math.min(cursor, list.length));
	switch (edit.type) {
		case 'insert': {
			const added = chars(edit.text);
			return {text: [...list.slice(0, at), ...added, ...list.slice(at)].join(''), cursor: at + added.length};
		}
		case 'left':
			return {text, cursor: Math.max(0, at - 1)};
		case 'right':
			return {text, cursor: Math.min(list.length, at + 1)};
		case 'home':
			return {text, cursor: 0};
		case 'end':
			return {text, cursor: list.length};
		case 'backspace':
			return at === 0 ? {text, cursor: 0} : {text: [...list.slice(0, at - 1), ...list.slice(at)].join(''), cursor: at - 1};
		case 'deleteWord': {
			let start = at;
			while (start > 0 && /\s/.test(list[start - 1]!)) start--;
			while (start > 0 && !/\s/.test(list[start - 1]!)) start--;
			return {text: [...list.slice(0, start), ...list.slice(at)].join(''), cursor: start};
		}
	}
}

/** The text split at the cursor, for drawing it. */
export function splitAtCursor({text, cursor}: PromptText): {before: string; at: string; after: string} {
	const list = chars(text);
	const at = Math.max(0, Math.min(cursor, list.length));
	return {before: list.slice(0, at).join(''), at: list[at] ?? ' ', after: list.slice(at + 1).join('')};
}
