import type {Briefing} from '../briefing/schema.js';
import {PANES, type Extents, type PaneId} from '../navigation/state.js';
import type {Extent} from '../navigation/window.js';
import {madeOnDemand, picked, type Entries} from './entry.js';
import {fitInventoryTable, inventoryCards, inventoryRow, widestCells, type CellWidths, type FittedTable, type InventoryRow} from './inventory.js';
import {GUTTER, PANE_CHROME, type Box, type Layout} from './layout.js';
import {quoteEntries} from './quotes.js';
import {sourceEntries} from './source.js';
import {summaryEntries, type SummaryEntry} from './summary.js';

/** What a pane draws: wrapped entries, or the inventory as a table when its columns fit. */
export type PaneContent =
	| {kind: 'entries'; entries: Entries; width: number; height: number}
	| {kind: 'table'; rows: Entries<InventoryRow>; fitted: FittedTable; width: number; height: number};

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
 * a new model, and the quotations' lines and the items' rows made so far are kept with the briefing, as are the
 * widest cells of the inventory, which are measured over all its items.
 */
const quotesOf = new WeakMap<Briefing, Entries>();
const inventoryOf = new WeakMap<Briefing, Map<string, Inventory>>();

type Inventory = {rows: Entries<InventoryRow>; cards: Entries; widest: () => CellWidths; fitted: Map<number, FittedTable | undefined>};

function quotesFor(briefing: Briefing): Entries {
	let entries = quotesOf.get(briefing);
	if (!entries) {
		entries = quoteEntries(briefing);
		quotesOf.set(briefing, entries);
	}
	return entries;
}

function inventoryFor(briefing: Briefing, arrow: string): Inventory {
	let byArrow = inventoryOf.get(briefing);
	if (!byArrow) {
		byArrow = new Map();
		inventoryOf.set(briefing, byArrow);
	}
	let inventory = byArrow.get(arrow);
	if (!inventory) {
		const items = briefing.inventory;
		let widest: CellWidths | undefined;
		inventory = {
			rows: madeOnDemand(items.length, index => inventoryRow(items[index]!, arrow)),
			cards: inventoryCards(briefing, arrow),
			widest: () => (widest ??= widestCells(items, arrow)),
			fitted: new Map(),
		};
		byArrow.set(arrow, inventory);
	}
	return inventory;
}

/**
 * The table's columns at a width, found once: they are measured over all items (so they stay put as filters come
 * and go), and a filter or a sort would otherwise measure them all again.
 */
function fittedFor(inventory: Inventory, width: number): FittedTable | undefined {
	if (!inventory.fitted.has(width)) inventory.fitted.set(width, fitInventoryTable(inventory.widest(), width));
	return inventory.fitted.get(width);
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
	const inventory = inventoryFor(briefing, arrow);
	// Widths from every item, so the columns stay put as filters come and go. The table sits inside the pane's side
	// borders without the usual padding: it has borders of its own.
	const fitted = inventoryBox.height >= TABLE_CHROME_LINES + TABLE_ROW_LINES ? fittedFor(inventory, inventoryBox.width + 2) : undefined;
	return {
		summary,
		panes: {
			summary: {kind: 'entries', entries: summary, ...summaryBox, width: Math.max(1, summaryBox.width - GUTTER)},
			quotes: {kind: 'entries', entries: quotesFor(briefing), ...quotesBox, width: Math.max(1, quotesBox.width - GUTTER)},
			source: {kind: 'entries', entries: sourceEntries(briefing, Math.max(1, sourceBox.width - GUTTER)), ...sourceBox, width: Math.max(1, sourceBox.width - GUTTER)},
			inventory: fitted
				? {kind: 'table', rows: picked(inventory.rows, shown), fitted, ...inventoryBox, width: inventoryBox.width + 2}
				: {kind: 'entries', entries: picked(inventory.cards, shown), ...inventoryBox, width: Math.max(1, inventoryBox.width - GUTTER)},
		},
	};
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
	return {count: entries.length, available: content.height, heightOf: index => entries.at(index)?.lines.length ?? 1};
}

export function extentsOf(model: DashboardModel, overlay: Extent): Extents {
	const panes = {} as Record<PaneId, Extent>;
	for (const pane of PANES) panes[pane] = paneExtent(model.panes[pane]);
	return {panes, overlay};
}
