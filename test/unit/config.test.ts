import {execFileSync} from 'node:child_process';
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ConfigError, formatConfigPath} from '../../source/config/errors.js';
import {loadConfig, MAX_CONFIG_BYTES, type ConfigLoadOptions} from '../../source/config/load.js';
import {configPath} from '../../source/config/paths.js';
import {KEYMAP, LAYERS} from '../../source/keymap/keymap.js';
import {PANES} from '../../source/navigation/state.js';

const FILE = '/home/ada/.config/sitrep/config.json';

/** Options whose filesystem is one file at FILE with `text` in it, or nothing at all. */
function only(text: string | Uint8Array | undefined): ConfigLoadOptions {
	return {
		env: {},
		homedir: '/home/ada',
		readFile: async path => {
			if (path !== FILE || text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), {code: 'ENOENT'});
			return typeof text === 'string' ? new TextEncoder().encode(text) : text;
		},
	};
}

async function messageOf(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
	} catch (error) {
		expect(error).toBeInstanceOf(ConfigError);
		return (error as ConfigError).message;
	}

	throw new Error('expected a ConfigError');
}

describe('configPath', () => {
	it('uses XDG_CONFIG_HOME when it is set', () => {
		expect(configPath({XDG_CONFIG_HOME: '/xdg'}, '/home/ada')).toBe('/xdg/sitrep/config.json');
	});

	it('falls back to ~/.config without XDG_CONFIG_HOME', () => {
		expect(configPath({}, '/home/ada')).toBe('/home/ada/.config/sitrep/config.json');
		expect(configPath({XDG_CONFIG_HOME: ''}, '/home/ada')).toBe('/home/ada/.config/sitrep/config.json');
	});

	it('ignores a relative XDG_CONFIG_HOME, as the XDG spec says', () => {
		expect(configPath({XDG_CONFIG_HOME: 'relative/dir'}, '/home/ada')).toBe('/home/ada/.config/sitrep/config.json');
	});

	it('has no default location without an absolute home', () => {
		expect(configPath({}, '')).toBeUndefined();
		expect(configPath({}, 'ada')).toBeUndefined();
	});

	it('takes an explicit path over everything else', () => {
		expect(configPath({XDG_CONFIG_HOME: '/xdg'}, '/home/ada', 'my.json')).toBe('my.json');
	});
});

