import type {Briefing} from '../briefing/schema.js';
import {PANES, type Extents, type PaneId} from '../navigation/state.js';
import type {Extent} from '../navigation/window.js';
import type {Entry} from './entry.js';
import {fitInventoryTable, inventoryCards, inventoryRow, type FittedTable, type InventoryRow} from './inventory.js';
import {GUTTER, PANE_CHROME, type Box, type Layout} from './layout.js';
import {quoteEntries} from './quotes.js';
import {sourceEntries} from './source.js';
import {summaryEntries, type SummaryEntry} from './summary.js';

/** What a pane draws: wrapped entries, or the inventory as a table when its columns fit. */
export type PaneContent =
	| {kind: 'entries'; entries: Entry[]; width: number; height: number}
	| {kind: 'table'; rows: InventoryRow[]; fitted: FittedTable; width: number; height: number};

export type DashboardModel = {
	panes: Record<PaneId, PaneContent>;
	summary: SummaryEntry[];
};

/** Lines of ink-table around its rows: the top border, the heading and the bottom border. */
export const TABLE_CHROME_LINES = 3;
/** ink-table draws a separator above every row, so each row takes two lines. */
export const TABLE_ROW_LINES = 2;

const inner = (box: Box): {width: number; height: number} => ({
	width: Math.max(1, box.width - PANE_CHROME.columns),
	height: Math.max(1, box.height - PANE_CHROME.lines),
});

/**
 * What does not depend on the layout, made once per briefing: a switch to the Source pane's layout and back makes
 * a new model, and with ten thousand quotations and items these lists are most of its cost and of its memory.
 */
const quotesOf = new WeakMap<Briefing, Entry[]>();
const rowsOf = new WeakMap<Briefing, Map<string, InventoryRow[]>>();

function quotesFor(briefing: Briefing): Entry[] {
	let entries = quotesOf.get(briefing);
	if (!entries) {
		entries = quoteEntries(briefing);
		quotesOf.set(briefing, entries);
	}
	return entries;
}

function rowsFor(briefing: Briefing, arrow: string): InventoryRow[] {
	let byArrow = rowsOf.get(briefing);
	if (!byArrow) {
		byArrow = new Map();
		rowsOf.set(briefing, byArrow);
	}
	let rows = byArrow.get(arrow);
	if (!rows) {
		rows = briefing.inventory.map(item => inventoryRow(item, arrow));
		byArrow.set(arrow, rows);
	}
	return rows;
}

const fittedOf = new WeakMap<readonly InventoryRow[], Map<number, FittedTable | undefined>>();

/**
 * The table's columns for every item at a width, found once: they are measured over all items (so they stay put
 * as filters come and go), which on ten thousand items is the costliest part of a model, and a filter or a sort
 * would otherwise measure them all again.
 */
function fittedFor(allRows: readonly InventoryRow[], width: number): FittedTable | undefined {
	let byWidth = fittedOf.get(allRows);
	if (!byWidth) {
		byWidth = new Map();
		fittedOf.set(allRows, byWidth);
	}
	if (!byWidth.has(width)) byWidth.set(width, fitInventoryTable(allRows, width));
	return byWidth.get(width);
}

/**
 * Everything the panes show, computed once per briefing and layout (not per key): wrapping and table fitting are
 * the costly part of a frame, and a key press only moves a selection over them.
 */
export function dashboardModel(
	briefing: Briefing,
	layout: Layout & {kind: 'wide' | 'split' | 'tabs'},
	/** The inventory items to show, in order (filtered and sorted); all of them by default. */
	shown: readonly number[] = briefing.inventory.map((_, index) => index),
	arrow = '→',
): DashboardModel {
	const boxOf = (pane: PaneId): Box => layout.panes[pane] ?? Object.values(layout.panes)[0]!;
	const summaryBox = inner(boxOf('summary'));
	const quotesBox = inner(boxOf('quotes'));
	const inventoryBox = inner(boxOf('inventory'));
	const sourceBox = inner(boxOf('source'));
	const summary = summaryEntries(briefing, Math.max(1, summaryBox.width - GUTTER));
	const allRows = rowsFor(briefing, arrow);
	const rows = shown.map(index => allRows[index]!);
	// Widths from every item, so the columns stay put as filters come and go. The table sits inside the pane's side
	// borders without the usual padding: it has borders of its own.
	const fitted = inventoryBox.height >= TABLE_CHROME_LINES + TABLE_ROW_LINES ? fittedFor(allRows, inventoryBox.width + 2) : undefined;
	return {
		summary,
		panes: {
			summary: {kind: 'entries', entries: summary, ...summaryBox, width: Math.max(1, summaryBox.width - GUTTER)},
			quotes: {kind: 'entries', entries: quotesFor(briefing), ...quotesBox, width: Math.max(1, quotesBox.width - GUTTER)},
			source: {kind: 'entries', entries: sourceEntries(briefing, Math.max(1, sourceBox.width - GUTTER)), ...sourceBox, width: Math.max(1, sourceBox.width - GUTTER)},
			inventory: fitted
				? {kind: 'table', rows, fitted, ...inventoryBox, width: inventoryBox.width + 2}
				: {kind: 'entries', entries: cardsFor(briefing, shown, arrow), ...inventoryBox, width: Math.max(1, inventoryBox.width - GUTTER)},
		},
	};
}

/** Cards only when the table does not fit, for the items shown: ten thousand unused cards are memory for nothing. */
function cardsFor(briefing: Briefing, shown: readonly number[], arrow: string) {
	const cards = inventoryCards(briefing, arrow);
	return shown.map(index => cards[index]!);
}

/** The pane's list as the navigation reducer sees it: how many entries, how tall, in how many lines. */
export function paneExtent(content: PaneContent): Extent {
	if (content.kind === 'table') {
		return {
			count: content.rows.length,
			available: Math.max(TABLE_ROW_LINES, content.height - TABLE_CHROME_LINES),
			heightOf: () => TABLE_ROW_LINES,
		};
	}
	const {entries} = content;
	return {count: entries.length, available: content.height, heightOf: index => entries[index]?.lines.length ?? 1};
}

export function extentsOf(model: DashboardModel, overlay: Extent): Extents {
	const panes = {} as Record<PaneId, Extent>;
	for (const pane of PANES) panes[pane] = paneExtent(model.panes[pane]);
	return {panes, overlay};
}
