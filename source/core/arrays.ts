// Array helpers that hold at any size. `list.push(...items)` and `Math.max(...values)`
// put every element on the call stack and throw past ~100k elements; these loop.

/** Appends every item of `items` to `target`; returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
	for (const item of items) target.push(item);
	return target;
}

/** The largest of `values`, or `empty` when there are none. */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
	let max = empty;
	for (const value of values) if (value > max) max = value;
	return max;
}
