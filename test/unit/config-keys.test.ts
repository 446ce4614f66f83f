import {describe, expect, it} from 'vitest';
import {applyKeyOverrides, normalizeKeyName, type OverrideResult} from '../../source/config/keymap-overrides.js';
import {KEYMAP, LAYERS, type Binding, type Command, type Layer} from '../../source/keymap/keymap.js';

/** The commands of a layer in keymap order, as the messages list them (read from the keymap, not copied). */
const commandsIn = (layer: string): string => KEYMAP.filter(binding => binding.layer === layer).map(binding => binding.command).join(', ');

/** commandFor's lookup, over any keymap: the layer's own bindings first, then the global ones. */
function lookup(keymap: readonly Binding[], layer: Layer, key: string): Command | undefined {
	return (
		keymap.find(binding => binding.layer === layer && binding.keys.includes(key))?.command ??
		keymap.find(binding => binding.layer === 'global' && binding.keys.includes(key))?.command
	);
}

function applied(result: OverrideResult): Binding[] {
	if (!result.ok) throw new Error(`expected no problems, got ${JSON.stringify(result.problems)}`);
	return result.keymap;
}

function problems(result: OverrideResult): string[] {
	if (result.ok) throw new Error('expected problems, got a keymap');
	return result.problems.map(({where, problem, remedy}) => `${where}: ${problem}${remedy ? `; ${remedy}` : ''}`);
}

describe('normalizeKeyName', () => {
	it.each([
		['j', 'j'],
		['G', 'G'],
		['?', '?'],
		['^', '^'],
		['-', '-'],
		[' ', ' '],
		['é', 'é'],
		['C-d', 'C-d'],
		['Ctrl-d', 'C-d'],
		['ctrl+d', 'C-d'],
		['CTRL+D', 'C-d'],
		['Control-u', 'C-u'],
		['^D', 'C-d'],
		['c-l', 'C-l'],
		['PgDn', 'pagedown'],
		['PageDown', 'pagedown'],
		['page down', 'pagedown'],
		['Page_Up', 'pageup'],
		['pgup', 'pageup'],
		['Esc', 'escape'],
		['ESCAPE', 'escape'],
		['Shift-Tab', 'S-tab'],
		['shift+tab', 'S-tab'],
		['S-tab', 'S-tab'],
		['BackTab', 'S-tab'],
		['Space', ' '],
		['Return', 'enter'],
		['Enter', 'enter'],
		['ArrowDown', 'down'],
		['Up', 'up'],
		['Home', 'home'],
		['end', 'end'],
		['Backspace', 'backspace'],
		['tab', 'tab'],
	])('reads %j as %j', (text, key) => {
		expect(normalizeKeyName(text)).toBe(key);
	});

	it.each(['', 'Ctrl+F13', 'F5', 'jk', 'C-', 'C-1', 'Alt-x', 'C-m', 'C-i', '\u001b', '\u0007', '\u202e', '\t', '\ud800', 'Ctrl-Shift-d'])(
		'rejects %j',
		text => {
			expect(normalizeKeyName(text)).toBeUndefined();
		},
	);
});

