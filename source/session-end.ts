// How an inbox session can end besides `q`: a `kill` (SIGTERM), the terminal
// window closed (SIGHUP, then every read and write of the terminal fails). Each
// ends it as `q` does: the last frame, the save, the journal folded, the lock
// released. A write to a terminal that is gone is dropped, never thrown, so it
// cannot stop the save.

const signals = ['SIGTERM', 'SIGHUP'] as const;
const gone = new Set(['EIO', 'EPIPE', 'ENXIO', 'EBADF']);

export type SessionWatch = {
	/** Stops watching and gives the streams back. */
	stop: () => void;
	/** Whether the terminal went away (closed window): nothing can be drawn or read any more. */
	terminalGone: () => boolean;
};

/** Calls `end` once when the session must end. */
export function watchSessionEnd(end: () => void): SessionWatch {
	let ended = false;
	let terminalGone = false;
	const finish = () => {
		if (ended) return;
		ended = true;
		end();
	};
	const restore: Array<() => void> = [];
	for (const stream of [process.stdout, process.stderr]) {
		const write = stream.write;
		// A dropped write still calls back: Ink waits for one to know its last frame is out.
		const drop = (args: unknown[]) => {
			const callback = args.find(arg => typeof arg === 'function') as (() => void) | undefined;
			if (callback) process.nextTick(callback);
			return true;
		};
		stream.write = function (this: NodeJS.WriteStream, ...args: Parameters<typeof write>) {
			if (terminalGone) return drop(args);
			try {
				return write.apply(this, args);
			} catch (error) {
				if (!gone.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
				terminalGone = true;
				return drop(args);
			}
		} as typeof write;
		const onError = (error: NodeJS.ErrnoException) => {
			if (!gone.has(error.code ?? '')) throw error;
			terminalGone = true;
			finish();
		};
		stream.on('error', onError);
		restore.push(() => {
			stream.write = write;
			stream.off('error', onError);
		});
	}
	// A SIGHUP sent by hand leaves a working terminal: it is restored as after `q`. A closed one shows in the failed reads and writes.
	const onSignal = () => finish();
	// A closed terminal ends the input too: the same end, whichever is noticed first.
	const onInputEnd = () => {
		terminalGone = true;
		finish();
	};
	for (const signal of signals) process.on(signal, onSignal);
	process.stdin.on('end', onInputEnd);
	process.stdin.on('error', onInputEnd);
	return {
		stop: () => {
			for (const signal of signals) process.off(signal, onSignal);
			process.stdin.off('end', onInputEnd);
			process.stdin.off('error', onInputEnd);
			for (const undo of restore) undo();
		},
		terminalGone: () => terminalGone,
	};
}

/**
 * Ends the process as a closed terminal ends a program, by SIGHUP, once everything is saved.
 * Node 20 aborts in its own exit path when the terminal it restores is gone; the signal's
 * default action ends the process before that.
 */
export function hangUp(): void {
	process.removeAllListeners('SIGHUP');
	process.kill(process.pid, 'SIGHUP');
}
