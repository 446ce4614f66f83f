import type {Command, Layer} from '../keymap/keymap.js';
import type {KeyName} from '../keymap/keys.js';
import {DEFAULT_SORT, type InventoryFilter, type InventorySort} from '../view-model/inventory-view.js';
import type {Cursor, Extent} from './window.js';

export const PANES = ['summary', 'quotes', 'inventory', 'source'] as const;
export type PaneId = (typeof PANES)[number];

export const PANE_TITLES: Record<PaneId, string> = {summary: 'Summary', quotes: 'Quotes', inventory: 'Inventory', source: 'Source'};

/** A place in the article: a paragraph (0 is the headline) and character offsets in it. */
export type SourceSpan = {paragraph: number; start: number; end: number};

/**
 * A layer above the dashboard; the last one in the stack has the keys. The source layer shows the article with
 * the spans behind a quotation, item or key point; a scroll of -1 means "at the current span", which only the
 * view can turn into a line.
 */
export type Overlay =
	| {kind: 'detail'; pane: PaneId; scroll: number}
	| {kind: 'help'; scroll: number}
	| {kind: 'source'; spans: SourceSpan[]; span: number; scroll: number}
	/** The search line: letters typed here are the query, not commands. */
	| {kind: 'search'; scroll: number}
	/** The inventory's filter menu: `selected` is an option of the list the view builds. */
	| {kind: 'filter'; selected: number; scroll: number};

/** A row a search found, as navigation needs it: which pane, which entry. */
export type SearchTarget = {pane: PaneId; entry: number};

export type NavigationState = {
	focus: PaneId;
	cursors: Record<PaneId, Cursor>;
	overlays: Overlay[];
	/**
	 * The search query (kept after Enter, for n and N) and the target n/N last went to: -1 none yet, -2 go to the
	 * first one as soon as the view has found them (Enter can arrive in the same burst as the query).
	 */
	search: {query: string; target: number};
	/** A request for the view, which holds the briefing: copy the selection, or show it in the source. */
	request?: {kind: 'copy' | 'jump-to-source' | 'open-link'; id: number} | {kind: 'toggle-filter'; id: number; option: number} | undefined;
	/** How the inventory is narrowed and ordered. */
	inventory: {filter: InventoryFilter; sort: InventorySort};
	quitting: boolean;
};

/**
 * What the screen holds when a key arrives: each pane's entries and the lines it has for them, and the length of
 * the topmost overlay's text. The view computes it from the layout; the reducer stays pure and testable.
 */
export type Extents = {
	panes: Record<PaneId, Extent>;
	overlay: Extent;
	/** The rows the current query finds, in reading order, one per row. */
	targets?: readonly SearchTarget[];
	/** How many options the filter menu lists. */
	options?: number;
};

export type NavigationAction =
	| {type: 'command'; command: Command; extents: Extents}
	/** A key press, resolved through the keymap in the layer that is on top when the reducer reaches it. */
	| {type: 'key'; key: KeyName; extents: Extents}
	/** The inventory filter the view made from a toggled option. */
	| {type: 'set-filter'; filter: InventoryFilter}
	/** The view has found the rows for the current query: go to the first if Enter asked for it already. */
	| {type: 'found'; extents: Extents}
	/** Show the article at these spans (the view found them for the selected row). */
	| {type: 'open-source'; spans: SourceSpan[]}
	/**
	 * A mouse click on a pane (or its tab), and on which of its entries if on one. The view found them from the
	 * pointer's cell; navigation only knows panes and entries.
	 */
	| {type: 'click'; pane: PaneId; entry?: number | undefined; extents: Extents}
	/** A notch of the mouse wheel over a pane or over the layer on top: 1 down, -1 up. */
	| {type: 'wheel'; over: PaneId | 'overlay'; direction: 1 | -1; extents: Extents}
	/** The screen changed size or the data changed: keep every selection in view. */
	| {type: 'refit'; extents: Extents};

export function initialNavigation(focus: PaneId = 'summary'): NavigationState {
	const start: Cursor = {selected: 0, offset: 0};
	return {
		focus,
		cursors: {summary: start, quotes: start, inventory: start, source: start},
		overlays: [],
		search: {query: '', target: -1},
		inventory: {filter: {}, sort: DEFAULT_SORT},
		quitting: false,
	};
}

/** The layer whose bindings apply now. */
export function activeLayer(state: NavigationState): Layer {
	const top = state.overlays.at(-1);
	return top ? top.kind : 'dashboard';
}
