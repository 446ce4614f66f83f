import {Box, useApp, useInput, useStdout} from 'ink';
import {useRowRequests} from './useRowRequests.js';
import {usePreparedSearch} from './usePreparedSearch.js';
import {useTerminalSize} from './useTerminalSize.js';
import {useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState} from 'react';
import type {Briefing} from '../briefing/schema.js';
import {useTerminalControl} from './TerminalControl.js';
import {CLEAR_SCREEN} from '../app/terminal-modes.js';
import {commandFor} from '../keymap/keymap.js';
import {keyNamesOf} from '../keymap/keys.js';
import {parseMouse, type MouseEvent} from '../mouse/sgr.js';
import {hitTest} from '../view-model/hit-test.js';
import {navigate} from '../navigation/reducer.js';
import {activeLayer, initialNavigation, PANE_TITLES, type NavigationState, type PaneId} from '../navigation/state.js';
import {searchFound, type SearchFound} from '../search/index.js';
import {compileQuery} from '../search/query.js';
import {settle} from '../navigation/window.js';
import {dashboardModel, extentsOf, paneExtent, type DashboardModel} from '../view-model/dashboard.js';
import {detailLines, detailTitle} from '../view-model/detail.js';
import {helpLines} from '../view-model/help.js';
import {filterMenuLines, filterMenuOptions, type FilterOption} from '../view-model/filter-menu.js';
import {describeFilter, describeSort, inventoryView, toggleFilter} from '../view-model/inventory-view.js';
import {sourceView} from '../view-model/source.js';
import {layoutFor, PANE_CHROME, type Layout} from '../view-model/layout.js';
import type {Line} from '../view-model/styled.js';
import {Header} from './Header.js';
import {TextOverlay} from './overlays/TextOverlay.js';
import {Pane} from './panes/Pane.js';
import {StatusBar} from './StatusBar.js';
import {TabStrip} from './TabStrip.js';
import {TooSmall} from './TooSmall.js';

type Props = {
	briefing: Briefing;
	initialFocus?: PaneId;
	/** Mouse reporting is on (`--mouse`): the help says so. Reports are read whether or not it is. */
	mouse?: boolean;
	/** Test-only: throw while rendering, shortly after the first frame. */
	crashForTest?: boolean;
};


type OverlayView = {title: string; lines: Line[]; /** Where an automatic scroll (-1) stands. */ anchor?: number};

const NOTICE_MS = 4000;
const NOTHING_FOUND: SearchFound = {matches: 0, rows: []};
/** Layouts whose models are kept: the dashboard's and the Source pane's, and a resize or two. */
const MODELS_KEPT = 4;

/** The inventory as shown (filtered and sorted), and the filter menu's options. */
type InventoryShown = {indexes: number[]; options: FilterOption[]};

/** The briefing's own index of what a pane shows at `row`: inventory rows are filtered and sorted. */
const entryAt = (pane: PaneId, row: number, shown: InventoryShown): number => (pane === 'inventory' ? (shown.indexes[row] ?? -1) : row);

function overlayView(briefing: Briefing, state: NavigationState, model: DashboardModel, width: number, shown: InventoryShown, mouse: boolean): OverlayView | undefined {
	const top = state.overlays.at(-1);
	// The search line is drawn in the status bar, over the dashboard.
	if (!top || top.kind === 'search') return undefined;
	if (top.kind === 'help') {
		const below = state.overlays.at(-2);
		return {title: 'Keys', lines: helpLines(below ? below.kind : 'dashboard', width, false, mouse)};
	}
	if (top.kind === 'source') {
		const {lines, anchors} = sourceView(briefing, width, top.spans, top.span);
		const span = top.spans[top.span]!;
		const where = span.paragraph === 0 ? 'the headline' : `¶${span.paragraph}`;
		const count = top.spans.length > 1 ? ` · passage ${top.span + 1} of ${top.spans.length}` : '';
		// Two lines of context above the marked passage.
		return {title: `Source · ${where}${count}`, lines, anchor: Math.max(0, (anchors[top.span] ?? 0) - 2)};
	}
	if (top.kind === 'filter') {
		const {lines, lineOf} = filterMenuLines(shown.options, top.selected, width);
		const active = describeFilter(state.inventory.filter);
		const title = `Filter the inventory · ${shown.indexes.length} of ${briefing.inventory.length} shown${active ? ` · ${active}` : ''}`;
		return {title, lines, anchor: Math.max(0, (lineOf[top.selected] ?? 0) - 2)};
	}
	const index = entryAt(top.pane, settle(state.cursors[top.pane], paneExtent(model.panes[top.pane])).selected, shown);
	return {title: detailTitle(briefing, top.pane, index, model.summary), lines: detailLines(briefing, top.pane, index, width, model.summary)};
}


