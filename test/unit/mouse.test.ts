import {describe, expect, it} from 'vitest';
import {keyNamesOf} from '../../source/keymap/keys.js';
import {WHEEL_LINES} from '../../source/keymap/keymap.js';
import {parseMouse} from '../../source/mouse/sgr.js';
import {navigate} from '../../source/navigation/reducer.js';
import {activeLayer, initialNavigation, type Extents, type NavigationState} from '../../source/navigation/state.js';
import {scrollWindow} from '../../source/navigation/window.js';
import {seedBriefing} from '../e2e/support.js';
import {dashboardModel, extentsOf, paneExtent} from '../../source/view-model/dashboard.js';
import {hitTest} from '../../source/view-model/hit-test.js';
import {layoutFor} from '../../source/view-model/layout.js';
import {tabStrip} from '../../source/view-model/tabs.js';

const noKey = {} as Parameters<typeof keyNamesOf>[1];

describe('SGR mouse reports', () => {
	it('reads presses, releases and the wheel, with cells counted from 0', () => {
		expect(parseMouse('\u001B[<0;1;1M')).toEqual({kind: 'press', button: 'left', column: 0, row: 0});
		expect(parseMouse('\u001B[<2;40;12M')).toEqual({kind: 'press', button: 'right', column: 39, row: 11});
		expect(parseMouse('\u001B[<0;40;12m')).toEqual({kind: 'release', column: 39, row: 11});
		expect(parseMouse('\u001B[<64;5;6M')).toEqual({kind: 'wheel', direction: 'up', column: 4, row: 5});
		expect(parseMouse('\u001B[<65;5;6M')).toEqual({kind: 'wheel', direction: 'down', column: 4, row: 5});
		// Far beyond column 223, where the legacy encoding gives up.
		expect(parseMouse('\u001B[<0;300;80M')).toEqual({kind: 'press', button: 'left', column: 299, row: 79});
	});

	it('reads them as Ink hands them over, without the ESC', () => {
		expect(parseMouse('[<0;10;5M')).toEqual({kind: 'press', button: 'left', column: 9, row: 4});
	});

	it('takes a click with Shift, Alt or Ctrl held as a click', () => {
		expect(parseMouse('\u001B[<4;3;3M')).toMatchObject({kind: 'press', button: 'left'});
		expect(parseMouse('\u001B[<16;3;3M')).toMatchObject({kind: 'press', button: 'left'});
		expect(parseMouse('\u001B[<81;3;3M')).toMatchObject({kind: 'wheel', direction: 'down'});
	});

	it('ignores motion, extra buttons and everything that is not a mouse report', () => {
		expect(parseMouse('\u001B[<32;3;3M')).toBeUndefined();
		expect(parseMouse('\u001B[<35;3;3M')).toBeUndefined();
		expect(parseMouse('\u001B[<128;3;3M')).toBeUndefined();
		expect(parseMouse('\u001B[<0;0;3M')).toBeUndefined();
		for (const input of ['j', '<', '[A', '\u001B[A', '[<0;1M', '[<0;1;1', '[<a;1;1M', '[<0;1;1Mj']) expect(parseMouse(input)).toBeUndefined();
	});

	it('never turns a report into keys, where "<" alone would sort the inventory', () => {
		expect(keyNamesOf('[<0;10;5M', noKey)).toEqual([]);
		expect(keyNamesOf('[<65;10;5M', noKey)).toEqual([]);
		expect(keyNamesOf('<', noKey)).toEqual(['<']);
	});
});

describe('the wheel over a list', () => {
	const quotes = {count: 14, available: 5};

	it('moves the window and keeps the selection while it is in view', () => {
		expect(scrollWindow({selected: 3, offset: 0}, 3, quotes)).toEqual({selected: 3, offset: 3});
		expect(scrollWindow({selected: 6, offset: 6}, -3, quotes)).toEqual({selected: 6, offset: 3});
	});

	it('carries the selection at the edge of the window, so the window does not snap back to it', () => {
		expect(scrollWindow({selected: 0, offset: 0}, 3, quotes)).toEqual({selected: 3, offset: 3});
		expect(scrollWindow({selected: 13, offset: 9}, -3, quotes)).toEqual({selected: 10, offset: 6});
	});

	it('stops at either end', () => {
		expect(scrollWindow({selected: 9, offset: 8}, 3, quotes)).toEqual({selected: 9, offset: 9});
		expect(scrollWindow({selected: 2, offset: 0}, -3, quotes)).toEqual({selected: 2, offset: 0});
		expect(scrollWindow({selected: 0, offset: 0}, 3, {count: 0, available: 5})).toEqual({selected: 0, offset: 0});
	});

	it('counts lines, not entries, and moves at least one entry', () => {
		// Rows two lines tall: three lines is two rows.
		expect(scrollWindow({selected: 3, offset: 0}, 3, {count: 20, available: 8, heightOf: () => 2})).toEqual({selected: 3, offset: 2});
		// An entry taller than the step is still passed, and the selection goes with it.
		expect(scrollWindow({selected: 0, offset: 0}, 3, {count: 5, available: 6, heightOf: () => 5})).toEqual({selected: 1, offset: 1});
	});
});

