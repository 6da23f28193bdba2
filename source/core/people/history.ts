// The interaction history of each person, grouped once and summarised for people to read.
import type {Database, Interaction} from '../model.js';

/** Interactions per person id, in the order they were recorded. One pass, no sorting: see latestFirst. */
export function historyByPerson(db: Database): Map<string, Interaction[]> {
	const byPerson = new Map<string, Interaction[]>();
	for (const interaction of db.interactions) {
		const list = byPerson.get(interaction.person);
		if (list) list.push(interaction);
		else byPerson.set(interaction.person, [interaction]);
	}
	return byPerson;
}

/** One person's history, newest first: sorted when it is shown, not for everyone up front. */
export function latestFirst(history: Interaction[]): Interaction[] {
	return history
		.map(interaction => ({interaction, time: Date.parse(interaction.at)}))
		.sort((a, b) => b.time - a.time)
		.map(entry => entry.interaction);
}

export type ChannelTally = {channel: string; in: number; out: number; both: number; last: string};

export function tallyByChannel(history: Interaction[]): ChannelTally[] {
	const tallies = new Map<string, ChannelTally>();
	for (const interaction of history) {
		if (interaction.kind === 'meeting') continue;
		const tally = tallies.get(interaction.channel) ?? {channel: interaction.channel, in: 0, out: 0, both: 0, last: interaction.at};
		tally[interaction.direction]++;
		if (interaction.at > tally.last) tally.last = interaction.at;
		tallies.set(interaction.channel, tally);
	}
	return [...tallies.values()].sort((a, b) => b.in + b.out + b.both - (a.in + a.out + a.both));
}

/** `met in person 2×, last 2025-11`, `twitter 14 in / 9 out`, `email 3 in only`: meetings first, then each channel, busiest first; `no history` when empty. */
export function historyParts(history: Interaction[]): string[] {
	const parts: string[] = [];
	const meetings = history.filter(interaction => interaction.kind === 'meeting');
	if (meetings.length > 0) {
		const last = meetings.reduce((a, b) => (a.at > b.at ? a : b)).at.slice(0, 7);
		parts.push(`met in person ${meetings.length}×, last ${last}`);
	}
	for (const tally of tallyByChannel(history)) parts.push(`${tally.channel} ${directionCounts(tally)}`);
	return parts.length > 0 ? parts : ['no history'];
}

/** `14 in / 9 out`, `3 in only`, `2 out only`, `1 both ways`, `4 in / 1 both ways`: counts that are zero are left out. */
export function directionCounts(tally: Pick<ChannelTally, 'in' | 'out' | 'both'>): string {
	const parts = [tally.in > 0 ? `${tally.in} in` : '', tally.out > 0 ? `${tally.out} out` : '', tally.both > 0 ? `${tally.both} both ways` : ''].filter(Boolean);
	if (parts.length === 1 && tally.both === 0) return `${parts[0]} only`;
	return parts.join(' / ');
}
