import {padToWidth, PRINTABLE_ASCII, truncateToWidth} from '../text/cells.js';
import stringWidth from 'string-width';
import type {Briefing, InventoryItem, Party} from '../briefing/schema.js';
import {neutralize} from '../text/neutralize.js';
import {madeOnDemand, type Entries} from './entry.js';
import {HEDGE_MARK} from './hedges.js';
import {run} from './styled.js';

/** A party the article implies rather than names is shown in parentheses, and said in words in the detail. */
export const partyLabel = (party: Party): string => {
	const country = neutralize(party.country);
	return party.basis === 'inferred' ? `(${country})` : country;
};

export const routeLabel = (item: InventoryItem, arrow = '→'): string =>
	`${partyLabel(item.supplier)} ${arrow} ${partyLabel(item.recipient)}`;

/** Absent quantities show a dash: the article gives none, and sitrep does not guess one. */
const NO_QUANTITY = '—';
export const quantityLabel = (item: InventoryItem): string => (item.quantity ? neutralize(item.quantity.text) : NO_QUANTITY);

// The hedge mark says "short of stated" in the table too, where the likelihood stands alone.
const likelihoodLabel = (likelihood: InventoryItem['likelihood']): string => (likelihood === 'stated' ? likelihood : `${HEDGE_MARK}${likelihood}`);

export const INVENTORY_COLUMNS = ['System', 'Route', 'Quantity', 'Status', 'Likelihood'] as const;
export type InventoryColumn = (typeof INVENTORY_COLUMNS)[number];
export type InventoryRow = Record<InventoryColumn, string>;

export function inventoryRow(item: InventoryItem, arrow = '→'): InventoryRow {
	return {
		System: neutralize(item.system),
		Route: routeLabel(item, arrow),
		Quantity: quantityLabel(item),
		Status: item.status,
		Likelihood: likelihoodLabel(item.likelihood),
	};
}

/** Columns that give up width first when the table is too wide, and how narrow each may get. */
const SHRINK_ORDER: Array<[InventoryColumn, number]> = [
	['System', 10],
	['Quantity', 8],
	['Route', 9],
];

/** Space ink-table adds around cells: one space each side, and a border between and around columns. */
const tableWidth = (widths: Record<InventoryColumn, number>): number =>
	INVENTORY_COLUMNS.reduce((sum, column) => sum + widths[column] + 2, 0) + INVENTORY_COLUMNS.length + 1;

const SELECTED_MARK = '▶ ';
const UNSELECTED_MARK = '  ';

export type FittedTable = {widths: Record<InventoryColumn, number>; width: number};

/** The display width of each column's widest cell. */
export type CellWidths = Record<InventoryColumn, number>;

/**
 * The widest cell of each column over `items`, as `inventoryRow` would make their cells, without making them:
 * a briefing's items repeat a few systems, countries, quantities and words, so each distinct one is labelled and
 * measured once, and a route (two party labels around the arrow) once per pair of parties. A system in printable
 * ASCII is as wide as it is long and is not remembered: systems are the one column that may be different on every
 * item (all 10,000 are on the generated large briefing, where this took widestCells from 7.3 to 4.2 ms). The loop
 * runs once, at start, mostly in V8's interpreter, where every call counts: the lookups are written out rather than
 * made through a helper (7 against 10 ms on 10,000 items in a fresh Node).
 */
