import {writeFile} from 'node:fs/promises';
import path from 'node:path';

export type GenericDocument = {
	format: string;
	me?: Record<string, unknown>;
	people: Array<Record<string, unknown>>;
	interactions: Array<Record<string, unknown>>;
	requests: Array<Record<string, unknown>>;
	[key: string]: unknown;
};

/** A small inbox in the generic format: one friend met in person, one stranger, one template sender. */
export function sampleDocument(): GenericDocument {
	return {
		format: 'netinbox/v1',
		me: {name: 'Steve Keller', handles: {twitter: '@stevek'}, profile: 'Talk "Netzwerken mit Sinn"; blog about networking.'},
		people: [
			{id: 'p-001', name: 'Anna Müller', aliases: ['Anni Müller'], handles: {twitter: '@annam'}, company: 'Hafen Digital GmbH', headline: 'UX Lead', location: 'Hamburg', mutualContacts: 4, notes: 'Met at BarCamp Hamburg 2025.', tags: ['barcamp'], connectedOn: {xing: '2024-05-02'}},
			{id: 'p-002', name: 'Jonas Weber', company: 'Weber Consulting'},
			{id: 'p-003', name: 'Carla Schmidt', handles: {linkedin: 'carla-schmidt'}},
		],
		interactions: [
			{person: 'p-001', at: '2025-03-04T10:00:00Z', channel: 'in-person', kind: 'meeting', direction: 'both', text: 'BarCamp Hamburg'},
			{person: 'p-001', at: '2025-04-01T09:00:00Z', channel: 'twitter', kind: 'reply', direction: 'in'},
			{person: 'p-001', at: '2025-04-02', channel: 'twitter', kind: 'reply', direction: 'out', text: 'Thanks!'},
		],
		requests: [
			{id: 'r-001', network: 'xing', from: 'p-001', receivedAt: '2026-11-20T08:15:00Z', message: null},
			{id: 'r-002', network: 'linkedin', from: 'p-002', receivedAt: '2026-11-21T10:00:00Z', message: 'Your talk "Netzwerken mit Sinn" in Köln changed how I use LinkedIn.'},
			{id: 'r-003', network: 'linkedin', from: 'p-003', receivedAt: '2026-11-22T10:00:00Z', message: "I'd like to add you to my professional network on LinkedIn."},
		],
	};
}

export async function writeDocument(directory: string, document: unknown, name = 'import.json'): Promise<string> {
	const file = path.join(directory, name);
	await writeFile(file, typeof document === 'string' ? document : JSON.stringify(document, null, 2));
	return file;
}
