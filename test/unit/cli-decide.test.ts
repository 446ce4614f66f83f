import {describe, expect, it} from 'vitest';
import {decideRun, type Terminal} from '../../source/cli/decide.js';

// As meow gives them: --color has no default, so that absent can be told from given.
const DEFAULTS = {debug: false, help: false, version: false};
const tty: Terminal = {stdinIsTTY: true, stdoutIsTTY: true, columns: 120};
const piped: Terminal = {stdinIsTTY: true, stdoutIsTTY: false};

const UTF8 = {LANG: 'C.UTF-8', TERM: 'xterm-256color'};
const decide = (flags: Record<string, unknown>, input: string[] = [], env: Record<string, string> = UTF8, terminal = tty) =>
	decideRun({input, flags: {...DEFAULTS, ...flags}}, env, terminal, '/bundled.json');

describe('decideRun', () => {
	it('opens the dashboard on a terminal, with the bundled briefing by default', () => {
		const dashboard = {
			kind: 'dashboard',
			config: undefined,
			initialFocus: 'summary',
			color: true,
			theme: 'dark',
			ascii: false,
			lineMoves: true,
			testCrash: undefined,
			multiplexer: undefined,
			screenReader: false,
			mouse: false,
		};
		expect(decide({})).toEqual({...dashboard, file: '/bundled.json', debug: false});
		expect(decide({debug: true}, ['mine.json'])).toEqual({...dashboard, file: 'mine.json', debug: true});
	});

	it('chooses a theme by name and refuses unknown ones', () => {
		expect(decide({theme: 'light'})).toMatchObject({kind: 'dashboard', theme: 'light'});
		expect(decide({theme: 'high-contrast'})).toMatchObject({theme: 'high-contrast'});
		expect(decide({theme: 'neon'})).toMatchObject({kind: 'usage-error', message: expect.stringMatching(/--theme: unknown theme "neon"; use one of dark, light, high-contrast/)});
	});

	it('draws in ASCII when asked, or when the locale or TERM cannot show more', () => {
		expect(decide({ascii: true})).toMatchObject({ascii: true});
		expect(decide({}, [], {LANG: 'C', TERM: 'xterm'})).toMatchObject({ascii: true});
		expect(decide({}, [], {TERM: 'xterm'})).toMatchObject({ascii: true});
		expect(decide({}, [], {LANG: 'en_US.UTF-8', TERM: 'linux'})).toMatchObject({ascii: true});
		expect(decide({}, [], {LANG: 'en_US.UTF-8', TERM: 'vt100'})).toMatchObject({ascii: true});
		expect(decide({}, [], {LC_ALL: 'de_DE.utf8', LANG: 'C', TERM: 'screen-256color'})).toMatchObject({ascii: false});
		expect(decide({ascii: false}, [], {LANG: 'C', TERM: 'linux'})).toMatchObject({ascii: false});
	});

	it('moves scrolled lines with line insert and delete except on a terminal that has none (VT52, VT100)', () => {
		for (const term of ['xterm-256color', 'screen', 'tmux-256color', 'linux', 'vt102', 'vt220', 'rxvt-unicode']) {
			expect(decide({}, [], {...UTF8, TERM: term}), term).toMatchObject({lineMoves: true});
		}
		for (const term of ['vt100', 'vt100-am', 'vt52']) expect(decide({}, [], {...UTF8, TERM: term}), term).toMatchObject({lineMoves: false});
	});

	it('knows the multiplexer a clipboard sequence must be wrapped for', () => {
		expect(decide({}, [], {...UTF8, TMUX: '/tmp/tmux-0/default,1,0'})).toMatchObject({multiplexer: 'tmux'});
		expect(decide({}, [], {...UTF8, STY: '123.pts-0'})).toMatchObject({multiplexer: 'screen'});
	});

	it('asks for mouse reports with --mouse or the config, never in the screen-reader view', () => {
		expect(decide({})).toMatchObject({kind: 'dashboard', mouse: false});
		expect(decide({mouse: true})).toMatchObject({kind: 'dashboard', mouse: true});
		const withConfig = (flags: Record<string, unknown>, config: Record<string, unknown>) =>
			decideRun({input: [], flags: {...DEFAULTS, ...flags}}, UTF8, tty, '/bundled.json', config);
		expect(withConfig({}, {mouse: true})).toMatchObject({mouse: true});
		// The flag wins over the file, both ways.
		expect(withConfig({mouse: false}, {mouse: true})).toMatchObject({mouse: false});
		expect(withConfig({mouse: true}, {mouse: false})).toMatchObject({mouse: true});
		// Words-only output has no panes to point at: reporting would only take the terminal's own selection away.
		expect(decide({mouse: true, screenReader: true})).toMatchObject({screenReader: true, mouse: false});
	});

	it('turns on the screen-reader view with --screen-reader or INK_SCREEN_READER=true, and only there', () => {
		expect(decide({screenReader: true})).toMatchObject({kind: 'dashboard', screenReader: true});
		expect(decide({}, [], {...UTF8, INK_SCREEN_READER: 'true'})).toMatchObject({kind: 'dashboard', screenReader: true});
		expect(decide({}, [], {...UTF8, INK_SCREEN_READER: '1'})).toMatchObject({kind: 'dashboard', screenReader: false});
		expect(decide({screenReader: false})).toMatchObject({kind: 'dashboard', screenReader: false});
		// Piped output is already plain text; the flag does not turn it into a dashboard.
		expect(decide({screenReader: true}, [], UTF8, piped)).toMatchObject({kind: 'print', format: 'text'});
	});

	it('crashes on purpose only through the documented test switch', () => {
		expect(decide({}, [], {...UTF8, SITREP_TEST_CRASH: 'uncaught'})).toMatchObject({testCrash: 'uncaught'});
		expect(decide({}, [], {...UTF8, SITREP_TEST_CRASH: 'render'})).toMatchObject({testCrash: 'render'});
		expect(decide({}, [], {...UTF8, SITREP_TEST_CRASH: 'yes'})).toMatchObject({testCrash: undefined});
	});

	it('turns colour off for --no-color and a non-empty NO_COLOR only', () => {
		expect(decide({color: false})).toMatchObject({color: false});
		expect(decide({}, [], {...UTF8, NO_COLOR: '1'})).toMatchObject({color: false});
		expect(decide({}, [], {...UTF8, NO_COLOR: ''})).toMatchObject({color: true});
	});

	it('passes --config on to the dashboard and to printing', () => {
		expect(decide({config: '/etc/sitrep.json'})).toMatchObject({kind: 'dashboard', config: '/etc/sitrep.json'});
		expect(decide({config: 'mine.json', format: 'markdown'})).toMatchObject({kind: 'print', config: 'mine.json'});
		expect(decide({config: true})).toMatchObject({kind: 'usage-error', message: expect.stringMatching(/--config: /)});
	});

	it('lets flags beat the environment, the environment beat the config, and the config beat the defaults', () => {
		const decideWith = (flags: Record<string, unknown>, config: Record<string, unknown>, env: Record<string, string> = UTF8) =>
			decideRun({input: [], flags: {debug: false, help: false, version: false, ...flags}}, env, tty, '/bundled.json', config);
		expect(decideWith({}, {theme: 'light', ascii: true, color: false, defaultPane: 'quotes'})).toMatchObject({
			theme: 'light',
			ascii: true,
			color: false,
			initialFocus: 'quotes',
		});
		expect(decideWith({theme: 'high-contrast', ascii: false, color: true}, {theme: 'light', ascii: true, color: false})).toMatchObject({
			theme: 'high-contrast',
			ascii: false,
			color: true,
		});
		expect(decideWith({}, {color: true}, {...UTF8, NO_COLOR: '1'})).toMatchObject({color: false});
		expect(decideWith({}, {color: false}, {...UTF8, FORCE_COLOR: '1'})).toMatchObject({color: true});
		expect(decideWith({color: false}, {}, {...UTF8, FORCE_COLOR: '1'})).toMatchObject({color: false});
		// Without a flag or a config setting, ASCII is still judged from the terminal.
		expect(decideWith({}, {}, {LANG: 'C', TERM: 'xterm'})).toMatchObject({ascii: true});
		expect(decideWith({}, {}, UTF8)).toMatchObject({color: true, theme: 'dark', initialFocus: 'summary'});
	});

	it('prints only the sections --only names, in the briefing order, in text or Markdown', () => {
		expect(decide({format: 'markdown', only: 'quotes'})).toMatchObject({kind: 'print', format: 'markdown', sections: ['quotes']});
		expect(decide({only: 'inventory, quotes'}, [], UTF8, piped)).toMatchObject({kind: 'print', format: 'text', sections: ['quotes', 'inventory']});
		// A selection cannot be shown by the dashboard, so on a terminal it is printed.
		expect(decide({only: 'summary'})).toMatchObject({kind: 'print', format: 'text', sections: ['summary']});
		expect(decide({format: 'markdown'})).not.toHaveProperty('sections');
	});

	it('refuses --only with JSON, an unknown section or no section', () => {
		expect(decide({format: 'json', only: 'quotes'})).toMatchObject({kind: 'usage-error', message: expect.stringMatching(/^sitrep: --only: JSON [^\n]*whole briefing/)});
		expect(decide({format: 'text', only: 'quotes,x'})).toMatchObject({
			kind: 'usage-error',
			message: 'sitrep: --only: unknown section "x"; use summary, quotes, inventory',
		});
		expect(decide({only: ''})).toMatchObject({kind: 'usage-error', message: expect.stringMatching(/--only: name at least one section/)});
	});

	it('prints text when either side is not a terminal, or TERM is dumb', () => {
		expect(decide({}, [], {}, piped)).toEqual({kind: 'print', file: '/bundled.json', format: 'text', width: 80, debug: false, config: undefined});
		expect(decide({}, [], {}, {...tty, stdinIsTTY: false})).toMatchObject({kind: 'print', format: 'text', width: 120});
		expect(decide({}, [], {TERM: 'dumb'})).toMatchObject({kind: 'print', format: 'text'});
	});

	it('prints the requested format even on a terminal, at the terminal width unless --width says otherwise', () => {
		expect(decide({format: 'markdown'})).toMatchObject({kind: 'print', format: 'markdown', width: 120});
		expect(decide({format: 'text', width: '40'})).toMatchObject({kind: 'print', width: 40});
		expect(decide({width: '33'}, [], {}, piped)).toMatchObject({width: 33});
	});

	it('answers --help and --version before anything else', () => {
		expect(decide({help: true, format: 'bogus'})).toEqual({kind: 'help'});
		expect(decide({version: true})).toEqual({kind: 'version'});
	});

	it.each([
		[{format: 'xml'}, [], /--format: unknown format "xml"; use one of text, markdown, json/],
		[{format: ''}, [], /--format: unknown format ""/],
		[{width: '0'}, [], /--width: "0" is not a usable width/],
		[{width: '-3'}, [], /--width: "-3"/],
		[{width: 'wide'}, [], /--width: "wide"/],
		[{width: ''}, [], /--width: ""/],
		[{width: '2.5'}, [], /--width: "2.5"/],
		[{colour: false}, [], /unknown option --colour; see sitrep --help/],
		[{x: true}, [], /unknown option -x/],
		[{}, ['a.json', 'b.json'], /expected at most one briefing file, got 2/],
	])('refuses %j %j', (flags, input, message) => {
		const decision = decide(flags, input);
		expect(decision.kind).toBe('usage-error');
		if (decision.kind !== 'usage-error') return;
		expect(decision.message).toMatch(/^sitrep: /);
		expect(decision.message).toMatch(message);
		expect(decision.message).not.toMatch(/\n/);
	});

	it('neutralizes hostile flag values in the message', () => {
		const decision = decide({format: '\u001b]0;x\u0007'});
		expect(decision).toMatchObject({kind: 'usage-error'});
		expect(JSON.stringify(decision)).not.toContain('\\u001b');
	});
});
