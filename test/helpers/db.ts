import {parseGenericDocument} from '../../source/core/importers/generic.js';
import {mergeBatch} from '../../source/core/importers/merge.js';
import {emptyDatabase, type Database} from '../../source/core/model.js';
import {sampleDocument, type GenericDocument} from './generic.js';

/** A database made the way a user makes one: a generic document through the real importer. */
export function databaseFrom(document: GenericDocument = sampleDocument()): Database {
	return mergeBatch(emptyDatabase(), parseGenericDocument(document, 'test.json')).data;
}

/** `count` pending requests from distinct people, newest first by index. */
export function manyRequests(count: number): GenericDocument {
	const document: GenericDocument = {format: 'netinbox/v1', people: [], interactions: [], requests: []};
	for (let index = 0; index < count; index++) {
		const id = String(index).padStart(5, '0');
		document.people.push({id: `p${id}`, name: `Person ${id}`});
		const at = new Date(Date.UTC(2026, 10, 25) - index * 3_600_000).toISOString();
		document.requests.push({id: `r${id}`, network: 'linkedin', from: `p${id}`, receivedAt: at, message: `Message number ${id}`});
	}
	return document;
}