export function widestCells(items: readonly InventoryItem[], arrow = '→'): CellWidths {
	const systems = new Map<string, number>();
	const quantities = new Map<string, number>();
	const statuses = new Map<string, number>();
	const likelihoods = new Map<string, number>();
	// A route's label is made of both countries and whether each is inferred: four tables by the two bases, each by
	// supplier and then recipient country, so that no key is built for each item.
	const routes = [new Map(), new Map(), new Map(), new Map()] as Array<Map<string, Map<string, number>>>;
	const noQuantity = stringWidth(NO_QUANTITY);
	const widest: CellWidths = {System: 0, Route: 0, Quantity: 0, Status: 0, Likelihood: 0};
	for (let index = 0; index < items.length; index++) {
		const item = items[index]!;
		let width = PRINTABLE_ASCII.test(item.system) ? item.system.length : systems.get(item.system);
		if (width === undefined) {
			width = stringWidth(neutralize(item.system));
			systems.set(item.system, width);
		}
		if (width > widest.System) widest.System = width;

		const quantity = item.quantity?.text;
		width = quantity === undefined ? noQuantity : quantities.get(quantity);
		if (width === undefined) {
			width = stringWidth(neutralize(quantity!));
			quantities.set(quantity!, width);
		}
		if (width > widest.Quantity) widest.Quantity = width;

		width = statuses.get(item.status);
		if (width === undefined) {
			width = stringWidth(item.status);
			statuses.set(item.status, width);
		}
		if (width > widest.Status) widest.Status = width;
		width = likelihoods.get(item.likelihood);
		if (width === undefined) {
			width = stringWidth(likelihoodLabel(item.likelihood));
			likelihoods.set(item.likelihood, width);
		}
		if (width > widest.Likelihood) widest.Likelihood = width;

		const byCountries = routes[(item.supplier.basis === 'inferred' ? 2 : 0) + (item.recipient.basis === 'inferred' ? 1 : 0)]!;
		let byRecipient = byCountries.get(item.supplier.country);
		if (!byRecipient) {
			byRecipient = new Map();
			byCountries.set(item.supplier.country, byRecipient);
		}
		width = byRecipient.get(item.recipient.country);
		if (width === undefined) {
			width = stringWidth(routeLabel(item, arrow));
			byRecipient.set(item.recipient.country, width);
		}
		if (width > widest.Route) widest.Route = width;
	}
	return widest;
}

/**
 * Chooses column widths so the table fits `width` cells, narrowing the least important columns first; undefined
 * when even the narrowest table does not fit, and the pane shows cards instead. The System column leaves room
 * for the selection mark.
 */
export function fitInventoryTable(widest: CellWidths, width: number, mark = SELECTED_MARK): FittedTable | undefined {
	const widths = {} as Record<InventoryColumn, number>;
	for (const column of INVENTORY_COLUMNS) {
		const extra = column === 'System' ? stringWidth(mark) : 0;
		widths[column] = Math.max(stringWidth(column), widest[column] + extra);
	}
	for (const [column, minimum] of SHRINK_ORDER) {
		const over = tableWidth(widths) - width;
		if (over <= 0) break;
		widths[column] = Math.max(minimum, widths[column] - over);
	}
	const total = tableWidth(widths);
	return total <= width ? {widths, width: total} : undefined;
}

/**
 * ink-table sizes columns by `String.length`, which is not the width on screen for wide or combining characters.
 * So every cell handed to it is exactly the column's width in `length` (that fixes the borders), and the cell
 * component (`fitTableCell`) then pads or trims the padding to the true display width.
 */
function lengthExactly(text: string, width: number): string {
	let value = truncateToWidth(text.normalize('NFC'), width);
	while (value.length > width) value = truncateToWidth(value, Math.max(0, stringWidth(value) - 1));
	return value + ' '.repeat(width - value.length);
}

/** A cell as ink-table hands it to the cell component, made exactly `width` display cells wide. */
export function fitTableCell(text: string, width: number): string {
	return padToWidth(text.replace(/ +$/, ''), width);
}

/** The cells of one table row, cut to the fitted widths, the selected one marked at the start of its System cell. */
export function tableCells(row: InventoryRow, fitted: FittedTable, selected: boolean, mark = SELECTED_MARK): InventoryRow {
	const cells = {} as InventoryRow;
	for (const column of INVENTORY_COLUMNS) {
		const text = column === 'System' ? `${selected ? mark : ' '.repeat(stringWidth(mark))}${row.System}` : row[column];
		cells[column] = lengthExactly(text, fitted.widths[column]);
	}
	return cells;
}

/** The inventory as stacked cards, for panes too narrow for the table, each made when it first comes into view. */
export function inventoryCards(briefing: Briefing, arrow = '→'): Entries {
	const items = briefing.inventory;
	return madeOnDemand(items.length, index => {
		const item = items[index]!;
		const row = inventoryRow(item, arrow);
		return {
			id: item.id,
			lines: [
				[run(row.System, 'bold')],
				[run('  '), run(row.Route), run(' · ', 'dim'), run(row.Quantity)],
				[run('  '), run(row.Status), run(' · ', 'dim'), run(row.Likelihood, item.likelihood === 'stated' ? 'plain' : 'hedge')],
			],
		};
	});
}

export {SELECTED_MARK, UNSELECTED_MARK};
