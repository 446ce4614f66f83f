import {commandFor, TEXT_INPUT_LAYERS, WHEEL_LINES, type Command} from '../keymap/keymap.js';
import {activeLayer, PANES, type Extents, type NavigationAction, type NavigationState, type Overlay, type PaneId, type SearchTarget} from './state.js';
import {cycleSortColumn, invertSort} from '../view-model/inventory-view.js';
import {lastOffset, pageSize, scrollWindow, settle, type Cursor, type Extent} from './window.js';

/** Moves a list cursor; page moves scroll the window with the selection, as less and vim do. */
function moveCursor(cursor: Cursor, command: Command, extent: Extent): Cursor {
	const page = pageSize(extent, cursor.offset);
	const half = Math.max(1, Math.floor(page / 2));
	const {selected, offset} = cursor;
	switch (command) {
		case 'move-down':
			return settle({selected: selected + 1, offset}, extent);
		case 'move-up':
			return settle({selected: selected - 1, offset}, extent);
		case 'page-down':
			return settle({selected: selected + page, offset: Math.min(offset + page, lastOffset(extent))}, extent);
		case 'page-up':
			return settle({selected: selected - page, offset: offset - page}, extent);
		case 'half-page-down':
			return settle({selected: selected + half, offset: Math.min(offset + half, lastOffset(extent))}, extent);
		case 'half-page-up':
			return settle({selected: selected - half, offset: offset - half}, extent);
		case 'first':
			return settle({selected: 0, offset: 0}, extent);
		case 'last':
			return settle({selected: extent.count - 1, offset: extent.count}, extent);
		default:
			return cursor;
	}
}

/** Scrolls a text view, where every line is its own entry and there is no selection to keep. */
function scrollText(stored: number, command: Command, extent: Extent): number {
	const page = Math.max(1, extent.available);
	const half = Math.max(1, Math.floor(page / 2));
	const steps: Partial<Record<Command, number>> = {
		'move-down': 1,
		'move-up': -1,
		'page-down': page,
		'page-up': -page,
		'half-page-down': half,
		'half-page-up': -half,
		first: -Infinity,
		last: Infinity,
	};
	const step = steps[command];
	return step === undefined ? stored : scrollTextBy(stored, step, extent);
}

/** Scrolls a text view by `lines`, from wherever an automatic scroll (-1) put it. */
function scrollTextBy(stored: number, lines: number, extent: Extent): number {
	const max = Math.max(0, extent.count - extent.available);
	const scroll = stored < 0 ? Math.min(extent.anchor ?? 0, max) : stored;
	const next = Math.min(Math.max(scroll + lines, 0), max);
	return next === scroll ? stored : next;
}

function replaceTop(state: NavigationState, overlay: Overlay): NavigationState {
	return {...state, overlays: [...state.overlays.slice(0, -1), overlay]};
}

const sameCursor = (a: Cursor, b: Cursor): boolean => a.selected === b.selected && a.offset === b.offset;

function withCursor(state: NavigationState, pane: PaneId, cursor: Cursor): NavigationState {
	return {...state, cursors: {...state.cursors, [pane]: cursor}};
}

const FOCUS: Partial<Record<Command, PaneId>> = {
	'focus-summary': 'summary',
	'focus-quotes': 'quotes',
	'focus-inventory': 'inventory',
	'focus-source': 'source',
};

