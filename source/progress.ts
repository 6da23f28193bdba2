// A progress bar on stderr for long imports, only on a terminal: scripts and
// pipes get the summary alone.
import type {ProgressReporter} from './core/importers/types.js';
import {sanitizeLine} from './core/sanitize.js';

export type ProgressBar = {report: ProgressReporter; finish(): void};

const megabytes = (bytes: number) => (bytes / 1048576).toFixed(1);

export function progressBar(stream: NodeJS.WriteStream = process.stderr, label = 'importing'): ProgressBar | undefined {
	if (!stream.isTTY) return undefined;
	let last = 0;
	let drawn = false;
	return {
		report(done, total, what) {
			const now = Date.now();
			if (now - last < 80 && done < total) return;
			last = now;
			const fraction = total > 0 ? Math.min(1, done / total) : 1;
			const width = 24;
			const filled = Math.round(fraction * width);
			const columns = stream.columns ?? 80;
			const line = `${label} ${String(Math.round(fraction * 100)).padStart(3)}% [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${megabytes(done)}/${megabytes(total)} MB  ${sanitizeLine(what)}`;
			stream.write(`\r${line.slice(0, columns - 1)}\u001B[K`);
			drawn = true;
		},
		finish() {
			if (drawn) stream.write('\r\u001B[K');
			drawn = false;
		},
	};
}