const extents = (): Extents => ({
	panes: {
		summary: {count: 6, available: 12, heightOf: index => (index === 2 ? 5 : 2)},
		quotes: {count: 14, available: 5},
		inventory: {count: 9, available: 8, heightOf: () => 2},
		source: {count: 7, available: 10, heightOf: () => 3},
	},
	overlay: {count: 40, available: 10},
});

describe('clicks and the wheel in navigation', () => {
	const click = (state: NavigationState, pane: NavigationState['focus'], entry?: number) => navigate(state, {type: 'click', pane, entry, extents: extents()});
	const wheel = (state: NavigationState, over: NavigationState['focus'] | 'overlay', direction: 1 | -1) => navigate(state, {type: 'wheel', over, direction, extents: extents()});

	it('focuses the pane clicked and selects the entry clicked', () => {
		const state = click(initialNavigation(), 'quotes', 3);
		expect(state.focus).toBe('quotes');
		expect(state.cursors.quotes.selected).toBe(3);
		expect(state.overlays).toEqual([]);
	});

	it('opens the detail when the selection is clicked again', () => {
		const state = click(click(initialNavigation(), 'quotes', 3), 'quotes', 3);
		expect(activeLayer(state)).toBe('detail');
		expect(state.overlays.at(-1)).toMatchObject({kind: 'detail', pane: 'quotes'});
	});

	it('does not open a row that was selected while its pane had no focus', () => {
		const state = click(initialNavigation(), 'quotes', 0);
		expect(state.focus).toBe('quotes');
		expect(state.overlays).toEqual([]);
	});

	it('focuses without selecting on a border or a tab, and ignores a row past the end', () => {
		const onBorder = click(initialNavigation(), 'inventory');
		expect(onBorder.focus).toBe('inventory');
		expect(onBorder.cursors.inventory.selected).toBe(0);
		const past = click(initialNavigation(), 'inventory', 30);
		expect(past.cursors.inventory.selected).toBe(0);
		const same = initialNavigation();
		expect(click(same, 'summary')).toBe(same);
	});

	it('does nothing on a click while a layer is over the dashboard', () => {
		const help = navigate(initialNavigation(), {type: 'command', command: 'open-help', extents: extents()});
		expect(click(help, 'quotes', 2)).toBe(help);
		const searching = navigate(initialNavigation(), {type: 'command', command: 'search', extents: extents()});
		expect(click(searching, 'quotes', 2)).toBe(searching);
	});

	it('scrolls the pane under the pointer and leaves the focus where it is', () => {
		const state = wheel(initialNavigation(), 'quotes', 1);
		expect(state.focus).toBe('summary');
		expect(state.cursors.quotes).toEqual({selected: WHEEL_LINES, offset: WHEEL_LINES});
		expect(wheel(state, 'quotes', -1).cursors.quotes).toEqual({selected: WHEEL_LINES, offset: 0});
		const top = initialNavigation();
		expect(wheel(top, 'quotes', -1)).toBe(top);
	});

	it('scrolls the panes under the search line, which covers none of them', () => {
		const searching = navigate(initialNavigation(), {type: 'command', command: 'search', extents: extents()});
		expect(wheel(searching, 'quotes', 1).cursors.quotes.offset).toBe(WHEEL_LINES);
	});

	it('scrolls the text of a detail or the help, and not the panes under it', () => {
		const help = navigate(initialNavigation(), {type: 'command', command: 'open-help', extents: extents()});
		expect(wheel(help, 'overlay', 1).overlays.at(-1)).toMatchObject({kind: 'help', scroll: WHEEL_LINES});
		expect(wheel(help, 'quotes', 1)).toBe(help);
		expect(wheel(help, 'overlay', -1)).toBe(help);
	});

	it('starts from where the source view put its passage', () => {
		const source = navigate(initialNavigation(), {type: 'open-source', spans: [{paragraph: 3, start: 0, end: 4}]});
		const scrolled = navigate(source, {type: 'wheel', over: 'overlay', direction: 1, extents: {...extents(), overlay: {count: 40, available: 10, anchor: 12}}});
		expect(scrolled.overlays.at(-1)).toMatchObject({kind: 'source', scroll: 12 + WHEEL_LINES});
	});

	it('moves through the filter menu one option a notch', () => {
		const menu = navigate(initialNavigation(), {type: 'command', command: 'filter', extents: {...extents(), options: 6}});
		const next = navigate(menu, {type: 'wheel', over: 'overlay', direction: 1, extents: {...extents(), options: 6}});
		expect(next.overlays.at(-1)).toMatchObject({kind: 'filter', selected: 1});
	});
});

