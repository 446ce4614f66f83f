import {memo} from 'react';
import {PANE_TITLES, PANES, type PaneId} from '../../navigation/state.js';
import {settle, visibleCount, type Cursor} from '../../navigation/window.js';
import {paneExtent, type PaneContent} from '../../view-model/dashboard.js';
import type {CompiledQuery} from '../../search/query.js';
import {PaneFrame} from '../PaneFrame.js';
import {EntryList, entriesBelow, GUTTER} from './EntryList.js';
import {InventoryTable} from './InventoryTable.js';

type Props = {
	pane: PaneId;
	content: PaneContent;
	cursor: Cursor;
	focused: boolean;
	/** The pane's size as numbers, not a box object: a layout made afresh on a key press must not defeat memo. */
	width: number;
	height: number;
	/** Matches to mark. */
	query?: CompiledQuery | undefined;
	/** Said after the title: the inventory's filters and sort. */
	note?: string | undefined;
};

/** A pane on the dashboard: its frame, and its rows windowed around the selection. */
export const Pane = memo(function Pane({pane, content, cursor: stored, focused, width, height, query, note}: Props) {
	const extent = paneExtent(content);
	const cursor = settle(stored, extent);
	const count = extent.count;
	const title = `${PANES.indexOf(pane) + 1} ${PANE_TITLES[pane]}${note ? ` · ${note}` : ''}`;
	const position = count === 0 ? (note ? 'none match' : 'empty') : `${cursor.selected + 1}/${count}`;
	if (content.kind === 'table') {
		const visible = visibleCount(extent, cursor.offset);
		return (
			<PaneFrame title={title} focused={focused} width={width} height={height} position={position} above={cursor.offset} below={Math.max(0, count - cursor.offset - visible)} flush>
				<InventoryTable rows={content.rows} fitted={content.fitted} cursor={cursor} visible={visible} focused={focused} />
			</PaneFrame>
		);
	}
	return (
		<PaneFrame
			title={title}
			focused={focused}
			width={width}
			height={height}
			position={position}
			above={cursor.offset}
			below={entriesBelow(content.entries, cursor, content.height)}
		>
			<EntryList entries={content.entries} cursor={cursor} width={content.width + GUTTER} height={content.height} focused={focused} query={query} />
		</PaneFrame>
	);
});
