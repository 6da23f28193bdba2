// Realistic databases and import files of any size, from the bench generator.
import {writeFile} from 'node:fs/promises';
import type {Database} from '../../source/core/model.js';
import {Store} from '../../source/core/store/store.js';
import {generateDatabase, importDocument, type GenerateOptions, type GenericDocument} from '../bench/generate.js';

export function makeDatabase(options: GenerateOptions): Database {
	return importDocument(generateDatabase(options)).db;
}

/** Writes a database file through the store, as netinbox would. */
export async function writeDatabase(file: string, data: Database): Promise<void> {
	const store = await Store.open(file, {write: true, command: 'test setup'});
	try {
		await store.save(data);
	} finally {
		await store.close();
	}
}

export async function writeGeneric(file: string, document: GenericDocument): Promise<void> {
	await writeFile(file, JSON.stringify(document, null, 1));
}

/** A database's content without its id: the id names the file it was written to, not what it holds. */
export function content(data: Database): Omit<Database, 'id'> {
	const {id: _id, ...rest} = data;
	return rest;
}
