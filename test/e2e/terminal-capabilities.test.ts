import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {execFileSync} from 'node:child_process';
import {openTerminal, type PtyTerminal} from './harness/terminal.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const program = `${root}dist/sitrep.js`;
const open: PtyTerminal[] = [];

beforeAll(() => {
	if (!existsSync(program)) execFileSync(process.execPath, ['esbuild.mjs'], {cwd: root});
});

afterEach(async () => {
	await Promise.all(open.splice(0).map(async term => term.dispose()));
});

type SitrepOptions = {args?: string[]; env?: Record<string, string>; term?: string; shellWrap?: boolean};

/**
 * Opens sitrep in a pseudo-terminal. node-pty sets TERM from its terminal name, so a test of another TERM runs
 * the program through env(1).
 */
async function sitrep({args = [], env = {}, term: terminalName, shellWrap = false}: SitrepOptions = {}): Promise<PtyTerminal> {
	const command = terminalName ? {file: '/usr/bin/env', args: [`TERM=${terminalName}`, process.execPath, program, ...args]} : {args: [program, ...args]};
	const term = await openTerminal({...command, cols: 100, rows: 30, cwd: root, env, shellWrap});
	open.push(term);
	return term;
}

/** SGR sequences that set a foreground or background colour (16, 256 or true colour). */
const COLOUR_SGR = /\u001B\[(?:\d+;)*(?:3[0-79]|4[0-79]|9[0-7]|10[0-7]|38;5;\d+|48;5;\d+|38;2;[\d;]+|48;2;[\d;]+)(?:;\d+)*m/;

describe('colour', () => {
	it('writes colour by default', async () => {
		const term = await sitrep();
		await term.waitForText('Summary 1/');
		expect(term.output()).toMatch(COLOUR_SGR);
	});

	it.each([
		['NO_COLOR', {env: {NO_COLOR: '1'}}],
		['--no-color', {args: ['--no-color']}],
	])('writes no colour codes at all with %s, and still marks the selection and focus', async (_name, options) => {
		const term = await sitrep(options);
		await term.waitForText('Summary 1/');
		term.press('3');
		term.press('j');
		await term.waitForText('Inventory 2/');
		expect(term.output()).not.toMatch(COLOUR_SGR);
		expect(term.screen()).toContain('▶ ballistic missiles');
		expect(term.screen()).toContain('┏━ 3 Inventory');
		// Inverse video (SGR 7) still shows the selection without colour.
		expect(term.output()).toMatch(/\u001B\[(?:\d+;)*7m/);
	});
});

describe('FORCE_COLOR and themes', () => {
	it('writes no colour with FORCE_COLOR=0', async () => {
		const term = await sitrep({env: {FORCE_COLOR: '0'}});
		await term.waitForText('Summary 1/');
		expect(term.output()).not.toMatch(COLOUR_SGR);
		expect(term.screen()).toContain('┏━ 1 Summary');
	});

	it.each([
		['dark', /\u001B\[36m┏━ 1 Summary/],
		['light', /\u001B\[34m┏━ 1 Summary/],
		['high-contrast', /\u001B\[93m┏━ 1 Summary/],
	])('draws the focused pane in the %s theme colour', async (theme, focusColour) => {
		const term = await sitrep({args: ['--theme', theme]});
		await term.waitForText('Summary 1/');
		expect(term.output()).toMatch(focusColour);
	});
});

describe('ASCII', () => {
	const asciiOnly = (screen: string): boolean => /^[\u0020-\u007E\n]*$/.test(screen);

	it.each([
		['--ascii', {args: ['--ascii']}],
		['a non-UTF-8 locale', {env: {LANG: 'C'}}],
		['TERM=linux', {term: 'linux'}],
		['TERM=vt100', {term: 'vt100'}],
	])('draws only ASCII with %s', async (_name, options) => {
		const term = await sitrep(options);
		await term.waitForText('Summary 1/');
		term.press('3');
		await term.waitForText('Inventory 1/');
		expect(asciiOnly(term.screen()), term.screen()).toBe(true);
		expect(term.screen()).toContain('> UAVs');
		expect(term.screen()).toMatch(/#= 3 Inventory =+/);
		// Every byte written is ASCII, escape sequences included.
		expect(term.output()).toMatch(/^[\u0000-\u007F]*$/);
	});

	it('draws Unicode in a UTF-8 locale', async () => {
		const term = await sitrep();
		await term.waitForText('Summary 1/');
		expect(term.screen()).toContain('┏━ 1 Summary');
	});
});

describe('moving lines that scrolled', () => {
	const LINE_EDIT = /\u001B\[\d+[LM]/;

	/** Reads on through the article in the Source pane, to its last paragraph, and returns what was written. */
	async function readOn(term: PtyTerminal): Promise<string> {
		await term.waitForText('Summary 1/');
		term.press('4');
		await term.waitForText('Source 1/8');
		const from = term.mark();
		for (let paragraph = 2; paragraph <= 8; paragraph++) {
			term.press('j');
			await term.waitForText(`Source ${paragraph}/8`);
		}
		return term.output(from);
	}

	it('moves them with line delete and insert where the terminal has them', async () => {
		const written = await readOn(await sitrep());
		expect(written).toMatch(LINE_EDIT);
	});

	it('writes them out on a VT100, which has no line delete or insert, and the article still reads right', async () => {
		const term = await sitrep({term: 'vt100'});
		const written = await readOn(term);
		expect(written).not.toMatch(LINE_EDIT);
		expect(term.screen()).toContain('Russia is seeking to collaborate with Iran');
	});
});

describe('a terminal that cannot take a dashboard', () => {
	it('prints the text briefing for TERM=dumb, without escape sequences', async () => {
		const term = await sitrep({term: 'dumb'});
		const {exitCode} = await term.waitForExit();
		expect(exitCode).toBe(0);
		expect(term.output()).not.toContain('\u001B');
		expect(term.history()).toContain('several hundred UAVs to Russia');
	});
});

describe('leaving after a crash', () => {
	it.each(['uncaught', 'render'])('restores the terminal and says what went wrong (SITREP_TEST_CRASH=%s)', async crash => {
		const term = await sitrep({shellWrap: true, env: {SITREP_TEST_CRASH: crash}});
		await term.waitForText('Summary 1/');
		const result = await term.waitForShellExit();
		expect(result.exitCode).toBe(1);
		expect(result.sttyAfter).toBe(result.sttyBefore);
		expect(term.isAlternateScreen()).toBe(false);
		expect(term.cursorVisible()).toBe(true);
		expect(term.screen()).toContain(`sitrep: test crash (SITREP_TEST_CRASH=${crash})`);
		expect(term.screen()).not.toMatch(/^\s+at /m);
	});
});

describe('keys that act on the terminal', () => {
	it('redraws the whole screen with Ctrl-L', async () => {
		const term = await sitrep();
		await term.waitForText('Summary 1/');
		// On the screen, not in sitrep's input: typed as keys, its G would move the selection to the end.
		await term.drawFromElsewhere('\u001B[5;1HGARBAGE FROM ANOTHER PROGRAM');
		expect(term.screen()).toContain('GARBAGE');
		const mark = term.mark();
		term.press('C-l');
		await term.waitFor(() => term.output(mark).includes('\u001B[2J'));
		await term.waitForNoText('GARBAGE');
		await term.waitForText('Summary 1/');
		expect(term.screen()).toContain('1 Summary');
	});

	it('survives keys Ink 6.8 cannot parse, such as Ctrl+F1', async () => {
		const term = await sitrep();
		await term.waitForText('Summary 1/');
		term.write('\u001B[1;5P');
		term.press('j');
		await term.waitForText('Summary 2/');
	});

	it('suspends with Ctrl-Z and comes back on fg, redrawn', async () => {
		const term = await openTerminal({file: '/bin/bash', args: ['--norc', '--noprofile', '-i'], cols: 100, rows: 30, cwd: root, env: {PS1: 'shell$ '}});
		open.push(term);
		await term.waitForText('shell$');
		term.write(`${JSON.stringify(process.execPath)} ${JSON.stringify(program)}\r`);
		await term.waitForText('Summary 1/');
		term.press('C-z');
		await term.waitForText(/Stopped/);
		expect(term.isAlternateScreen()).toBe(false);
		expect(term.cursorVisible()).toBe(true);
		term.write('fg\r');
		await term.waitForText('Summary 1/');
		expect(term.isAlternateScreen()).toBe(true);
		term.press('j');
		await term.waitForText('Summary 2/');
		term.press('q');
		await term.waitFor(screen => !term.isAlternateScreen() && /^shell\$$/m.test(screen), {description: 'the shell prompt after quitting'});
		term.write('exit\r');
	});
});

describe('a CI variable inherited into a real terminal', () => {
	it('still draws the dashboard frame by frame (Ink alone would wait for exit)', async () => {
		const term = await sitrep({env: {CI: 'true', CONTINUOUS_INTEGRATION: '1'}});
		await term.waitForText('Summary 1/');
		term.press('j');
		await term.waitForText('Summary 2/');
		term.press('q');
		expect((await term.waitForExit()).exitCode).toBe(0);
	});
});

describe('leaving', () => {
	it('turns mouse reporting and bracketed paste off, shows the cursor and leaves the alternate screen', async () => {
		const term = await sitrep();
		await term.waitForText('Summary 1/');
		const mark = term.mark();
		term.press('q');
		expect((await term.waitForExit()).exitCode).toBe(0);
		const tail = term.output(mark);
		for (const sequence of ['\u001B[?1000l', '\u001B[?1002l', '\u001B[?1003l', '\u001B[?1006l', '\u001B[?2004l', '\u001B[?25h', '\u001B[?1049l']) {
			expect(tail, JSON.stringify(sequence)).toContain(sequence);
		}
		expect(term.isAlternateScreen()).toBe(false);
	});
});
