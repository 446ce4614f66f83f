import {describe, expect, it} from 'vitest';
import type {Command} from '../../source/keymap/keymap.js';
import {navigate} from '../../source/navigation/reducer.js';
import {activeLayer, initialNavigation, type Extents, type NavigationState} from '../../source/navigation/state.js';
import {lastOffset, settle, visibleCount} from '../../source/navigation/window.js';

const extents = (overrides: Partial<Extents['panes']> = {}, overlay: Extents['overlay'] = {count: 40, available: 10}): Extents => ({
	panes: {
		summary: {count: 6, available: 12, heightOf: index => (index === 2 ? 5 : 2)},
		quotes: {count: 14, available: 5},
		inventory: {count: 9, available: 8, heightOf: () => 2},
		source: {count: 7, available: 10, heightOf: () => 3},
		...overrides,
	},
	overlay,
});

function press(state: NavigationState, commands: Command[], with_ = extents()): NavigationState {
	return commands.reduce((current, command) => navigate(current, {type: 'command', command, extents: with_}), state);
}

const onQuotes = (): NavigationState => ({...initialNavigation(), focus: 'quotes'});

describe('the window over a list', () => {
	it('shows as many entries as fit, and at least one', () => {
		expect(visibleCount({count: 14, available: 5}, 0)).toBe(5);
		expect(visibleCount({count: 3, available: 5}, 0)).toBe(3);
		expect(visibleCount({count: 3, available: 1, heightOf: () => 4}, 0)).toBe(1);
	});

	it('ends the last page on the last entry', () => {
		expect(lastOffset({count: 14, available: 5})).toBe(9);
		expect(lastOffset({count: 9, available: 8, heightOf: () => 2})).toBe(5);
		expect(lastOffset({count: 2, available: 8})).toBe(0);
	});

	it('moves only as far as needed to keep the selection in view', () => {
		expect(settle({selected: 7, offset: 0}, {count: 14, available: 5})).toEqual({selected: 7, offset: 3});
		expect(settle({selected: 2, offset: 6}, {count: 14, available: 5})).toEqual({selected: 2, offset: 2});
		expect(settle({selected: 99, offset: 0}, {count: 14, available: 5})).toEqual({selected: 13, offset: 9});
		expect(settle({selected: 3, offset: 3}, {count: 0, available: 5})).toEqual({selected: 0, offset: 0});
	});

	it('measures only the entries in view for a window at the top, not the end of the list', () => {
		const measured = new Set<number>();
		const extent = {count: 10_000, available: 6, heightOf: (index: number) => (measured.add(index), 2)};
		expect(settle({selected: 1, offset: 0}, extent)).toEqual({selected: 1, offset: 0});
		expect(Math.max(...measured)).toBeLessThan(10);
		measured.clear();
		expect(settle({selected: 9_999, offset: 9_990}, extent)).toEqual({selected: 9_999, offset: 9_997});
		expect(measured.has(9_999)).toBe(true);
	});
});

