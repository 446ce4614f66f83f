import {Text} from 'ink';
import stringWidth from 'string-width';
import {truncateToWidth} from '../text/cells.js';
import type {Layer} from '../keymap/keymap.js';
import {hintsFor} from '../view-model/help.js';

/** The search as the status bar shows it: the query, and what it found. */
export type SearchStatus = {query: string; rows: number; matches: number; current: number};

type Props = {layer: Layer; width: number; where: string; notice?: string | undefined; search?: SearchStatus | undefined};

function searchText(search: SearchStatus, editing: boolean): string {
	const found = search.query === '' ? '' : search.rows === 0 ? 'no match' : `${search.matches} match${search.matches === 1 ? '' : 'es'} in ${search.rows} row${search.rows === 1 ? '' : 's'}`;
	if (editing) return `/${search.query}▏ ${found}`;
	const at = search.current >= 0 ? `${search.current + 1}/${search.rows}` : `${search.rows}`;
	return `“${search.query}” ${search.rows === 0 ? 'no match' : `${at} (n/N)`}`;
}

/** Key hints for the layer in use, from the keymap, and where the user is on the right. */
export function StatusBar({layer, width, where, notice, search}: Props) {
	const hints = hintsFor(layer);
	if (search && notice === undefined) {
		const editing = layer === 'search';
		const left = ` ${searchText(search, editing)}`;
		const right = editing ? ' Enter keep  Esc cancel ' : ` ${where} `;
		const room = Math.max(0, width - stringWidth(right) - 1);
		const shown = truncateToWidth(left, room);
		return (
			<Text wrap="truncate-end">
				<Text bold>{shown}</Text>
				{' '.repeat(Math.max(0, width - stringWidth(shown) - stringWidth(right)))}
				<Text dimColor>{right}</Text>
			</Text>
		);
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
	const parts: Array<{keys: string; hint: string}> = [];
	let used = 1;
	for (const hint of hints) {
		const size = stringWidth(hint.keys) + 1 + stringWidth(hint.hint) + 2;
		if (used + size > room) break;
		parts.push(hint);
		used += size;
	}
	return (
		<Text wrap="truncate-end">
			{' '}
			{parts.map(part => (
				<Text key={part.keys + part.hint}>
					<Text bold inverse>
						{part.keys}
					</Text>
					<Text> {part.hint}  </Text>
				</Text>
			))}
			{' '.repeat(Math.max(0, width - used - stringWidth(right)))}
			<Text dimColor>{right}</Text>
		</Text>
	);
}