describe('applyKeyOverrides', () => {
	it('replaces the defaults of an overridden command, so lookups change', () => {
		const keymap = applied(applyKeyOverrides(KEYMAP, {dashboard: {'move-down': ['e', 'Ctrl-n'], 'move-up': ['p']}}));
		expect(lookup(keymap, 'dashboard', 'e')).toBe('move-down');
		expect(lookup(keymap, 'dashboard', 'C-n')).toBe('move-down');
		expect(lookup(keymap, 'dashboard', 'p')).toBe('move-up');
		// The old keys are gone, not kept alongside.
		expect(lookup(keymap, 'dashboard', 'j')).toBeUndefined();
		expect(lookup(keymap, 'dashboard', 'down')).toBeUndefined();
		expect(lookup(keymap, 'dashboard', 'k')).toBeUndefined();
		// Other layers keep their own bindings of the same command.
		expect(lookup(keymap, 'detail', 'j')).toBe('move-down');
		expect(lookup(keymap, 'help', 'down')).toBe('move-down');
	});

	it('frees a key for another command once its old owner is rebound in the same config', () => {
		const keymap = applied(applyKeyOverrides(KEYMAP, {dashboard: {'move-down': ['down'], first: ['j', 'home']}}));
		expect(lookup(keymap, 'dashboard', 'j')).toBe('first');
		expect(lookup(keymap, 'dashboard', 'g')).toBeUndefined();
	});

	it('lets global keys be rebound and reach every layer', () => {
		const keymap = applied(applyKeyOverrides(KEYMAP, {global: {redraw: ['C-r']}}));
		for (const layer of LAYERS) expect(lookup(keymap, layer, 'C-r')).toBe('redraw');
		expect(lookup(keymap, 'dashboard', 'C-l')).toBeUndefined();
	});

	it('lets quit-now gain keys as long as it keeps C-c', () => {
		const keymap = applied(applyKeyOverrides(KEYMAP, {global: {'quit-now': ['C-c', 'C-x']}}));
		expect(lookup(keymap, 'detail', 'C-x')).toBe('quit-now');
		expect(lookup(keymap, 'detail', 'C-c')).toBe('quit-now');
	});

	it('returns a new keymap and leaves KEYMAP as it was', () => {
		const before = structuredClone(KEYMAP);
		const keymap = applied(applyKeyOverrides(KEYMAP, {dashboard: {quit: ['x']}}));
		expect(keymap).not.toBe(KEYMAP);
		expect(keymap).toHaveLength(KEYMAP.length);
		expect(KEYMAP).toEqual(before);
		expect(KEYMAP.find(binding => binding.layer === 'dashboard' && binding.command === 'quit')?.keys).toEqual(['q']);
		keymap.forEach((binding, index) => expect(binding).not.toBe(KEYMAP[index]));
	});

	it('returns an equal copy when nothing is overridden', () => {
		const keymap = applied(applyKeyOverrides(KEYMAP, {}));
		expect(keymap).not.toBe(KEYMAP);
		expect(keymap).toEqual(KEYMAP);
	});

	it.each<[string, Parameters<typeof applyKeyOverrides>[1], string]>([
		[
			'an unknown layer',
			{popup: {close: ['x']}},
			`keys.popup: no such layer; layers are ${LAYERS.join(', ')}`,
		],
		[
			'an unknown command',
			{detail: {jump: ['x']}},
			`keys.detail.jump: no such command; commands in the detail layer are ${commandsIn('detail')}`,
		],
		[
			'a command of other layers only',
			{help: {'open-help': ['x']}},
			'keys.help.open-help: the help layer has no command open-help (it is in the dashboard, detail and source layers); set it under keys.dashboard, keys.detail or keys.source',
		],
		[
			'a global command under a layer',
			{dashboard: {redraw: ['x']}},
			'keys.dashboard.redraw: the dashboard layer has no command redraw (it is in the global layer); set it under keys.global',
		],
		[
			'a key that is no key',
			{dashboard: {'move-down': ['j', 'Ctrl+F13']}},
			'keys.dashboard.move-down[1]: "Ctrl+F13" is not a key sitrep knows; use a single character, a named key (up, down, …) or C- and a letter',
		],
		[
			'a control chord the terminal sends as a named key',
			{detail: {close: ['C-m']}},
			'keys.detail.close[0]: "C-m" reaches sitrep as enter (the terminal sends the same byte for both); use "enter"',
		],
		[
			'an Alt chord',
			{dashboard: {quit: ['Alt-q']}},
			'keys.dashboard.quit[0]: "Alt-q" is an Alt chord, which sitrep does not read; use a single character, a named key (up, down, …) or C- and a letter',
		],
		[
			'the same key twice in one list',
			{dashboard: {'half-page-down': ['C-d', 'ctrl+d']}},
			'keys.dashboard.half-page-down[1]: "ctrl+d" (C-d) is already in the list at [0]; list each key once',
		],
		[
			'an empty list',
			{dashboard: {'move-down': []}},
			'keys.dashboard.move-down: no keys; give move-down at least one key, or leave it out to keep its defaults (down, j)',
		],
		[
			'quit-now without C-c',
			{global: {'quit-now': ['C-q']}},
			'keys.global.quit-now: C-c must stay bound to quit-now so there is always a way out of sitrep; keep "C-c" in the list; other keys may be added to it',
		],
		[
			'a clash with a default in the same layer',
			{dashboard: {first: ['j']}},
			'keys.dashboard.first[0]: "j" would do two things in the dashboard layer: first and move-down; give one of them another key',
		],
		[
			'a clash between two overrides in the same layer',
			{detail: {'next-entry': ['n'], 'previous-entry': ['p', 'n']}},
			'keys.detail.previous-entry[1]: "n" would do two things in the detail layer: previous-entry and next-entry; give one of them another key',
		],
		[
			'a layer key clashing with a global default',
			{dashboard: {'focus-next': ['Ctrl-L']}},
			'keys.dashboard.focus-next[0]: "Ctrl-L" (C-l) would do two things in the dashboard layer: focus-next and redraw (global); give one of them another key',
		],
		[
			'a space clash, written so it can be seen',
			{dashboard: {'move-down': ['Space']}},
			'keys.dashboard.move-down[0]: "Space" would do two things in the dashboard layer: move-down and page-down; give one of them another key',
		],
		[
			'a layer taking C-c from quit-now',
			{dashboard: {quit: ['C-c']}},
			'keys.dashboard.quit[0]: "C-c" would do two things in the dashboard layer: quit and quit-now (global); give one of them another key',
		],
		[
			'two global commands on one key',
			{global: {suspend: ['C-l']}},
			'keys.global.suspend[0]: "C-l" would do two things in the global layer: suspend and redraw; give one of them another key',
		],
		[
			'a hostile command name',
			{dashboard: {'\u001b]0;owned\u0007': ['x']}},
			`keys.dashboard["␛]0;owned␇"]: no such command; commands in the dashboard layer are ${commandsIn('dashboard')}`,
		],
		[
			'a hostile key',
			{dashboard: {quit: ['\u001b[2J\u001b]52;c;aGk=\u0007']}},
			'keys.dashboard.quit[0]: "␛[2J␛]52;c;aGk=␇" is not a key sitrep knows; use a single character, a named key (up, down, …) or C- and a letter',
		],
		[
			'a "__proto__" layer, which must not vanish',
			JSON.parse('{"__proto__": {"quit": ["x"]}}') as Parameters<typeof applyKeyOverrides>[1],
			`keys.__proto__: no such layer; layers are ${LAYERS.join(', ')}`,
		],
	])('reports %s', (_name, overrides, message) => {
		expect(problems(applyKeyOverrides(KEYMAP, overrides))).toEqual([message]);
	});

	it('reports a global key once for every layer where it clashes', () => {
		expect(problems(applyKeyOverrides(KEYMAP, {global: {suspend: ['q']}}))).toEqual(
			// Every layer where q is bound; on the search line q is typed, not bound.
			LAYERS.filter(layer => layer !== 'global' && KEYMAP.some(binding => binding.layer === layer && binding.keys.includes('q'))).map(
				layer => `keys.global.suspend[0]: "q" would do two things in the ${layer} layer: suspend (global) and ${layer === 'dashboard' ? 'quit' : 'close'}; give one of them another key`,
			),
		);
	});

	it('reports every bad entry, not only the first', () => {
		expect(problems(applyKeyOverrides(KEYMAP, {dashboard: {quit: ['F1'], first: []}, popup: {}}))).toHaveLength(3);
	});

	it('keeps the output free of terminal controls whatever the input', () => {
		const hostile = '\u001b]8;;http://x\u001b\\\u009b31m\u202e';
		const result = applyKeyOverrides(KEYMAP, {[hostile]: {}, dashboard: {[hostile]: [], quit: [hostile]}});
		for (const message of problems(result)) expect(message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
	});
});