describe('moving in a pane', () => {
	it('moves the selection down and up, stopping at the ends', () => {
		const state = press(onQuotes(), ['move-down', 'move-down', 'move-up']);
		expect(state.cursors.quotes).toEqual({selected: 1, offset: 0});
		expect(press(onQuotes(), ['move-up']).cursors.quotes).toEqual({selected: 0, offset: 0});
		expect(press(onQuotes(), Array<Command>(30).fill('move-down')).cursors.quotes).toEqual({selected: 13, offset: 9});
	});

	it('scrolls only when the selection would leave the window', () => {
		const state = press(onQuotes(), ['move-down', 'move-down', 'move-down', 'move-down']);
		expect(state.cursors.quotes).toEqual({selected: 4, offset: 0});
		expect(press(state, ['move-down']).cursors.quotes).toEqual({selected: 5, offset: 1});
	});

	it('pages by the visible rows and half pages by half of them', () => {
		expect(press(onQuotes(), ['page-down']).cursors.quotes).toEqual({selected: 5, offset: 5});
		expect(press(onQuotes(), ['page-down', 'page-down', 'page-down']).cursors.quotes).toEqual({selected: 13, offset: 9});
		expect(press(onQuotes(), ['page-down', 'page-up']).cursors.quotes).toEqual({selected: 0, offset: 0});
		expect(press(onQuotes(), ['half-page-down']).cursors.quotes).toEqual({selected: 2, offset: 2});
		expect(press(onQuotes(), ['half-page-down', 'half-page-up']).cursors.quotes).toEqual({selected: 0, offset: 0});
	});

	it('jumps to the first and last rows', () => {
		const last = press(onQuotes(), ['last']);
		expect(last.cursors.quotes).toEqual({selected: 13, offset: 9});
		expect(press(last, ['first']).cursors.quotes).toEqual({selected: 0, offset: 0});
	});

	it('counts rows of different heights when scrolling', () => {
		// Summary entries are 2, 2, 5, 2, 2, 2 lines tall in 12 lines: entries 0-2 fill 9, entry 3 makes 11.
		const state = press(initialNavigation(), ['move-down', 'move-down', 'move-down', 'move-down']);
		expect(state.cursors.summary).toEqual({selected: 4, offset: 1});
	});

	it('leaves the other panes where they were', () => {
		const state = press(onQuotes(), ['move-down', 'focus-inventory', 'move-down', 'move-down', 'focus-quotes']);
		expect(state.focus).toBe('quotes');
		expect(state.cursors.quotes.selected).toBe(1);
		expect(state.cursors.inventory.selected).toBe(2);
		expect(state.cursors.summary.selected).toBe(0);
	});

	it('returns the same state for a key that changes nothing, so nothing is redrawn', () => {
		const state = onQuotes();
		expect(navigate(state, {type: 'command', command: 'move-up', extents: extents()})).toBe(state);
	});
});

describe('focus', () => {
	it('cycles forwards and backwards through the panes', () => {
		const order = ['focus-next', 'focus-next', 'focus-next', 'focus-next'] as Command[];
		const seen = order.map((_, index) => press(initialNavigation(), order.slice(0, index + 1)).focus);
		expect(seen).toEqual(['quotes', 'inventory', 'source', 'summary']);
		expect(press(initialNavigation(), ['focus-previous']).focus).toBe('source');
	});

	it('jumps straight to a pane by number', () => {
		expect(press(initialNavigation(), ['focus-inventory']).focus).toBe('inventory');
		expect(press(initialNavigation(), ['focus-quotes', 'focus-summary']).focus).toBe('summary');
	});
});

describe('layers', () => {
	it('opens the detail of the focused pane and closes it again', () => {
		const open = press(onQuotes(), ['move-down', 'open-detail']);
		expect(open.overlays).toEqual([{kind: 'detail', pane: 'quotes', scroll: 0}]);
		expect(activeLayer(open)).toBe('detail');
		expect(press(open, ['close']).overlays).toEqual([]);
	});

	it('does not open a detail on an empty pane', () => {
		const empty = extents({quotes: {count: 0, available: 5}});
		expect(press(onQuotes(), ['open-detail'], empty).overlays).toEqual([]);
	});

	it('scrolls the detail text, not the list under it', () => {
		const state = press(onQuotes(), ['open-detail', 'move-down', 'move-down', 'page-down']);
		expect(state.overlays.at(-1)).toEqual({kind: 'detail', pane: 'quotes', scroll: 12});
		expect(state.cursors.quotes.selected).toBe(0);
		expect(press(state, ['last']).overlays.at(-1)).toMatchObject({scroll: 30});
		expect(press(state, ['first']).overlays.at(-1)).toMatchObject({scroll: 0});
	});

	it('steps the detail through the rows of its pane', () => {
		const state = press(onQuotes(), ['open-detail', 'move-down', 'next-entry', 'next-entry', 'previous-entry']);
		expect(state.cursors.quotes.selected).toBe(1);
		expect(state.overlays.at(-1)).toEqual({kind: 'detail', pane: 'quotes', scroll: 0});
	});

	it('stacks help over detail, and Esc or q closes only the topmost layer', () => {
		const stacked = press(onQuotes(), ['open-detail', 'open-help']);
		expect(stacked.overlays.map(overlay => overlay.kind)).toEqual(['detail', 'help']);
		const once = press(stacked, ['close']);
		expect(once.overlays.map(overlay => overlay.kind)).toEqual(['detail']);
		expect(once.quitting).toBe(false);
	});

	it('quits with q only from the bare dashboard; Ctrl-C quits from anywhere', () => {
		expect(press(initialNavigation(), ['quit']).quitting).toBe(true);
		const inHelp = press(initialNavigation(), ['open-help']);
		expect(press(inHelp, ['quit-now']).quitting).toBe(true);
	});

	it('ignores dashboard commands while an overlay has the keys', () => {
		const help = press(initialNavigation(), ['open-help']);
		expect(press(help, ['focus-inventory']).focus).toBe('summary');
	});
});