describe('loadConfig', () => {
	it('gives defaults when the default file is missing', async () => {
		const loaded = await loadConfig(undefined, only(undefined));
		expect(loaded.config).toEqual({});
		expect(loaded.file).toBeUndefined();
		expect(loaded.keymap).toEqual(KEYMAP);
		expect(loaded.keymap).not.toBe(KEYMAP);
	});

	it('gives defaults when there is nowhere to look', async () => {
		const loaded = await loadConfig(undefined, {env: {}, homedir: '', readFile: async () => expect.fail('nothing should be read')});
		expect(loaded).toEqual({config: {}, keymap: KEYMAP, file: undefined});
	});

	it('reads the file at XDG_CONFIG_HOME', async () => {
		const read: string[] = [];
		await loadConfig(undefined, {
			env: {XDG_CONFIG_HOME: '/xdg'},
			homedir: '/home/ada',
			readFile: async path => {
				read.push(path);
				return new TextEncoder().encode('{}');
			},
		});
		expect(read).toEqual(['/xdg/sitrep/config.json']);
	});

	it('fails when an explicit file is missing', async () => {
		expect(await messageOf(loadConfig('/tmp/nope.json', only(undefined)))).toBe(
			'sitrep: /tmp/nope.json: cannot read: no such file (ENOENT); check the path given to --config',
		);
	});

	it('fails on an empty explicit path', async () => {
		expect(await messageOf(loadConfig(' ', only(undefined)))).toBe('sitrep: --config: the path is empty; give the path of a config .json file');
	});

	it('fails when the default file exists but cannot be read', async () => {
		const options = {...only(undefined), readFile: async () => Promise.reject(Object.assign(new Error('EACCES'), {code: 'EACCES'}))};
		expect(await messageOf(loadConfig(undefined, options))).toBe(
			`sitrep: ${FILE}: cannot read: permission denied (EACCES); check that the file is readable by you`,
		);
	});

	it('returns every setting and the keymap with the overrides applied', async () => {
		const loaded = await loadConfig(
			undefined,
			only(
				JSON.stringify({
					$schema: 'https://example.org/sitrep-config.json',
					theme: 'light',
					ascii: true,
					color: false,
					defaultPane: 'quotes',
					keys: {dashboard: {quit: ['x', 'Ctrl-q']}},
				}),
			),
		);
		expect(loaded.file).toBe(FILE);
		expect(loaded.config).toMatchObject({theme: 'light', ascii: true, color: false, defaultPane: 'quotes'});
		expect(loaded.keymap.find(binding => binding.layer === 'dashboard' && binding.command === 'quit')?.keys).toEqual(['x', 'C-q']);
		expect(KEYMAP.find(binding => binding.layer === 'dashboard' && binding.command === 'quit')?.keys).toEqual(['q']);
	});

	it('reads an empty file as an empty config, and skips a byte order mark', async () => {
		expect((await loadConfig(undefined, only(' \n'))).config).toEqual({});
		expect((await loadConfig(undefined, only('\uFEFF{"ascii": true}'))).config).toEqual({ascii: true});
	});

	it.each([
		['invalid JSON', '{\n  "theme": "dark",\n}', 'line 3, column 1: invalid JSON: a trailing comma; remove the comma before it'],
		['truncated JSON', '{"theme": "da', 'line 1, column 14: invalid JSON: the JSON ends too early (the file looks truncated); check that it was written completely'],
		['text after the JSON', '{} {}', 'line 1, column 4: invalid JSON: more text after the JSON value; a config file is a single JSON object'],
		['not an object', '["dark"]', '(top level): expected an object — got an array'],
		['an unknown top-level key', '{"colour": false}', 'colour: unknown key; allowed keys here are $schema, theme, ascii, color, defaultPane, mouse, keys'],
		['a wrong type', '{"ascii": "yes"}', 'ascii: expected true or false — got "yes"'],
		['a number for a boolean', '{"color": 0}', 'color: expected true or false — got number 0'],
		['an unknown theme', '{"theme": "solarized"}', 'theme: expected one of dark, light, high-contrast — got "solarized"'],
		['an unknown pane', '{"defaultPane": "detail"}', `defaultPane: expected one of ${PANES.join(', ')} — got "detail"`],
		['keys that are not an object', '{"keys": ["j"]}', 'keys: expected an object — got an array'],
		['a layer that is not an object', '{"keys": {"dashboard": "j"}}', 'keys.dashboard: expected an object — got "j"'],
		['a key list that is a string', '{"keys": {"dashboard": {"move-down": "j"}}}', 'keys.dashboard.move-down: expected an array — got "j"'],
		['a key that is a number', '{"keys": {"dashboard": {"move-down": [1]}}}', 'keys.dashboard.move-down[0]: expected a string — got number 1'],
		[
			'a key sitrep does not know',
			'{"keys": {"dashboard": {"move-down": ["j", "Ctrl+F13"]}}}',
			'keys.dashboard.move-down[1]: "Ctrl+F13" is not a key sitrep knows; use a single character, a named key (up, down, …) or C- and a letter',
		],
		['an unknown layer', '{"keys": {"popup": {}}}', `keys.popup: no such layer; layers are ${LAYERS.join(', ')}`],
		[
			'a clash',
			'{"keys": {"detail": {"close": ["h"]}}}',
			'keys.detail.close[0]: "h" would do two things in the detail layer: close and previous-entry; give one of them another key',
		],
		[
			'quit-now losing C-c',
			'{"keys": {"global": {"quit-now": ["q"]}}}',
			'keys.global.quit-now: C-c must stay bound to quit-now so there is always a way out of sitrep; keep "C-c" in the list; other keys may be added to it',
		],
		['several problems', '{"ascii": 1, "color": 2}', 'ascii: expected true or false — got number 1; and 1 more'],
	])('reports %s in one line', async (_name, text, message) => {
		expect(await messageOf(loadConfig(undefined, only(text)))).toBe(`sitrep: ${FILE}: ${message}`);
	});

	it('fails on bytes that are not UTF-8', async () => {
		expect(await messageOf(loadConfig(undefined, only(Uint8Array.from([0x7b, 0x7d, 0xff]))))).toBe(
			`sitrep: ${FILE}: not valid UTF-8 at byte 2; save the file as UTF-8`,
		);
	});

	it('fails on a file over the limit', async () => {
		expect(await messageOf(loadConfig(undefined, {...only(' '.repeat(101)), maxBytes: 100}))).toBe(
			`sitrep: ${FILE}: file is too large; a config file may be at most 100 bytes`,
		);
		expect(MAX_CONFIG_BYTES).toBe(1024 * 1024);
	});

	it('neutralizes and clips hostile data in messages', async () => {
		const osc = '\u001b]0;pwned\u0007';
		const text = JSON.stringify({theme: `${osc}${'x'.repeat(200)}`, [`${osc}key`]: 1});
		const message = await messageOf(loadConfig(undefined, only(text)));
		expect(message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
		expect(message).toContain('␛]0;pwned␇');
		expect(message.length).toBeLessThan(300);

		const file = `/tmp/\u001b[2J${'d/'.repeat(100)}config.json`;
		const missing = await messageOf(loadConfig(file, only(undefined)));
		expect(missing).not.toMatch(/[\u0000-\u001f]/);
		expect(missing).toMatch(/^sitrep: …d\/d\/.*config\.json: cannot read: no such file \(ENOENT\)/);
	});

	it('keeps the message on one line', async () => {
		const message = await messageOf(loadConfig(undefined, only('{"keys": {"dashboard": {"quit": ["a\\nb"]}}}')));
		expect(message).not.toContain('\n');
		expect(message).toBe(
			`sitrep: ${FILE}: keys.dashboard.quit[0]: "a b" is not a key sitrep knows; use a single character, a named key (up, down, …) or C- and a letter`,
		);
	});
});

describe('loadConfig on the real filesystem', () => {
	let home: string;
	beforeAll(async () => {
		home = await mkdtemp(join(tmpdir(), 'sitrep-config-'));
	});
	afterAll(async () => {
		await rm(home, {recursive: true, force: true});
	});

	it('gives defaults when ~/.config/sitrep does not exist', async () => {
		expect((await loadConfig(undefined, {env: {}, homedir: home})).file).toBeUndefined();
	});

	it('reads ~/.config/sitrep/config.json', async () => {
		await mkdir(join(home, '.config', 'sitrep'), {recursive: true});
		await writeFile(join(home, '.config', 'sitrep', 'config.json'), '{"defaultPane": "inventory"}');
		const loaded = await loadConfig(undefined, {env: {}, homedir: home});
		expect(loaded.file).toBe(join(home, '.config', 'sitrep', 'config.json'));
		expect(loaded.config).toEqual({defaultPane: 'inventory'});
	});

	it.skipIf(process.platform === 'win32')('refuses a FIFO instead of waiting for a writer', async () => {
		const fifo = join(home, 'fifo.json');
		execFileSync('mkfifo', [fifo]);
		expect(await messageOf(loadConfig(fifo, {env: {}, homedir: home}))).toBe(
			`sitrep: ${fifo}: is not a regular file; give the path of a config .json file`,
		);
	});

	it('refuses a directory given as the config file', async () => {
		expect(await messageOf(loadConfig(home, {env: {}, homedir: home}))).toBe(
			`sitrep: ${home}: cannot read: is a directory (EISDIR); give the path of a config .json file, not a folder`,
		);
	});
});

describe('formatConfigPath', () => {
	it('writes hyphenated names plainly and brackets the rest', () => {
		expect(formatConfigPath(['keys', 'dashboard', 'move-down', 1])).toBe('keys.dashboard.move-down[1]');
		expect(formatConfigPath(['keys', 'a b'])).toBe('keys["a b"]');
		expect(formatConfigPath([])).toBe('(top level)');
	});
});