function onDashboard(state: NavigationState, command: Command, extents: Extents): NavigationState {
	const focused = FOCUS[command];
	if (focused) return {...state, focus: focused};
	const index = PANES.indexOf(state.focus);
	switch (command) {
		case 'focus-next':
			return {...state, focus: PANES[(index + 1) % PANES.length]!};
		case 'focus-previous':
			return {...state, focus: PANES[(index + PANES.length - 1) % PANES.length]!};
		case 'open-detail':
			if (extents.panes[state.focus].count === 0) return state;
			return {...state, overlays: [...state.overlays, {kind: 'detail', pane: state.focus, scroll: 0}]};
		case 'open-help':
			return {...state, overlays: [...state.overlays, {kind: 'help', scroll: 0}]};
		case 'quit':
			return {...state, quitting: true};
		case 'search':
			// Like less: / starts a new search.
			return {...state, search: {query: '', target: -1}, overlays: [...state.overlays, {kind: 'search', scroll: 0}]};
		case 'next-match':
		case 'previous-match':
			return goToMatch(state, command === 'next-match' ? 1 : -1, extents);
		case 'clear-search':
			if (state.search.query !== '') return {...state, search: {query: '', target: -1}};
			return Object.keys(state.inventory.filter).length === 0 ? state : withInventory(state, {...state.inventory, filter: {}});
		case 'filter':
			return {...state, overlays: [...state.overlays, {kind: 'filter', selected: 0, scroll: -1}]};
		case 'sort-next':
		case 'sort-previous':
			return withInventory(state, {...state.inventory, sort: cycleSortColumn(state.inventory.sort, command === 'sort-next' ? 1 : -1)});
		case 'sort-invert':
			return withInventory(state, {...state.inventory, sort: invertSort(state.inventory.sort)});
		default: {
			const extent = extents.panes[state.focus];
			const before = state.cursors[state.focus];
			const cursor = moveCursor(before, command, extent);
			return sameCursor(cursor, before) ? state : withCursor(state, state.focus, cursor);
		}
	}
}

function onDetail(state: NavigationState, overlay: Overlay & {kind: 'detail'}, command: Command, extents: Extents): NavigationState {
	switch (command) {
		case 'close':
			return {...state, overlays: state.overlays.slice(0, -1)};
		case 'open-help':
			return {...state, overlays: [...state.overlays, {kind: 'help', scroll: 0}]};
		case 'next-entry':
		case 'previous-entry': {
			const extent = extents.panes[overlay.pane];
			const cursor = moveCursor(state.cursors[overlay.pane], command === 'next-entry' ? 'move-down' : 'move-up', extent);
			if (cursor.selected === state.cursors[overlay.pane].selected) return state;
			return replaceTop(withCursor(state, overlay.pane, cursor), {...overlay, scroll: 0});
		}
		default: {
			const scroll = scrollText(overlay.scroll, command, extents.overlay);
			return scroll === overlay.scroll ? state : replaceTop(state, {...overlay, scroll});
		}
	}
}

function onSource(state: NavigationState, overlay: Overlay & {kind: 'source'}, command: Command, extents: Extents): NavigationState {
	switch (command) {
		case 'close':
			return {...state, overlays: state.overlays.slice(0, -1)};
		case 'open-help':
			return {...state, overlays: [...state.overlays, {kind: 'help', scroll: 0}]};
		case 'next-span':
		case 'previous-span': {
			const span = Math.min(Math.max(overlay.span + (command === 'next-span' ? 1 : -1), 0), overlay.spans.length - 1);
			return span === overlay.span ? state : replaceTop(state, {...overlay, span, scroll: -1});
		}
		default: {
			const scroll = scrollText(overlay.scroll, command, extents.overlay);
			return scroll === overlay.scroll ? state : replaceTop(state, {...overlay, scroll});
		}
	}
}

/** Where the reader is, as a place in reading order (panes in order, then rows). */
const rank = (target: SearchTarget): number => PANES.indexOf(target.pane) * 1e9 + target.entry;

/**
 * n and N: the next or previous row the search found, wrapping around. From no current target, the first one at
 * or after the selection (going forward) or at or before it (going back), so the reader's own row comes first.
 */
