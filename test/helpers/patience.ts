// How long a test waits for an event (a frame, a file, a process ending) before
// it fails. Generous on purpose: the suite shares two cores with whatever else
// runs, and a wait returns as soon as the event happens, so a long limit costs
// nothing when all is well. Never a fixed sleep.
export const eventTimeout = 60_000;

/** A whole test: several events in a row on a loaded machine. */
export const testTimeout = 180_000;
