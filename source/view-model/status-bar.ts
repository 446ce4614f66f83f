import type {Layer} from '../keymap/keymap.js';
import {cellWidth, truncateToWidth} from '../text/cells.js';
import {hintsFor} from './help.js';

/** The search as the status bar shows it: the query, and what it found. */
export type SearchStatus = {query: string; rows: number; matches: number; current: number};

/** A hint's key, drawn as a key cap, and the words after it up to the next hint. */
export type HintText = {keys: string; words: string};

/**
 * The status bar's text, fitted to the width and cut into the pieces that are styled apart: the component only
 * styles and joins them.
 */
export type StatusBarText =
	| {kind: 'notice'; text: string}
	| {kind: 'search'; query: string; gap: string; right: string}
	| {kind: 'hints'; lead: string; hints: HintText[]; gap: string; right: string};

function searchText(search: SearchStatus, editing: boolean): string {
	const found = search.query === '' ? '' : search.rows === 0 ? 'no match' : `${search.matches} match${search.matches === 1 ? '' : 'es'} in ${search.rows} row${search.rows === 1 ? '' : 's'}`;
	if (editing) return `/${search.query}▏ ${found}`;
	const at = search.current >= 0 ? `${search.current + 1}/${search.rows}` : `${search.rows}`;
	return `“${search.query}” ${search.rows === 0 ? 'no match' : `${at} (n/N)`}`;
}

const gapTo = (width: number, used: number): string => ' '.repeat(Math.max(0, width - used));

/**
 * Key hints for the layer in use, from the keymap, and where the user is on the right; a notice or the search in
 * their place. Hints that do not fit are left out, never the position. A notice stands over a kept search, but not
 * over the search line being typed in: a query typed within seconds of a copy must be seen as it is typed.
 */
export function statusBarText(layer: Layer, width: number, where: string, notice?: string, search?: SearchStatus): StatusBarText {
	const editing = layer === 'search';
	if (search && (notice === undefined || editing)) {
		// While typing, the keys that end the search, as the keymap has them (a config may rebind them).
		const right = editing ? ` ${hintsFor('search').map(hint => `${hint.keys} ${hint.hint}`).join('  ')} ` : ` ${where} `;
		const query = truncateToWidth(` ${searchText(search, editing)}`, Math.max(0, width - cellWidth(right) - 1));
		return {kind: 'search', query, gap: gapTo(width, cellWidth(query) + cellWidth(right)), right};
	}

	if (notice !== undefined) return {kind: 'notice', text: ` ${truncateToWidth(notice, Math.max(0, width - 2))}`};
	const right = ` ${where} `;
	const room = Math.max(0, width - cellWidth(right) - 1);
	const lead = ' ';
	const hints: HintText[] = [];
	let used = lead.length;
	for (const hint of hintsFor(layer)) {
		const words = ` ${hint.hint}  `;
		const size = cellWidth(hint.keys) + cellWidth(words);
		if (used + size > room) break;
		hints.push({keys: hint.keys, words});
		used += size;
	}

	return {kind: 'hints', lead, hints, gap: gapTo(width, used + cellWidth(right)), right};
}
