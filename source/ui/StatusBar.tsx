import {Text} from 'ink';
import stringWidth from 'string-width';
import {truncateToWidth} from '../text/cells.js';
import type {Layer} from '../keymap/keymap.js';
import {hintsFor} from '../view-model/help.js';
import {styleText} from './run-text.js';

/** The search as the status bar shows it: the query, and what it found. */
export type SearchStatus = {query: string; rows: number; matches: number; current: number};

type Props = {layer: Layer; width: number; where: string; notice?: string | undefined; search?: SearchStatus | undefined};

function searchText(search: SearchStatus, editing: boolean): string {
	const found = search.query === '' ? '' : search.rows === 0 ? 'no match' : `${search.matches} match${search.matches === 1 ? '' : 'es'} in ${search.rows} row${search.rows === 1 ? '' : 's'}`;
	if (editing) return `/${search.query}▏ ${found}`;
	const at = search.current >= 0 ? `${search.current + 1}/${search.rows}` : `${search.rows}`;
	return `“${search.query}” ${search.rows === 0 ? 'no match' : `${at} (n/N)`}`;
}

// One string with its styles written in (source/ui/run-text.ts), not an Ink text per hint: the bar is drawn again on
// every key that moves, and as texts its hints were 69 of the first frame's React fibers.
const KEYS = {bold: true, inverse: true} as const;
const BOLD = {bold: true} as const;
const DIM = {dimColor: true} as const;

/** Key hints for the layer in use, from the keymap, and where the user is on the right. */
export function StatusBar({layer, width, where, notice, search}: Props) {
	const hints = hintsFor(layer);
	if (search && notice === undefined) {
		const editing = layer === 'search';
		const left = ` ${searchText(search, editing)}`;
		const right = editing ? ' Enter keep  Esc cancel ' : ` ${where} `;
		const room = Math.max(0, width - stringWidth(right) - 1);
		const shown = truncateToWidth(left, room);
		return <Text wrap="truncate-end">{styleText(shown, BOLD) + ' '.repeat(Math.max(0, width - stringWidth(shown) - stringWidth(right))) + styleText(right, DIM)}</Text>;
	}
	if (notice !== undefined) {
		const room = Math.max(0, width - 2);
		return (
			<Text wrap="truncate-end" bold>
				{` ${truncateToWidth(notice, room)}`}
			</Text>
		);
	}
	const right = ` ${where} `;
	const room = Math.max(0, width - stringWidth(right) - 1);
	let line = ' ';
	let used = 1;
	for (const hint of hints) {
		const size = stringWidth(hint.keys) + 1 + stringWidth(hint.hint) + 2;
		if (used + size > room) break;
		line += `${styleText(hint.keys, KEYS)} ${hint.hint}  `;
		used += size;
	}
	return <Text wrap="truncate-end">{line + ' '.repeat(Math.max(0, width - used - stringWidth(right))) + styleText(right, DIM)}</Text>;
}