describe('what is under the pointer', () => {
	const briefing = seedBriefing();
	const at = (columns: number, rows: number, focus: NavigationState['focus'] = 'summary', overlay = false) => {
		const layout = layoutFor(columns, rows, focus);
		if (layout.kind === 'too-small') throw new Error('too small');
		const model = dashboardModel(briefing, layout);
		const cursors = initialNavigation().cursors;
		return {layout, model, hit: (column: number, row: number) => hitTest(layout, model, {focus, cursors, overlay}, column, row)};
	};

	it('finds the panes of the split layout and the row on each line', () => {
		const {layout, model, hit} = at(100, 30);
		const top = layout.header;
		const {summary, quotes} = layout.panes as Required<typeof layout.panes>;
		// Header and status bar are nothing to click.
		expect(hit(3, 0)).toEqual({kind: 'none'});
		expect(hit(3, 29)).toEqual({kind: 'none'});
		// The top border focuses without selecting; the first line inside is the first entry.
		expect(hit(3, top)).toEqual({kind: 'pane', pane: 'summary'});
		expect(hit(3, top + 1)).toEqual({kind: 'pane', pane: 'summary', entry: 0});
		// The summary's first entry (the headline) is as tall as its wrapped lines.
		const headline = model.panes.summary.kind === 'entries' ? model.panes.summary.entries.at(0)!.lines.length : 0;
		expect(hit(3, top + 1 + headline)).toEqual({kind: 'pane', pane: 'summary', entry: 1});
		expect(hit(summary.width, top + 3)).toEqual({kind: 'pane', pane: 'quotes', entry: 2});
		expect(hit(summary.width + quotes.width - 1, top + 1)).toEqual({kind: 'pane', pane: 'quotes', entry: 0});
		// Below the last quote, inside the frame: the pane, no row.
		expect(hit(summary.width + 5, top + 1 + 8)).toEqual({kind: 'pane', pane: 'quotes'});
	});

	it('finds inventory rows under the table heading, a separator counting for the row below it', () => {
		const {layout, hit} = at(100, 30);
		const inside = layout.header + layout.panes.summary!.height + 1;
		expect(hit(10, inside)).toEqual({kind: 'pane', pane: 'inventory'});
		expect(hit(10, inside + 1)).toEqual({kind: 'pane', pane: 'inventory'});
		expect(hit(10, inside + 2)).toEqual({kind: 'pane', pane: 'inventory', entry: 0});
		expect(hit(10, inside + 3)).toEqual({kind: 'pane', pane: 'inventory', entry: 0});
		expect(hit(10, inside + 5)).toEqual({kind: 'pane', pane: 'inventory', entry: 1});
		const shown = Math.floor((layout.panes.inventory!.height - 2 - 3) / 2);
		expect(hit(10, inside + 3 + 2 * shown)).toEqual({kind: 'pane', pane: 'inventory'});
	});

	it('finds the panes of the wide layout: Summary over Quotes, Inventory beside them', () => {
		const {layout, hit} = at(200, 50);
		if (layout.kind !== 'wide') throw new Error(layout.kind);
		const top = layout.header;
		const {summary} = layout.panes as Required<typeof layout.panes>;
		expect(hit(0, top + summary.height + 1)).toEqual({kind: 'pane', pane: 'quotes', entry: 0});
		expect(hit(summary.width, top + 1)).toEqual({kind: 'pane', pane: 'inventory'});
		expect(hit(199, top + 4)).toEqual({kind: 'pane', pane: 'inventory', entry: 0});
	});

	it('finds the tabs of the narrow layout where they are drawn', () => {
		const {layout, hit} = at(50, 30, 'quotes');
		const tabs = tabStrip('quotes', 50);
		for (const tab of tabs) {
			expect(hit(tab.start, layout.header)).toEqual({kind: 'tab', pane: tab.pane});
			expect(hit(tab.start + tab.width - 1, layout.header)).toEqual({kind: 'tab', pane: tab.pane});
		}
		expect(hit(tabs.at(-1)!.start + tabs.at(-1)!.width + 1, 2)).toEqual({kind: 'none'});
		expect(hit(5, 4)).toEqual({kind: 'pane', pane: 'quotes', entry: 0});
	});

	it('sees only the layer on top while one is open', () => {
		const {hit} = at(100, 30, 'summary', true);
		expect(hit(10, 5)).toEqual({kind: 'overlay'});
		expect(hit(10, 0)).toEqual({kind: 'none'});
		expect(hit(10, 29)).toEqual({kind: 'none'});
	});

	it('finds nothing on a screen too small for the dashboard', () => {
		const layout = layoutFor(20, 5, 'summary');
		expect(hitTest(layout, undefined, {focus: 'summary', cursors: initialNavigation().cursors, overlay: false}, 1, 1)).toEqual({kind: 'none'});
	});

	it('counts rows from the window, not from the top of the list', () => {
		const layout = layoutFor(100, 30, 'quotes');
		if (layout.kind === 'too-small') return;
		const model = dashboardModel(briefing, layout);
		const extent = paneExtent(model.panes.inventory);
		const cursors = {...initialNavigation().cursors, inventory: {selected: 7, offset: 4}};
		const settled = extentsOf(model, {count: 0, available: 1}).panes.inventory;
		expect(settled.count).toBe(extent.count);
		const inside = layout.header + layout.panes.summary!.height + 1;
		expect(hitTest(layout, model, {focus: 'quotes', cursors, overlay: false}, 10, inside + 3)).toEqual({kind: 'pane', pane: 'inventory', entry: 4});
	});
});