describe('the source layer', () => {
	const spans = [
		{paragraph: 5, start: 0, end: 20},
		{paragraph: 6, start: 10, end: 40},
	];

	it('opens at the first passage, scrolled automatically, and closes back to where the user was', () => {
		const before = press(onQuotes(), ['move-down', 'open-detail']);
		const open = navigate(before, {type: 'open-source', spans});
		expect(open.overlays.at(-1)).toEqual({kind: 'source', spans, span: 0, scroll: -1});
		expect(activeLayer(open)).toBe('source');
		expect(press(open, ['close'])).toEqual(before);
	});

	it('steps between passages and back to automatic scrolling', () => {
		const open = navigate(onQuotes(), {type: 'open-source', spans});
		const second = press(open, ['next-span']);
		expect(second.overlays.at(-1)).toMatchObject({span: 1, scroll: -1});
		expect(press(second, ['next-span'])).toBe(second);
		expect(press(second, ['previous-span']).overlays.at(-1)).toMatchObject({span: 0});
	});

	it('scrolls from where the view placed the passage', () => {
		const open = navigate(onQuotes(), {type: 'open-source', spans});
		const scrolled = press(open, ['move-down'], extents({}, {count: 40, available: 10, anchor: 12}));
		expect(scrolled.overlays.at(-1)).toMatchObject({scroll: 13});
	});

	it('does not open without a passage', () => {
		const state = onQuotes();
		expect(navigate(state, {type: 'open-source', spans: []})).toBe(state);
	});
});

describe('search', () => {
	const targets = [
		{pane: 'summary' as const, entry: 3},
		{pane: 'quotes' as const, entry: 2},
		{pane: 'quotes' as const, entry: 6},
		{pane: 'inventory' as const, entry: 4},
	];
	const withTargets = {...extents(), targets};
	const typeKeys = (state: NavigationState, keys: string[]): NavigationState =>
		keys.reduce((current, key) => navigate(current, {type: 'key', key, extents: withTargets}), state);

	it('takes letters, digits and ? as text on the search line, not as commands', () => {
		const state = typeKeys(initialNavigation(), ['/', 'q', 'j', '3', '?', 'G']);
		expect(activeLayer(state)).toBe('search');
		expect(state.search.query).toBe('qj3?G');
		expect(state.quitting).toBe(false);
		expect(state.focus).toBe('summary');
		expect(typeKeys(state, ['backspace', 'backspace']).search.query).toBe('qj3');
		expect(typeKeys(state, ['C-u']).search.query).toBe('');
	});

	it('Enter keeps the query and goes to the first match at or after the selection', () => {
		const state = typeKeys({...initialNavigation(), focus: 'quotes', cursors: {...initialNavigation().cursors, quotes: {selected: 4, offset: 0}}}, ['/', 'x', 'enter']);
		expect(activeLayer(state)).toBe('dashboard');
		expect(state.search).toEqual({query: 'x', target: 2});
		expect(state.focus).toBe('quotes');
		expect(state.cursors.quotes.selected).toBe(6);
	});

	it('n and N step through the rows found, across panes, wrapping around', () => {
		const kept = typeKeys(initialNavigation(), ['/', 'x', 'enter']);
		expect(kept.search.target).toBe(0);
		const seen = [1, 2, 3, 4].map(times => typeKeys(kept, Array<string>(times).fill('n'))).map(state => [state.focus, state.cursors[state.focus].selected]);
		expect(seen).toEqual([
			['quotes', 2],
			['quotes', 6],
			['inventory', 4],
			['summary', 3],
		]);
		expect(typeKeys(kept, ['N']).focus).toBe('inventory');
	});

	it('Esc on the search line drops the query; Esc on the dashboard clears a kept one', () => {
		expect(typeKeys(initialNavigation(), ['/', 'x', 'escape']).search.query).toBe('');
		const kept = typeKeys(initialNavigation(), ['/', 'x', 'enter']);
		expect(typeKeys(kept, ['escape']).search.query).toBe('');
	});

	it('goes to the first match once found when Enter came in the same burst as the query', () => {
		const burst = ['/', 'x', 'enter'].reduce(
			(current, key) => navigate(current, {type: 'key', key, extents: extents()}),
			initialNavigation(),
		);
		expect(burst.search).toEqual({query: 'x', target: -2});
		const found = navigate(burst, {type: 'found', extents: withTargets});
		expect(found.search.target).toBe(0);
		expect(found.focus).toBe('summary');
		expect(found.cursors.summary.selected).toBe(3);
	});

	it('does nothing on n without a query or without matches', () => {
		const state = initialNavigation();
		expect(typeKeys(state, ['n'])).toBe(state);
		const none = typeKeys(state, ['/', 'x', 'enter']);
		expect(navigate(none, {type: 'key', key: 'n', extents: {...extents(), targets: []}})).toBe(none);
	});
});

