import {Text} from 'ink';
import type {Verdict} from '../../core/people/evidence.js';
import {theme} from '../theme.js';

/** The verdict in its colour, padded to a fixed width so rows line up. */
export function VerdictChip({verdict, width = 0}: {verdict: Verdict; width?: number}) {
	return <Text {...theme.verdict[verdict]}>{verdict.padEnd(width)}</Text>;
}
