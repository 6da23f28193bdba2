// Changes the user makes to what they know about a person: logged
// interactions and notes. Pure functions over the database.
import type {Channel, Database, Direction, Interaction, InteractionKind} from '../model.js';

export type LoggedInteraction = {
	person: string;
	kind: InteractionKind;
	direction: Direction;
	channel: Channel;
	at: string;
	text?: string;
};

export function logInteraction(db: Database, logged: LoggedInteraction): {data: Database; interaction: Interaction} {
	const id = `i${db.counters.interaction + 1}`;
	const interaction: Interaction = {id, person: logged.person, at: logged.at, channel: logged.channel, kind: logged.kind, direction: logged.direction, logged: true};
	if (logged.text) interaction.text = logged.text;
	return {
		data: {...db, interactions: [...db.interactions, interaction], counters: {...db.counters, interaction: db.counters.interaction + 1}},
		interaction,
	};
}

/** Replaces a person's note; an empty note removes it. */
export function setNote(db: Database, personId: string, note: string): Database {
	const trimmed = note.trim();
	return {
		...db,
		people: db.people.map(person => {
			if (person.id !== personId) return person;
			const next = {...person};
			if (trimmed) next.notes = trimmed;
			else delete next.notes;
			return next;
		}),
	};
}

/** The interaction the user logged last with a person (imported ones are not theirs to change). */
export function lastLogged(db: Database, personId: string): Interaction | undefined {
	for (let index = db.interactions.length - 1; index >= 0; index--) {
		const interaction = db.interactions[index]!;
		if (interaction.person === personId && interaction.logged) return interaction;
	}
	return undefined;
}

/** A logged interaction with a new date and note; an empty note removes the note. */
export function editInteraction(db: Database, id: string, change: {at: string; text: string}): Database {
	return {
		...db,
		interactions: db.interactions.map(interaction => {
			if (interaction.id !== id) return interaction;
			const next: Interaction = {...interaction, at: change.at};
			if (change.text.trim()) next.text = change.text.trim();
			else delete next.text;
			return next;
		}),
	};
}

export function removeInteraction(db: Database, id: string): Database {
	return {...db, interactions: db.interactions.filter(interaction => interaction.id !== id)};
}