describe('requests for the view', () => {
	it('asks the view to copy or to show the source, once per key press', () => {
		const once = press(onQuotes(), ['copy']);
		expect(once.request).toEqual({kind: 'copy', id: 1});
		expect(press(once, ['jump-to-source']).request).toEqual({kind: 'jump-to-source', id: 2});
	});
});

describe('refit', () => {
	it('keeps each selection in view when the screen shrinks', () => {
		const state = press(onQuotes(), ['move-down', 'move-down', 'move-down', 'move-down']);
		const small = navigate(state, {type: 'refit', extents: extents({quotes: {count: 14, available: 2}})});
		expect(small.cursors.quotes).toEqual({selected: 4, offset: 3});
	});

	it('clamps an overlay scrolled past the end of a now shorter text', () => {
		const state = press(onQuotes(), ['open-detail', 'last']);
		const shorter = navigate(state, {type: 'refit', extents: extents({}, {count: 12, available: 10})});
		expect(shorter.overlays.at(-1)).toMatchObject({scroll: 2});
	});
});

describe('the inventory filter and sort', () => {
	const withOptions = {...extents(), options: 5};
	const keys = (state: NavigationState, names: string[]): NavigationState =>
		names.reduce((current, key) => navigate(current, {type: 'key', key, extents: withOptions}), state);
	const onInventory = (): NavigationState => ({...initialNavigation(), focus: 'inventory', cursors: {...initialNavigation().cursors, inventory: {selected: 4, offset: 2}}});

	it('> and < cycle the sort column, I inverts it, and the selection goes back to the top', () => {
		const sorted = keys(onInventory(), ['>']);
		expect(sorted.inventory.sort).toEqual({column: 'System', descending: false});
		expect(sorted.cursors.inventory).toEqual({selected: 0, offset: 0});
		expect(keys(sorted, ['I']).inventory.sort).toEqual({column: 'System', descending: true});
		expect(keys(onInventory(), ['<']).inventory.sort.column).toBe('Category');
	});

	it('f opens the menu; moving stays within the options; toggling is a request for the view', () => {
		const menu = keys(onInventory(), ['f', 'j', 'j', 'G', 'j']);
		expect(menu.overlays.at(-1)).toEqual({kind: 'filter', selected: 4, scroll: -1});
		const toggled = keys(menu, [' ']);
		expect(toggled.request).toMatchObject({kind: 'toggle-filter', option: 4});
		const filtered = navigate(toggled, {type: 'set-filter', filter: {categories: ['uav']}});
		expect(filtered.inventory.filter).toEqual({categories: ['uav']});
		expect(keys(filtered, ['c']).inventory.filter).toEqual({});
		expect(keys(filtered, ['f']).overlays).toEqual([]);
	});

	it('Esc on the dashboard clears the search first, then the filters', () => {
		const state = navigate({...onInventory(), search: {query: 'x', target: -1}}, {type: 'set-filter', filter: {statuses: ['expected']}});
		const once = keys(state, ['escape']);
		expect(once.search.query).toBe('');
		expect(once.inventory.filter).toEqual({statuses: ['expected']});
		expect(keys(once, ['escape']).inventory.filter).toEqual({});
	});
});
