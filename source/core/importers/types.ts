// The contract every importer keeps: it reads files and returns a batch of
// plain records keyed by the ids of its own source. It never touches the
// database: merge.ts folds a batch into it, the store writes it once.
import type {Channel, Direction, Handles, InteractionKind, Me, Network, RequestStatus} from '../model.js';

/** Where a record or file is wrong: `Invitations.csv` + `line 12`, or `export.json` + `requests[3]`. */
export type Problem = {file: string; where?: string; message: string; kind?: RecordKind};
export type RecordKind = 'people' | 'requests' | 'interactions';

export type ImportedPerson = {
	/** The id this person has in the source; unique within one batch. */
	sourceId: string;
	name: string;
	aliases?: string[];
	handles?: Handles;
	company?: string;
	headline?: string;
	location?: string;
	profileUrl?: string;
	mutualContacts?: number;
	notes?: string;
	tags?: string[];
	connectedOn?: Partial<Record<Network, string>>;
};

export type ImportedInteraction = {
	/** A `sourceId` of this batch's people. */
	person: string;
	at: string;
	channel: Channel;
	kind: InteractionKind;
	direction: Direction;
	text?: string;
};

export type ImportedRequest = {
	id: string;
	network: Network;
	/** A `sourceId` of this batch's people. */
	from: string;
	receivedAt: string;
	message: string | null;
	/** What the source knows of it: a request already answered on the network. Default pending. */
	status?: RequestStatus;
};

export type ImportBatch = {
	/** Importer name; with `sourceId` it identifies a person across re-imports. */
	format: string;
	me?: Partial<Me>;
	people: ImportedPerson[];
	interactions: ImportedInteraction[];
	requests: ImportedRequest[];
	/** Records that were skipped, with why. */
	problems: Problem[];
	/** Things imported with a change (unknown network → other, unknown field ignored). */
	warnings: Problem[];
};

export type ProgressReporter = (done: number, total: number, what: string) => void;

export type Importer = {
	name: string;
	/** Whether this importer reads that file, folder or archive (looks at content, not just the name). */
	detect(path: string): Promise<boolean>;
	/** Throws a NetinboxError when a file cannot be read at all. */
	parse(paths: string[], options?: {onProgress?: ProgressReporter}): Promise<ImportBatch>;
};

export function emptyBatch(format: string): ImportBatch {
	return {format, people: [], interactions: [], requests: [], problems: [], warnings: []};
}
