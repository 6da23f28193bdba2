// The contract every importer keeps: it reads files and returns a batch of
// plain records keyed by the ids of its own source. It never touches the
// database: merge.ts folds a batch into it, the store writes it once.
import type {Interaction, Me, Network, Person, RequestStatus} from '../model.js';

/** Where a record or file is wrong: `Invitations.csv` + `line 12`, or `export.json` + `requests[3]`. */
export type Problem = {
	file: string;
	where?: string;
	message: string;
	kind?: RecordKind;
	/** Several records skipped for the same reason, reported once. Default 1. */
	count?: number;
};
export type RecordKind = 'people' | 'requests' | 'interactions';

/** A person as a source knows them: everything optional but the name. */
export type ImportedPerson = Pick<Person, 'name'> & Partial<Pick<Person, 'aliases' | 'handles' | 'company' | 'headline' | 'location' | 'profileUrl' | 'mutualContacts' | 'notes' | 'tags' | 'connectedOn'>> & {
	/** The id this person has in the source; unique within one batch. */
	sourceId: string;
	/** The source knows no name, only an id or address (`X user 294857103`): never kept as an alias. */
	placeholderName?: boolean;
};

/** An interaction as a source knows it; `person` is a `sourceId` of this batch's people. */
export type ImportedInteraction = Omit<Interaction, 'id'>;

export type ImportedRequest = {
	id: string;
	network: Network;
	/** A `sourceId` of this batch's people. */
	from: string;
	receivedAt: string;
	/** The source has no date (Mastodon): `receivedAt` is the import time and an existing request keeps its own. */
	receivedAtUnknown?: boolean;
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
	/** Networks whose whole list of pending requests this batch holds (Invitations.csv): what it lacks was answered there. */
	listsRequests?: Network[];
	/** Records that were skipped, with why. */
	problems: Problem[];
	/** Things imported with a change (unknown network → other, unknown field ignored). */
	warnings: Problem[];
};

export type ProgressReporter = (done: number, total: number, what: string) => void;

/** One file of an export: a file on disk, or an entry of a zip archive. */
export type ExportFile = {
	/** How problems name it: `/home/u/Connections.csv` or `export.zip:data/follower.js`. */
	display: string;
	/** Path inside the export, `/`-separated, as the network wrote it (`connections/friends/your_friends.json`). */
	path: string;
	size: number;
	/** Whether the user named this file itself (not found inside a folder or archive). */
	explicit: boolean;
	read(): Promise<Buffer>;
	/** The first bytes as text, for recognising the format. */
	head(bytes?: number): Promise<string>;
};

/** A file an importer recognised, with what it is to that importer (`connections`, `thread` …). */
export type RecognizedFile = {file: ExportFile; role: string};

export type ParseOptions = {
	onProgress?: ProgressReporter;
	/** Who the user is, as far as the database or earlier batches know: tells sent from received. */
	me?: Partial<Me>;
	/** The import time, for records without a date of their own. */
	now?: Date;
};

export type Importer = {
	name: string;
	/** What the file is to this importer, judged by content (and name where content cannot tell), or undefined. */
	recognize(file: ExportFile): Promise<string | undefined>;
	/** Parses the recognised files of one export. Throws a NetinboxError when a file cannot be read at all. */
	parseFiles(files: RecognizedFile[], options?: ParseOptions): Promise<ImportBatch>;
	/** Whether this importer reads that file, folder or archive. */
	detect(path: string): Promise<boolean>;
	parse(paths: string[], options?: ParseOptions): Promise<ImportBatch>;
};

export function emptyBatch(format: string): ImportBatch {
	return {format, people: [], interactions: [], requests: [], problems: [], warnings: []};
}
