import {readFileSync} from 'node:fs';
import {afterEach, describe, expect, it} from 'vitest';
import {applyKeyOverrides} from '../../source/config/keymap-overrides.js';
import {keyTableMarkdown} from '../../source/keymap/key-table.js';
import {activeKeymap, bindingsIn, commandFor, COMMANDS, KEYMAP, LAYERS, setActiveKeymap, type Binding} from '../../source/keymap/keymap.js';
import {keyLabel, keyNameOf, keyNamesOf} from '../../source/keymap/keys.js';
import {helpLines} from '../../source/view-model/help.js';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const noKey = {
	upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
	return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
	super: false, hyper: false, capsLock: false, numLock: false,
};

describe('the keymap', () => {
	it('gives every binding keys, a description and a known layer and command', () => {
		for (const binding of KEYMAP) {
			expect(binding.keys.length, binding.command).toBeGreaterThan(0);
			expect(binding.description.trim().length, binding.command).toBeGreaterThan(3);
			expect(LAYERS).toContain(binding.layer);
			expect(COMMANDS).toContain(binding.command);
		}
	});

	it('binds every command somewhere', () => {
		const bound = new Set(KEYMAP.map(binding => binding.command));
		expect(COMMANDS.filter(command => !bound.has(command))).toEqual([]);
	});

	it('never binds one key twice in a layer, global bindings included', () => {
		for (const layer of LAYERS) {
			const seen = new Map<string, string>();
			for (const binding of bindingsIn(layer)) {
				for (const key of binding.keys) {
					expect(seen.get(key), `${key} in ${layer}: ${binding.command} and ${seen.get(key)}`).toBeUndefined();
					seen.set(key, binding.command);
				}
			}
		}
	});

	it('lets every layer be closed and the program be left from anywhere', () => {
		expect(commandFor('dashboard', 'q')).toBe('quit');
		for (const layer of ['detail', 'help'] as const) {
			expect(commandFor(layer, 'escape')).toBe('close');
			expect(commandFor(layer, 'q')).toBe('close');
		}
		for (const layer of LAYERS) expect(commandFor(layer, 'C-c')).toBe('quit-now');
	});

	it('resolves the keys the issue promises', () => {
		const expected: Array<[string, string]> = [
			['tab', 'focus-next'], ['S-tab', 'focus-previous'], ['1', 'focus-summary'], ['2', 'focus-quotes'], ['3', 'focus-inventory'],
			['down', 'move-down'], ['j', 'move-down'], ['up', 'move-up'], ['k', 'move-up'], ['pageup', 'page-up'], ['pagedown', 'page-down'],
			['C-u', 'half-page-up'], ['C-d', 'half-page-down'], ['g', 'first'], ['home', 'first'], ['G', 'last'], ['end', 'last'],
			['enter', 'open-detail'], ['?', 'open-help'],
		];
		for (const [key, command] of expected) expect(commandFor('dashboard', key), key).toBe(command);
	});
});

describe('key names', () => {
	it('names what Ink reports', () => {
		expect(keyNameOf('', {...noKey, downArrow: true})).toBe('down');
		expect(keyNameOf('', {...noKey, tab: true, shift: true})).toBe('S-tab');
		expect(keyNameOf('d', {...noKey, ctrl: true})).toBe('C-d');
		expect(keyNameOf('G', {...noKey, shift: true})).toBe('G');
		expect(keyNameOf('', {...noKey, escape: true, meta: true})).toBe('escape');
		expect(keyNameOf('x', {...noKey, meta: true})).toBeUndefined();
	});

	it('splits a burst of typed keys into single keys', () => {
		expect(keyNamesOf('jjk\t\r', noKey)).toEqual(['j', 'j', 'k', 'tab', 'enter']);
		expect(keyNamesOf('\u0004q', noKey)).toEqual(['C-d', 'q']);
		expect(keyNamesOf('j\u009Bk', noKey)).toEqual(['j', 'k']);
	});

	it('labels keys for people', () => {
		expect(keyLabel('C-d')).toBe('Ctrl-d');
		expect(keyLabel('pagedown')).toBe('PgDn');
		expect(keyLabel('down', {ascii: true})).toBe('Down');
	});
});

describe('what people read about the keys', () => {
	it('shows every binding in the help overlay, with its keys and description', () => {
		const text = helpLines('dashboard', 100)
			.map(line => line.map(part => part.text).join(''))
			.join('\n');
		for (const binding of KEYMAP) {
			const keys = binding.keys.map(key => keyLabel(key)).join(' ');
			expect(text, binding.command).toMatch(new RegExp(`${escapeRegExp(keys)}\\s+${escapeRegExp(binding.description)}`));
		}
	});

	it('has the README key table generated from the keymap', () => {
		const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
		const table = /<!-- keys:start -->\n([\s\S]*?)\n<!-- keys:end -->/.exec(readme)?.[1];
		expect(table, 'README.md needs a key table between <!-- keys:start --> and <!-- keys:end --> (npm run readme-keys)').toBeDefined();
		expect(table).toBe(keyTableMarkdown());
		for (const binding of KEYMAP) expect(table).toContain(binding.description);
	});
});

describe('a replaced keymap', () => {
	afterEach(() => setActiveKeymap(undefined));

	const config = (): readonly Binding[] => {
		const applied = applyKeyOverrides(KEYMAP, {dashboard: {'move-down': ['e']}});
		if (!applied.ok) throw new Error('the override should apply');
		return applied.keymap;
	};

	it('is what commandFor, bindingsIn and the help read, while the README table keeps the defaults', () => {
		setActiveKeymap(config());
		expect(commandFor('dashboard', 'e')).toBe('move-down');
		expect(commandFor('dashboard', 'j')).toBeUndefined();
		expect(commandFor('detail', 'j')).toBe('move-down');
		expect(bindingsIn('dashboard').find(binding => binding.command === 'move-down')?.keys).toEqual(['e']);
		const help = helpLines('dashboard', 100).map(line => line.map(part => part.text).join(''));
		expect(help.some(line => /^e\s+Next row$/.test(line))).toBe(true);
		expect(help.some(line => /j\s+Next row$/.test(line))).toBe(false);
		expect(keyTableMarkdown()).toContain('Next row');
		expect(keyTableMarkdown()).not.toMatch(/`e`[^\n]*Next row/);
	});

	it('goes back to the defaults when cleared', () => {
		setActiveKeymap(config());
		setActiveKeymap(undefined);
		expect(activeKeymap()).toBe(KEYMAP);
		expect(commandFor('dashboard', 'j')).toBe('move-down');
	});
});
