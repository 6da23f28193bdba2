// Import throughput: a synthetic LinkedIn export the size of a busy account
// (30,000 connections, 100,000 messages) through runImport into a fresh store.
import {mkdir, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {runImport} from '../../source/commands/import.js';
import {planImport} from '../../source/core/importers/index.js';
import {Store} from '../../source/core/store/store.js';

export const name = 'import';

const connections = 30_000;
const messageCount = 100_000;
const owner = 'https://www.linkedin.com/in/sabine-kraemer-4b1a2c';
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const first = ['Anna', 'Jürgen', 'Priya', 'Lukas', 'Fatma', 'Oliver', 'Dörte', 'Mehmet', 'Emily', 'Sven'];
const last = ['Müller', 'Weißhaupt', 'Raman', 'Hoffmann', 'Yılmaz', 'Grant', 'Brückner', 'Çelik', 'Carter', 'Göbel'];
const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
const url = (index: number) => `https://www.linkedin.com/in/member-${index.toString(36)}-${index}`;
const nameOf = (index: number) => `${first[index % 10]} ${last[Math.floor(index / 10) % 10]}`;

async function writeExport(dir: string): Promise<void> {
	await mkdir(dir, {recursive: true});
	const rows = ['Notes:', quote('When exporting your connection data, you may notice that some of the email addresses are missing.'), '', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
	for (let i = 0; i < connections; i++) {
		const date = new Date(Date.UTC(2015, 0, 1) + i * 3_600_000 * 3);
		rows.push([first[i % 10], last[Math.floor(i / 10) % 10], url(i), i % 7 === 0 ? `m${i}@example.com` : '', quote(`Firma ${i % 500}, GmbH`), 'Engineer',
			`${String(date.getUTCDate()).padStart(2, '0')} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`].join(','));
	}
	await writeFile(path.join(dir, 'Connections.csv'), rows.join('\n'));

	const invitations = ['From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl', `Sabine Krämer,Emily Carter,"2/9/26, 4:12 PM",,OUTGOING,${owner},${url(1)}`];
	for (let i = 0; i < 2000; i++) {
		invitations.push(`${nameOf(i)},Sabine Krämer,"${1 + (i % 12)}/${1 + (i % 28)}/25, ${1 + (i % 12)}:${String(i % 60).padStart(2, '0')} PM",${i % 3 ? quote('Hallo, gerne vernetzen!') : ''},INCOMING,${url(connections + i)},${owner}`);
	}
	await writeFile(path.join(dir, 'Invitations.csv'), invitations.join('\n'));

	const header = ['CONVERSATION ID', 'CONVERSATION TITLE', 'FROM', 'SENDER PROFILE URL', 'TO', 'RECIPIENT PROFILE URLS', 'DATE', 'SUBJECT', 'CONTENT', 'FOLDER', 'ATTACHMENTS'];
	const lines = [header.map(quote).join(',')];
	for (let i = 0; i < messageCount; i++) {
		const peer = i % connections;
		const outgoing = i % 2 === 0;
		const date = new Date(Date.UTC(2020, 0, 1) + i * 61_000).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
		const text = i % 5 === 0 ? `Hallo ${nameOf(peer)},\n\nwie geht es? Treffen wir uns am ${i % 28 + 1}.?\n\nViele Grüße` : `Danke, "super" – bis bald (${i})`;
		lines.push([`2-conv-${peer}`, '', outgoing ? 'Sabine Krämer' : nameOf(peer), outgoing ? owner : url(peer), outgoing ? nameOf(peer) : 'Sabine Krämer', outgoing ? url(peer) : owner, date, '', text, 'INBOX', ''].map(quote).join(','));
	}
	await writeFile(path.join(dir, 'messages.csv'), lines.join('\n'));
}

/** Planning an import of many small files (one vCard each) must grow linearly with their number. */
async function planMany(dir: string, count: number): Promise<number> {
	await mkdir(dir, {recursive: true});
	for (let i = 0; i < count; i++) await writeFile(path.join(dir, `${i}.vcf`), `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person ${i}\r\nEND:VCARD\r\n`);
	const started = performance.now();
	const plan = await planImport('auto', [dir]);
	const elapsed = performance.now() - started;
	plan.close();
	return elapsed;
}

export async function run(ctx: {tmpDir: string}): Promise<Record<string, number>> {
	const planSmall = await planMany(path.join(ctx.tmpDir, 'cards-5k'), 5_000);
	const planLarge = await planMany(path.join(ctx.tmpDir, 'cards-20k'), 20_000);
	const exportDir = path.join(ctx.tmpDir, 'Complete_LinkedInDataExport');
	await writeExport(exportDir);
	const db = path.join(ctx.tmpDir, 'db.json');
	const store = await Store.open(db, {write: true, command: 'bench'});
	try {
		const started = performance.now();
		const result = await runImport(store, 'linkedin', [exportDir]);
		const elapsed = performance.now() - started;
		if (result.interactions.added !== messageCount || result.people.added < connections) {
			throw new Error(`unexpected import result: ${JSON.stringify({people: result.people, interactions: result.interactions, problems: result.problems.slice(0, 3)})}`);
		}
		const againStarted = performance.now();
		const again = await runImport(store, 'linkedin', [exportDir]);
		const againElapsed = performance.now() - againStarted;
		if (again.written) throw new Error('re-import wrote changes');
		return {
			'linkedin import 30k connections + 100k messages (ms)': Math.round(elapsed),
			'messages per second': Math.round(messageCount / (elapsed / 1000)),
			'records per second (people + requests + messages)': Math.round((result.people.added + result.requests.added + messageCount) / (elapsed / 1000)),
			're-import of the same export, nothing written (ms)': Math.round(againElapsed),
			'database size (MB)': Math.round((await stat(db)).size / 104857.6) / 10,
			'plan 5k vCard files (ms)': Math.round(planSmall),
			'plan 20k vCard files (ms)': Math.round(planLarge),
			// 1 is linear; a copy of the list per file made it 2.
			'plan growth exponent 5k → 20k': Math.round((Math.log(planLarge / planSmall) / Math.log(4)) * 100) / 100,
		};
	} finally {
		await store.close();
	}
}

// `node --import tsx test/bench/import.bench.ts` runs it alone.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const {mkdtemp, rm} = await import('node:fs/promises');
	const os = await import('node:os');
	const tmpDir = await mkdtemp(path.join(os.tmpdir(), 'netinbox-bench-'));
	try {
		console.log(await run({tmpDir}));
	} finally {
		await rm(tmpDir, {recursive: true, force: true});
	}
}
