import type {SearchMatch} from './briefing.js';

/** The rows a search found, one per row, in reading order: n and N go from row to row, not match to match. */
export function rowsOf(matches: readonly SearchMatch[]): Array<Pick<SearchMatch, 'pane' | 'entry'>> {
	const seen = new Set<string>();
	return matches.flatMap(match => {
		const key = `${match.pane}:${match.entry}`;
		if (seen.has(key)) return [];
		seen.add(key);
		return [{pane: match.pane, entry: match.entry}];
	});
}
