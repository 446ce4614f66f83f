import {SEARCH_PANES, type SearchMatch, type SearchPane} from './briefing.js';

/** Where the reader is: a row of a pane, when no match is current yet. */
export type SearchPosition = {pane: SearchPane; entry: number};

export type Direction = 1 | -1;

const paneRank = (pane: SearchPane): number => SEARCH_PANES.indexOf(pane);

/** Negative, zero or positive as `match` comes before, on, or after `position` in reading order. */
function compare(match: SearchMatch, position: SearchPosition): number {
	return paneRank(match.pane) - paneRank(position.pane) || match.entry - position.entry;
}

/**
 * The index of the match `n` (direction 1) or `N` (-1) goes to, wrapping past either end; undefined when there are
 * none. From a match index, it is the neighbour. From a row, it is the first match on or after that row going
 * forward, or the last on or before it going back, so the matches of the row the reader is on come first.
 */
export function nextMatch(matches: readonly SearchMatch[], from: number | SearchPosition | undefined, direction: Direction): number | undefined {
	const count = matches.length;
	if (count === 0) return undefined;
	if (from === undefined) return direction === 1 ? 0 : count - 1;
	if (typeof from === 'number') {
		if (!Number.isInteger(from) || from < 0 || from >= count) return direction === 1 ? 0 : count - 1;
		return (from + direction + count) % count;
	}
	if (direction === 1) {
		const index = matches.findIndex(match => compare(match, from) >= 0);
		return index === -1 ? 0 : index;
	}
	const index = matches.findLastIndex(match => compare(match, from) <= 0);
	return index === -1 ? count - 1 : index;
}
