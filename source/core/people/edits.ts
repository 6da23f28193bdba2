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
	const interaction: Interaction = {id, person: logged.person, at: logged.at, channel: logged.channel, kind: logged.kind, direction: logged.direction};
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
