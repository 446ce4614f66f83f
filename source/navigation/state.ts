import type {Command, Layer} from '../keymap/keymap.js';
import type {KeyName} from '../keymap/keys.js';
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
	| {kind: 'source'; spans: SourceSpan[]; span: number; scroll: number};

export type NavigationState = {
	focus: PaneId;
	cursors: Record<PaneId, Cursor>;
	overlays: Overlay[];
	quitting: boolean;
};

/**
 * What the screen holds when a key arrives: each pane's entries and the lines it has for them, and the length of
 * the topmost overlay's text. The view computes it from the layout; the reducer stays pure and testable.
 */
export type Extents = {panes: Record<PaneId, Extent>; overlay: Extent};

export type NavigationAction =
	| {type: 'command'; command: Command; extents: Extents}
	/** A key press, resolved through the keymap in the layer that is on top when the reducer reaches it. */
	| {type: 'key'; key: KeyName; extents: Extents}
	/** Show the article at these spans (the view found them for the selected row). */
	| {type: 'open-source'; spans: SourceSpan[]}
	/** The screen changed size or the data changed: keep every selection in view. */
	| {type: 'refit'; extents: Extents};

export function initialNavigation(focus: PaneId = 'summary'): NavigationState {
	const start: Cursor = {selected: 0, offset: 0};
	return {focus, cursors: {summary: start, quotes: start, inventory: start, source: start}, overlays: [], quitting: false};
}

/** The layer whose bindings apply now. */
export function activeLayer(state: NavigationState): Layer {
	const top = state.overlays.at(-1);
	return top ? top.kind : 'dashboard';
}
