import type {PaneId} from '../navigation/state.js';
import {settle, visibleCount, type Cursor} from '../navigation/window.js';
import {paneExtent, TABLE_CHROME_LINES, TABLE_ROW_LINES, type DashboardModel, type PaneContent} from './dashboard.js';
import type {Layout, PlacedBox} from './layout.js';
import {tabStrip} from './tabs.js';

/** What lies under a point of the screen, as far as a click or the wheel can act on it. */
export type Hit =
	| {kind: 'tab'; pane: PaneId}
	/** A pane; `entry` is the row under the pointer, undefined on its border or below its last row. */
	| {kind: 'pane'; pane: PaneId; entry?: number}
	/** The layer over the dashboard (detail, help, source, filter menu). */
	| {kind: 'overlay'}
	/** The header, the status bar, or nothing at all. */
	| {kind: 'none'};

/** The entry drawn at `line` of a pane's inside (0 is the line under its top border), if any. */
function entryAtLine(content: PaneContent, stored: Cursor, line: number): number | undefined {
	const extent = paneExtent(content);
	const {offset} = settle(stored, extent);
	if (content.kind === 'table') {
		// The table's own top border and heading come first; then each row follows the separator above it, and a
		// click on that separator means the row under it.
		const first = TABLE_CHROME_LINES - 1;
		if (line < first) return undefined;
		const row = Math.floor((line - first) / TABLE_ROW_LINES);
		return row < visibleCount(extent, offset) ? offset + row : undefined;
	}
	let used = 0;
	for (let index = offset; index < content.entries.length; index++) {
		used += content.entries.at(index)!.lines.length;
		if (line < used) return index;
	}
	return undefined;
}

/**
 * What is at `column`, `row` (from 0, top left) on the dashboard as App draws it: the header, then the tab strip
 * in the narrow layout, then the panes or the layer over them, then the status bar.
 */
export function hitTest(
	layout: Layout,
	model: DashboardModel | undefined,
	view: {focus: PaneId; cursors: Record<PaneId, Cursor>; overlay: boolean},
	column: number,
	row: number,
): Hit {
	if (layout.kind === 'too-small' || !model) return {kind: 'none'};
	const tabs = layout.kind === 'tabs' && !view.overlay;
	if (tabs && row === layout.header) {
		const tab = tabStrip(view.focus, layout.columns).find(tab => column >= tab.start && column < tab.start + tab.width);
		return tab ? {kind: 'tab', pane: tab.pane} : {kind: 'none'};
	}
	// A layer takes the whole body, tab strip included.
	if (view.overlay) return row >= layout.header && row < layout.header + layout.body ? {kind: 'overlay'} : {kind: 'none'};
	for (const [pane, box] of Object.entries(layout.panes) as Array<[PaneId, PlacedBox]>) {
		const top = layout.header + box.row;
		if (column < box.column || column >= box.column + box.width || row < top || row >= top + box.height) continue;
		const line = row - top - 1;
		const inside = line >= 0 && line < box.height - 2;
		const entry = inside ? entryAtLine(model.panes[pane], view.cursors[pane], line) : undefined;
		return entry === undefined ? {kind: 'pane', pane} : {kind: 'pane', pane, entry};
	}
	return {kind: 'none'};
}
