// Sales, recruiting and investment pitches, and links or phone numbers on first
// contact. A one-to-one question about the user's own work is not a pitch.
import type {Library, PitchKind} from './library.js';

/** `link`: a link, a phone number or an address to contact them elsewhere: what a pitch on first contact leads to. */
export type Pitch = {score: number; kind: PitchKind | 'link'; evidence: string[]; link: boolean};

const link = /\bhttps?:\/\/[^\s)]+|\bwww\.[^\s)]+|\b[a-z0-9-]+\.(?:com|io|de|net|org|ly|me|co|app|example|biz|info|xyz)\/[^\s)]*/iu;
const phone = /(?:\+|\b00)\d[\d ()/-]{7,}\d|\b0\d{2,5}[ /-]?\d{3,}[ -]?\d{2,}\b/u;
const email = /\b[\w.+-]+@[\w-]+\.[\w.-]+\b/u;

export function pitchOf(folded: string, raw: string, library: Library): Pitch {
	let score = 0;
	const evidence: string[] = [];
	const byKind = new Map<PitchKind, number>();
	for (const {pattern, weight, kind} of library.anyPitch.test(folded) ? library.pitch : []) {
		const match = pattern.exec(folded);
		if (!match) continue;
		score += weight;
		byKind.set(kind, (byKind.get(kind) ?? 0) + weight);
		const quoted = `"${match[0].trim()}"`;
		if (evidence.length < 2 && !evidence.includes(quoted)) evidence.push(quoted);
	}
	// Every link has a slash or starts with www: most messages have neither and skip the scan.
	const url = raw.includes('/') || raw.includes('www.') ? link.exec(raw) : null;
	if (url) {
		score += 1;
		evidence.push(`link ${url[0].replace(/^https?:\/\//, '').replace(/[.,;!?]+$/, '').slice(0, 40)}`);
	}
	for (const [pattern, what, hint] of [[phone, 'a phone number', /\d{3}/u], [email, 'an email address', /@/u]] as const) {
		if (!hint.test(raw) || !pattern.test(raw)) continue;
		score += 1;
		evidence.push(what);
	}
	const top = [...byKind].sort((a, b) => b[1] - a[1])[0];
	return {score, kind: top ? top[0] : 'link', evidence, link: !!url};
}

export function pitchLabel(kind: Pitch['kind']): string {
	return {sales: 'sales pitch', recruiting: 'recruiting blast', investment: 'investment pitch', link: 'links on first contact'}[kind];
}
