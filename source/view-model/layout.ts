import type {PaneId} from '../navigation/state.js';

/** A rectangle of the screen, in cells. */
export type Box = {width: number; height: number};

/** A pane's rectangle and where it stands, counted from the top left of the body (the line under the header). */
export type PlacedBox = Box & {column: number; row: number};

export type Layout =
	| {kind: 'too-small'; columns: number; rows: number}
	| {
			kind: 'wide' | 'split' | 'tabs';
			columns: number;
			rows: number;
			header: number;
			/** Lines of the body, between header and status bar. */
			body: number;
			/**
			 * Panes on screen, their sizes and places; in tabs only the focused pane is. App arranges the same panes
			 * with flexbox; the places are for finding what a mouse event points at, and a test holds the two together.
			 */
			panes: Partial<Record<PaneId, PlacedBox>>;
	  };

export const MINIMUM = {columns: 30, rows: 8} as const;
export const WIDE_FROM = 120;
export const TABS_BELOW = 60;

/**
 * Where everything goes for a terminal of `columns` x `rows`. The frame is one line shorter than the terminal:
 * Ink clears the whole screen when a frame reaches the last row, which is the flicker this avoids.
 */
export function layoutFor(columns: number, rows: number, focus: PaneId): Layout {
	if (columns < MINIMUM.columns || rows < MINIMUM.rows) return {kind: 'too-small', columns, rows};
	const header = rows >= 16 ? 2 : 1;
	const body = rows - 1 - header - 1;
	// The Source pane is for reading the article: it always gets the whole body, under the tab strip.
	if (columns < TABS_BELOW || body < 12 || focus === 'source') {
		// One pane at a time, under a one-line tab strip.
		return {kind: 'tabs', columns, rows, header, body, panes: {[focus]: {width: columns, height: body - 1, column: 0, row: 1}}};
	}
	if (columns >= WIDE_FROM) {
		const left = Math.floor(columns * 0.38);
		const summary = Math.max(6, Math.floor(body * 0.5));
		return {
			kind: 'wide',
			columns,
			rows,
			header,
			body,
			panes: {
				summary: {width: left, height: summary, column: 0, row: 0},
				quotes: {width: left, height: body - summary, column: 0, row: summary},
				inventory: {width: columns - left, height: body, column: left, row: 0},
			},
		};
	}
	const top = Math.max(6, Math.floor(body * 0.45));
	const half = Math.floor(columns / 2);
	return {
		kind: 'split',
		columns,
		rows,
		header,
		body,
		panes: {
			summary: {width: half, height: top, column: 0, row: 0},
			quotes: {width: columns - half, height: top, column: half, row: 0},
			inventory: {width: columns, height: body - top, column: 0, row: top},
		},
	};
}

/** Lines a pane's frame takes (its top and bottom border), and columns (borders and a space each side). */
export const PANE_CHROME = {lines: 2, columns: 4} as const;

/** Columns on the left of every list entry for the selection mark. */
export const GUTTER = 2;