function goToMatch(state: NavigationState, direction: 1 | -1 | 0, extents: Extents): NavigationState {
	const targets = extents.targets ?? [];
	if (state.search.query === '' || targets.length === 0) return state;
	let index: number;
	if (state.search.target >= 0 && state.search.target < targets.length && direction !== 0) {
		index = (state.search.target + direction + targets.length) % targets.length;
	} else {
		const here = rank({pane: state.focus, entry: state.cursors[state.focus].selected});
		index =
			direction !== -1
				? Math.max(0, targets.findIndex(target => rank(target) >= here))
				: targets.findLastIndex(target => rank(target) <= here);
		if (index < 0) index = targets.length - 1;
	}
	const target = targets[index]!;
	const cursor = settle({selected: target.entry, offset: state.cursors[target.pane].offset}, extents.panes[target.pane]);
	return {...withCursor(state, target.pane, cursor), focus: target.pane, search: {...state.search, target: index}};
}

/** A new filter or sort reorders the inventory: its selection starts again from the top. */
function withInventory(state: NavigationState, inventory: NavigationState['inventory']): NavigationState {
	return {...withCursor(state, 'inventory', {selected: 0, offset: 0}), inventory};
}

/** The filter menu: a list of options; toggling one is left to the view, which knows what each option is. */
function onFilter(state: NavigationState, overlay: Overlay & {kind: 'filter'}, command: Command, extents: Extents): NavigationState {
	// The options, not the lines: the menu's headings are the view's business, and it keeps the selection in view.
	const last = Math.max(0, (extents.options ?? 0) - 1);
	const moves: Partial<Record<Command, number>> = {'move-down': overlay.selected + 1, 'move-up': overlay.selected - 1, first: 0, last};
	const target = moves[command];
	if (target !== undefined) {
		const selected = Math.min(Math.max(target, 0), last);
		return selected === overlay.selected ? state : replaceTop(state, {...overlay, selected, scroll: -1});
	}
	switch (command) {
		case 'toggle-option':
			return {...state, request: {kind: 'toggle-filter', id: (state.request?.id ?? 0) + 1, option: overlay.selected}};
		case 'clear-filters':
			return withInventory(state, {...state.inventory, filter: {}});
		case 'close':
			return {...state, overlays: state.overlays.slice(0, -1)};
		default:
			return state;
	}
}

/** The search line: typing edits the query; Enter keeps it and goes to the first match; Esc drops it. */
function onSearch(state: NavigationState, command: Command, extents: Extents): NavigationState {
	const close = (next: NavigationState): NavigationState => ({...next, overlays: next.overlays.slice(0, -1)});
	switch (command) {
		case 'keep-search':
			if ((extents.targets ?? []).length === 0) return close({...state, search: {...state.search, target: -2}});
			return goToMatch(close(state), 1, extents);
		case 'cancel-search':
			return close({...state, search: {query: '', target: -1}});
		case 'delete-character':
			return {...state, search: {query: [...state.search.query].slice(0, -1).join(''), target: -1}};
		case 'clear-query':
			return {...state, search: {query: '', target: -1}};
		default:
			return state;
	}
}

function onHelp(state: NavigationState, overlay: Overlay & {kind: 'help'}, command: Command, extents: Extents): NavigationState {
	if (command === 'close') return {...state, overlays: state.overlays.slice(0, -1)};
	const scroll = scrollText(overlay.scroll, command, extents.overlay);
	return scroll === overlay.scroll ? state : replaceTop(state, {...overlay, scroll});
}

/**
 * A click on the dashboard focuses the pane and selects the entry clicked; a click on the selection opens it, so
 * two clicks on a row read it in detail. Clicks do nothing while a layer is over the dashboard.
 */
function onClick(state: NavigationState, pane: PaneId, entry: number | undefined, extents: Extents): NavigationState {
	if (activeLayer(state) !== 'dashboard') return state;
	const extent = extents.panes[pane];
	const cursor = settle(state.cursors[pane], extent);
	if (entry === undefined || entry >= extent.count) return state.focus === pane ? state : {...state, focus: pane};
	if (state.focus === pane && cursor.selected === entry) return onDashboard(state, 'open-detail', extents);
	return {...withCursor(state, pane, settle({selected: entry, offset: cursor.offset}, extent)), focus: pane};
}

