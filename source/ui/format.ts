// Row text, dates and labels as pure functions: tested without rendering.
import type {ContactRequest, Interaction, Network} from '../core/model.js';
import {sanitizeLine} from '../core/sanitize.js';

const networkLabels: Record<Network, string> = {
	linkedin: 'LinkedIn',
	xing: 'XING',
	facebook: 'Facebook',
	twitter: 'X',
	mastodon: 'Mastodon',
	instagram: 'Instagram',
	other: 'other',
};

export function networkLabel(network: Network): string {
	return networkLabels[network];
}

/** `now`, `5h`, `3d`, `2w`, `4mo`, `2y`: how long ago, in the fewest characters. */
export function age(iso: string, now: Date): string {
	const minutes = Math.max(0, (now.getTime() - Date.parse(iso)) / 60_000);
	if (minutes < 60) return 'now';
	const hours = minutes / 60;
	if (hours < 24) return `${Math.floor(hours)}h`;
	const days = hours / 24;
	if (days < 14) return `${Math.floor(days)}d`;
	if (days < 61) return `${Math.floor(days / 7)}w`;
	if (days < 730) return `${Math.floor(days / 30.44)}mo`;
	return `${Math.floor(days / 365.25)}y`;
}

/** The start of a message for a list row; `(no message)` when there is none. */
export function messagePreview(request: ContactRequest): string {
	const text = sanitizeLine(request.message).trim();
	return text || '(no message)';
}

export function interactionLine(interaction: Interaction): string {
	const arrow = interaction.direction === 'in' ? '←' : interaction.direction === 'out' ? '→' : '↔';
	const text = sanitizeLine(interaction.text);
	return `${interaction.at.slice(0, 10)} ${arrow} ${interaction.channel} ${interaction.kind}${text ? `: ${text}` : ''}`;
}