/** "Quotes 3/14": the focused pane and the selection, for the right of the status bar. */
function whereText(state: NavigationState, model: DashboardModel | undefined): string {
	if (!model) return '';
	const extent = paneExtent(model.panes[state.focus]);
	const {selected} = settle(state.cursors[state.focus], extent);
	return `${PANE_TITLES[state.focus]} ${extent.count === 0 ? 0 : selected + 1}/${extent.count}`;
}

/**
 * Hides panes that stay mounted under an overlay or the Source pane. Collapsed to no height with their overflow
 * clipped rather than `display: none`: Yoga forgets the layout of a node that is not displayed, so showing the
 * dashboard again laid out every pane and measured every text anew (6 ms of the 10 ms that closing the help took),
 * while a collapsed box keeps its children's layout, and Ink (patched) skips drawing a box clipped to nothing.
 */
const collapsedWhen = (hidden: boolean) => (hidden ? {height: 0, overflow: 'hidden' as const} : {});

/**
 * The dashboard. Data flows one way: the briefing and the terminal size make a view model (once per change),
 * keys go through the keymap to the navigation reducer, and the components draw the state.
 */
export function App({briefing, initialFocus = 'summary', mouse = false, crashForTest = false}: Props) {
	const {exit} = useApp();
	const control = useTerminalControl();
	const {write} = useStdout();
	// Ink's own write clears its frame, writes ours and draws the whole frame again: a redraw from scratch.
	const redraw = useCallback(() => write(CLEAR_SCREEN), [write]);
	useEffect(() => control.onRedrawNeeded(redraw), [control, redraw]);
	const [crashing, setCrashing] = useState(false);
	useEffect(() => {
		if (!crashForTest) return;
		const timer = setTimeout(() => setCrashing(true), 200);
		return () => clearTimeout(timer);
	}, [crashForTest]);
	if (crashing) throw new Error('test crash (SITREP_TEST_CRASH=render)');
	const {columns, rows} = useTerminalSize();
	const [state, dispatch] = useReducer(navigate, initialFocus, initialNavigation);
	const layout: Layout = layoutFor(columns, rows, state.focus);
	const layoutKey = `${layout.kind}:${columns}x${rows}`;
	// The layout key holds everything the model depends on besides the briefing; a focus change in tabs is not one.
	const {filter, sort} = state.inventory;
	// Unfiltered and in article order, the inventory is shown as it is: nothing to compute at start-up, which
	// matters with ten thousand items. The counts and options are made only while the filter menu is open.
	const menuOpen = state.overlays.some(overlay => overlay.kind === 'filter');
	const plainOrder = Object.keys(filter).length === 0 && sort.column === 'Order' && !sort.descending;
	const inventory = useMemo(
		() => (plainOrder ? {indexes: briefing.inventory.map((_, index) => index)} : inventoryView(briefing.inventory, filter, sort)),
		[briefing, filter, sort, plainOrder],
	);
	/** The filter menu's options, each with how many items it would show: made only when the menu needs them. */
	const menuOptions = () => filterMenuOptions(briefing, filter, inventoryView(briefing.inventory, filter, sort).counts);
	const shown = useMemo<InventoryShown>(
		() => ({indexes: inventory.indexes, options: menuOpen ? menuOptions() : []}),
		[briefing, filter, sort, inventory, menuOpen],
	);
	// Tab into the Source pane and out again switches the layout to one pane and back: the models of layouts already
	// seen are kept for the same data, so coming back does not wrap and fit everything again.
	const models = useMemo(() => new Map<string, DashboardModel>(), [briefing, inventory]);
	const modelFor = (key: string, shape: Layout & {kind: 'wide' | 'split' | 'tabs'}): DashboardModel => {
		const kept = models.get(key);
		if (kept) return kept;
		const made = dashboardModel(briefing, shape, inventory.indexes);
		if (models.size >= MODELS_KEPT) models.clear();
		models.set(key, made);
		return made;
	};
	const model = useMemo(() => (layout.kind === 'too-small' ? undefined : modelFor(layoutKey, layout)), [models, layoutKey]);
	// The Source pane takes the whole body even where the dashboard's panes fit. Those stay mounted under it,
	// hidden, so that Tab or a number key back to them does not build them all again.
	const beside = state.focus === 'source' && layout.kind === 'tabs' ? layoutFor(columns, rows, 'summary') : layout;
	const dashboard = beside.kind === 'wide' || beside.kind === 'split' ? beside : undefined;
	const dashboardKey = dashboard ? `${dashboard.kind}:${columns}x${rows}` : '';
	const dashboardShown = useMemo(() => (dashboard ? modelFor(dashboardKey, dashboard) : undefined), [models, dashboardKey]);
	const overlayWidth = Math.max(1, columns - PANE_CHROME.columns);
	// The Source pane's layout and the help are made while the reader looks at the first frame, not when Tab, 4 or ?
	// first asks for them: wrapping the whole article or every key's description is the most work a key sets off.
	// So is the rest of the summary, which the first frame leaves unwrapped below the entries in view: left to the
	// keys, the collections that follow the start (the first mark-compact among them) fell in the first key instead
	// of here. Once per size: a new filter or sort makes new models too, but building one each time the filter
	// changes would compete with the next key for a layout the reader may never open.
	useEffect(() => {
		const timer = setTimeout(() => {
			for (const entry of model?.summary ?? []) void entry.lines;
			const source = layoutFor(columns, rows, 'source');
			if (source.kind === 'tabs') {
				// Its paragraphs are wrapped when first read (source.ts); read them all now, while nothing else is asked for.
				const content = modelFor(`${source.kind}:${columns}x${rows}`, source).panes.source;
				if (content.kind === 'entries') for (let index = 0; index < content.entries.length; index++) content.entries.at(index);
			}
			helpLines('dashboard', overlayWidth, false, mouse);
		}, 0);
		return () => clearTimeout(timer);
	}, [columns, rows, overlayWidth, mouse]);
	const overlayHeight = layout.kind === 'too-small' ? rows : layout.body;
	const top = state.overlays.at(-1);
	const topCursor = top?.kind === 'detail' ? state.cursors[top.pane].selected : -1;
	const topSpans = top?.kind === 'source' ? top.spans : undefined;
	const topSpan = top?.kind === 'source' ? top.span : -1;
	const topOption = top?.kind === 'filter' ? top.selected : -1;
	const overlay = useMemo(
		() => (model ? overlayView(briefing, state, model, overlayWidth, shown, mouse) : undefined),
		[briefing, model, top?.kind, top?.kind === 'detail' ? top.pane : '', topCursor, topSpans, topSpan, topOption, shown, state.overlays.at(-2)?.kind, overlayWidth, mouse],
	);
	const {query} = state.search;
	usePreparedSearch(briefing, activeLayer(state) === 'search');
	const compiled = useMemo(() => (query === '' ? undefined : compileQuery(query)), [query]);
	const found = useMemo(() => (compiled === undefined ? NOTHING_FOUND : searchFound(briefing, compiled)), [briefing, compiled]);
	// Inventory matches point at items; n/N go to their rows, and skip items the filter hides. Shown whole and in
	// article order, an item's row is its index and nothing is mapped. Otherwise the map is made once per order and
	// filter while a search is on, not again for every letter typed; and not at all without a search, so the first
	// frame does no work for it, whatever the inventory's size.
	const searching = compiled !== undefined;
	const rowOfItem = useMemo(() => {
		if (!searching || plainOrder) return undefined;
		const rows = new Int32Array(briefing.inventory.length).fill(-1);
		for (const [row, item] of inventory.indexes.entries()) rows[item] = row;
		return rows;
	}, [briefing, inventory, plainOrder, searching]);
	const targets = useMemo(() => {
		if (found.rows.length === 0) return NOTHING_FOUND.rows;
		// No map, no placing: the rows found are the targets as they are (placing them anyway cost the first letter of
		// a search on a large briefing 9 ms of its 31 on the development machine, by a CPU profile).
		if (rowOfItem === undefined) return found.rows;
		const placed: typeof found.rows = [];
		for (const target of found.rows) {
			if (target.pane !== 'inventory') placed.push(target);
			else if (rowOfItem[target.entry]! >= 0) placed.push({pane: 'inventory', entry: rowOfItem[target.entry]!});
		}
		return placed;
	}, [found, rowOfItem]);
	const extents = useMemo(
		() =>
			model
				? {
						...extentsOf(model, {count: overlay?.lines.length ?? 0, available: Math.max(1, overlayHeight - PANE_CHROME.lines), anchor: overlay?.anchor}),
						targets,
						options: shown.options.length,
					}
				: undefined,
		[model, overlay, overlayHeight, targets, shown],
	);

	// The reducer re-fits selections when the screen or the data changes, so the next key starts from what is seen.
	useEffect(() => {
		if (extents) dispatch({type: 'refit', extents});
	}, [extents]);

	const extentsRef = useRef(extents);
	extentsRef.current = extents;
	const stateRef = useRef(state);
	stateRef.current = state;
	// What is on screen, for finding what a mouse event points at.
	const screenRef = useRef({layout, model, overlay: overlay !== undefined});
	screenRef.current = {layout, model, overlay: overlay !== undefined};

	const onMouse = (event: MouseEvent) => {
		const extents = extentsRef.current;
		if (!extents || event.kind === 'release' || (event.kind === 'press' && event.button !== 'left')) return;
		const {layout, model, overlay} = screenRef.current;
		const {focus, cursors} = stateRef.current;
		const hit = hitTest(layout, model, {focus, cursors, overlay}, event.column, event.row);
		if (event.kind === 'wheel') {
			const direction = event.direction === 'down' ? 1 : -1;
			if (hit.kind === 'pane') dispatch({type: 'wheel', over: hit.pane, direction, extents});
			if (hit.kind === 'overlay') dispatch({type: 'wheel', over: 'overlay', direction, extents});
			return;
		}
		if (hit.kind === 'tab') dispatch({type: 'click', pane: hit.pane, extents});
		if (hit.kind === 'pane') dispatch({type: 'click', pane: hit.pane, entry: hit.entry, extents});
	};

	// A line for the status bar that says what a key did (a copy), shown for a few seconds.
	const [notice, setNotice] = useState<string | undefined>(undefined);
	useEffect(() => {
		if (notice === undefined) return;
		const timer = setTimeout(() => setNotice(undefined), NOTICE_MS);
		return () => clearTimeout(timer);
	}, [notice]);

	/** The row y, s and o act on: the detail that is open, else the focused pane's selection. */
	const selection = (): {pane: PaneId; index: number} => {
		const current = stateRef.current;
		const top = current.overlays.at(-1);
		const pane = top?.kind === 'detail' ? top.pane : current.focus;
		return {pane, index: model ? entryAt(pane, settle(current.cursors[pane], paneExtent(model.panes[pane])).selected, shown) : 0};
	};

	useRowRequests(state.request, {briefing, dispatch, setNotice, selection, summary: model?.summary ?? []});

	useInput((input, key) => {
		// A mouse report is one input event; read as keys, its characters would type "[<0;12;5M".
		const mouseEvent = parseMouse(input);
		if (mouseEvent) {
			onMouse(mouseEvent);
			return;
		}
		const current = extentsRef.current;
		for (const name of keyNamesOf(input, key)) {
			// Redraw and suspend act on the terminal, not on navigation, and work in every layer.
			const global = commandFor('global', name);
			if (global === 'redraw') {
				redraw();
				continue;
			}
			if (global === 'suspend') {
				control.suspend();
				continue;
			}
			if (current) {
				dispatch({type: 'key', key: name, extents: current});
				continue;
			}
			// Too small to draw the dashboard: the only thing to do is leave.
			const command = commandFor('dashboard', name);
			if (command === 'quit' || command === 'quit-now') exit();
		}
	});

	useEffect(() => {
		if (state.quitting) exit();
	}, [state.quitting, exit]);

	// The filter menu's options are this view's own; the other requests are the rows' (useRowRequests). Layout
	// effects, like that one's, so a key and what follows from it are drawn in one frame.
	const requestId = state.request?.id;
	useLayoutEffect(() => {
		const request = state.request;
		if (request?.kind !== 'toggle-filter') return;
		// Space and the key that closes the menu, typed together, arrive as one batch: the menu is closed by the time
		// this runs and has no options made, so they are made here, from the filter the toggle was pressed on.
		const options = menuOpen ? shown.options : menuOptions();
		const option = options[request.option];
		if (option) dispatch({type: 'set-filter', filter: toggleFilter(filter, option.kind, option.value as never)});
	}, [requestId]);

	useLayoutEffect(() => {
		if (extents && state.search.target === -2) dispatch({type: 'found', extents});
	}, [extents, state.search.target]);

	if (layout.kind === 'too-small' || !model) return <TooSmall columns={columns} rows={rows} />;

	const where = whereText(state, model);
	const inventoryNote = [describeFilter(filter), sort.column === 'Order' && !sort.descending ? '' : describeSort(sort)].filter(Boolean).join(' · ');
	const paneOf = (pane: PaneId, shape: Layout & {kind: 'wide' | 'split' | 'tabs'}, content: DashboardModel) => (
		<Pane
			key={pane}
			pane={pane}
			content={content.panes[pane]}
			cursor={state.cursors[pane]}
			focused={state.focus === pane}
			width={shape.panes[pane]!.width}
			height={shape.panes[pane]!.height}
			query={compiled}
			note={pane === 'inventory' ? inventoryNote : undefined}
		/>
	);
	// Summary and Quotes share a column when wide (Inventory beside them) and a row when split (Inventory below).
	const panes = (
		<>
			{layout.kind === 'tabs' && paneOf(state.focus, layout, model)}
			{dashboard && dashboardShown && (
				<Box {...collapsedWhen(layout.kind === 'tabs')} flexDirection={dashboard.kind === 'split' ? 'column' : 'row'}>
					<Box flexDirection={dashboard.kind === 'split' ? 'row' : 'column'}>
						{(['summary', 'quotes'] as const).map(pane => paneOf(pane, dashboard, dashboardShown))}
					</Box>
					{paneOf('inventory', dashboard, dashboardShown)}
				</Box>
			)}
		</>
	);

	return (
		<Box flexDirection="column" width={columns} height={rows - 1}>
			<Header briefing={briefing} width={columns} lines={layout.header} />
			{layout.kind === 'tabs' && !overlay && <TabStrip focus={state.focus} width={columns} />}
			{overlay && top && (
				<TextOverlay
					title={overlay.title}
					lines={overlay.lines}
					scroll={top.scroll < 0 ? (overlay.anchor ?? 0) : top.scroll}
					width={columns}
					height={layout.body}
					query={compiled}
				/>
			)}
			{/* Hidden under an overlay rather than unmounted: closing a detail or the help then shows the panes as
			    they were, where mounting them again cost more than anything else a key does. */}
			<Box {...collapsedWhen(Boolean(overlay && top))} flexDirection="column" flexShrink={0}>
				{panes}
			</Box>
			<StatusBar
				layer={activeLayer(state)}
				width={columns}
				where={where}
				notice={notice}
				search={query === '' && activeLayer(state) !== 'search' ? undefined : {query, rows: targets.length, matches: found.matches, current: state.search.target}}
			/>
		</Box>
	);
}
