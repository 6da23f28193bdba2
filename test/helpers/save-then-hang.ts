// Opens a database for writing, decides the first N requests one save at a
// time, says "saved" and then waits to be killed: the state a crash leaves.
//   node --import tsx test/helpers/save-then-hang.ts DB N
import process from 'node:process';
import {decide} from '../../source/core/actions.js';
import {Store} from '../../source/core/store/store.js';

const [file, count] = process.argv.slice(2);
const store = await Store.open(file!, {write: true, command: 'save-then-hang'});
for (let index = 0; index < Number(count); index++) {
	await store.save(decide(store.data, [store.data.requests[index]!.key], 'spam').data);
}
process.stdout.write('saved\n');
setInterval(() => undefined, 60_000);
