import {Box, Text} from 'ink';
import {memo} from 'react';
import type {Cursor} from '../../navigation/window.js';
import type {Entries} from '../../view-model/entry.js';
import {GUTTER} from '../../view-model/layout.js';
import {fitLine, truncateLine, type Line} from '../../view-model/styled.js';
import {lineText} from '../run-text.js';
import {useLook} from '../ThemeContext.js';
import {markMatches} from '../../search/highlight.js';
import type {CompiledQuery} from '../../search/query.js';

type Props = {entries: Entries; cursor: Cursor; width: number; height: number; focused: boolean; query?: CompiledQuery | undefined};

type RowProps = {line: Line; width: number; mark: string; highlighted: boolean; query?: CompiledQuery | undefined};

/**
 * One screen line of an entry: the gutter (with the selection mark on an entry's first line) and the text. It takes
 * the view model's line as it is and cuts it here, so a key that moves the selection re-renders only the two rows
 * whose mark or highlight changed: the others get the same props and React skips them.
 */
const Row = memo(function Row({line, width, mark, highlighted, query}: RowProps) {
	const {theme} = useLook();
	const cut = highlighted ? fitLine(line, width) : truncateLine(line, width);
	const shown = query ? markMatches(cut, query) : cut;
	return <Text wrap="truncate-end">{mark + lineText(shown, theme, highlighted)}</Text>;
});

/**
 * The visible window of a list of entries, drawn as a flat column of lines, one Ink node per line. Only entries in
 * view are rendered, so a list of ten thousand costs no more per key than a list of ten. The selection has a mark in the gutter as well
 * as inverse video.
 */
export function EntryList({entries, cursor, width, height, focused, query}: Props) {
	const {glyphs} = useLook();
	const text = Math.max(1, width - GUTTER);
	const rows = [];
	for (let index = cursor.offset; index < entries.length && rows.length < height; index++) {
		const entry = entries.at(index)!;
		const selected = index === cursor.selected;
		for (const [number, line] of entry.lines.entries()) {
			if (rows.length >= height) break;
			const mark = selected && number === 0 ? `${glyphs.selected} ` : ' '.repeat(GUTTER);
			rows.push(<Row key={`${entry.id}:${number}`} line={line} width={text} mark={mark} highlighted={selected && focused} query={query} />);
		}
	}
	return (
		<Box flexDirection="column" flexShrink={0}>
			{rows}
		</Box>
	);
}

export {GUTTER};

/** How many entries lie below the window, for the "more" mark. */
export function entriesBelow(entries: Entries, cursor: Cursor, height: number): number {
	let used = 0;
	let index = cursor.offset;
	while (index < entries.length && used + entries.at(index)!.lines.length <= height) {
		used += entries.at(index)!.lines.length;
		index++;
	}
	return entries.length - index;
}