/** The wheel scrolls what is under the pointer: a pane (focused or not) or the text of the layer on top. */
function onWheel(state: NavigationState, over: PaneId | 'overlay', direction: 1 | -1, extents: Extents): NavigationState {
	const layer = activeLayer(state);
	const top = state.overlays.at(-1);
	if (over !== 'overlay') {
		// The panes are only on screen under the dashboard itself and the search line.
		if (layer !== 'dashboard' && layer !== 'search') return state;
		const before = state.cursors[over];
		const cursor = scrollWindow(before, direction * WHEEL_LINES, extents.panes[over]);
		return sameCursor(cursor, before) ? state : withCursor(state, over, cursor);
	}
	if (!top || top.kind === 'search') return state;
	// The filter menu is a short list of options: the wheel moves through them, one a notch.
	if (top.kind === 'filter') return onFilter(state, top, direction > 0 ? 'move-down' : 'move-up', extents);
	const scroll = scrollTextBy(top.scroll, direction * WHEEL_LINES, extents.overlay);
	return scroll === top.scroll ? state : replaceTop(state, {...top, scroll});
}

/**
 * The whole of sitrep's navigation: which pane has focus, what is selected and scrolled, which layers are open.
 * Pure, so every key's effect is tested without a terminal. Unchanged state is returned as the same object, so a
 * key that does nothing renders nothing.
 */
export function navigate(state: NavigationState, action: NavigationAction): NavigationState {
	if (action.type === 'refit') return refit(state, action.extents);
	if (action.type === 'set-filter') return withInventory(state, {...state.inventory, filter: action.filter});
	if (action.type === 'found') {
		return state.search.target === -2 && (action.extents.targets ?? []).length > 0 ? goToMatch(state, 0, action.extents) : state;
	}
	if (action.type === 'click') return onClick(state, action.pane, action.entry, action.extents);
	if (action.type === 'wheel') return onWheel(state, action.over, action.direction, action.extents);
	if (action.type === 'open-source') {
		if (action.spans.length === 0) return state;
		return {...state, overlays: [...state.overlays, {kind: 'source', spans: action.spans, span: 0, scroll: -1}]};
	}
	if (action.type === 'key') {
		const layer = activeLayer(state);
		const command = commandFor(layer, action.key);
		// In a text-input layer, a printable key that is not bound there is typed (global keys are all chords).
		const printable = [...action.key].length === 1 && action.key >= ' ';
		if (TEXT_INPUT_LAYERS.includes(layer) && printable && command === undefined) {
			return {...state, search: {query: state.search.query + action.key, target: -1}};
		}
		return command === undefined ? state : navigate(state, {type: 'command', command, extents: action.extents});
	}
	const {command, extents} = action;
	if (command === 'quit-now') return {...state, quitting: true};
	if (command === 'copy' || command === 'jump-to-source' || command === 'open-link') return {...state, request: {kind: command, id: (state.request?.id ?? 0) + 1}};
	const top = state.overlays.at(-1);
	switch (activeLayer(state)) {
		case 'detail':
			return onDetail(state, top as Overlay & {kind: 'detail'}, command, extents);
		case 'help':
			return onHelp(state, top as Overlay & {kind: 'help'}, command, extents);
		case 'source':
			return onSource(state, top as Overlay & {kind: 'source'}, command, extents);
		case 'search':
			return onSearch(state, command, extents);
		case 'filter':
			return onFilter(state, top as Overlay & {kind: 'filter'}, command, extents);
		default:
			return onDashboard(state, command, extents);
	}
}

function refit(state: NavigationState, extents: Extents): NavigationState {
	let next = state;
	for (const pane of PANES) {
		const cursor = settle(state.cursors[pane], extents.panes[pane]);
		if (!sameCursor(cursor, state.cursors[pane])) next = withCursor(next, pane, cursor);
	}
	const top = next.overlays.at(-1);
	if (top && top.scroll >= 0) {
		const scroll = Math.min(top.scroll, Math.max(0, extents.overlay.count - extents.overlay.available));
		if (scroll !== top.scroll) next = replaceTop(next, {...top, scroll});
	}
	return next;
}
