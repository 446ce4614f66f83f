/**
 * The config file, read by the built program in a pty: its settings shape the dashboard, and a broken one stops
 * sitrep with one line before anything is drawn.
 */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, test} from 'vitest';
import {ECHO_LIMIT} from '../../source/briefing/errors.js';
import {disposeAll, ensureBuilt, escapeSequence, openSitrep, waitForDashboard, waitForPosition, waitForScreen, statusLine} from './support.js';

beforeAll(ensureBuilt);
afterEach(disposeAll);

const homes: string[] = [];
afterAll(() => {
	for (const home of homes) rmSync(home, {recursive: true, force: true});
});

/** A fresh XDG_CONFIG_HOME holding `sitrep/config.json` with `text`. */
function configHome(text: string): {home: string; file: string} {
	const home = mkdtempSync(path.join(tmpdir(), 'sitrep-config-'));
	homes.push(home);
	mkdirSync(path.join(home, 'sitrep'));
	const file = path.join(home, 'sitrep', 'config.json');
	writeFileSync(file, text);
	return {home, file};
}

describe('config file', () => {
	test('opens on the configured pane, moves with the configured key, and the help says so', async () => {
		const {home} = configHome(JSON.stringify({defaultPane: 'quotes', theme: 'light', keys: {dashboard: {'move-down': ['e']}}}));
		const term = await openSitrep({env: {XDG_CONFIG_HOME: home}});
		await waitForDashboard(term);
		const first = await waitForPosition(term, 'Quotes 1/8');
		// The status bar names the configured keys too.
		expect(statusLine(first)).toMatch(/^ ↑e move /);

		term.press('e');
		await waitForPosition(term, 'Quotes 2/8');

		// j is no longer bound; k still is, so moving up after it proves j was ignored and not merely slow.
		term.press('j');
		term.press('k');
		await waitForPosition(term, 'Quotes 1/8');

		term.press('?');
		const help = await waitForScreen(term, screen => /\be {2,}Next row\b/.test(screen), 'the help listing e for Next row');
		expect(help).not.toMatch(/\bj {2,}Next row\b/);
	});

	test('an invalid config is one line on stderr naming the file and the entry, and status 2', async () => {
		const {home, file} = configHome(JSON.stringify({keys: {dashboard: {'move-down': ['F13']}}}));
		const term = await openSitrep({env: {XDG_CONFIG_HOME: home}});
		const status = await term.waitForExit();
		expect(status).toEqual({exitCode: 2, signal: undefined});
		const output = term.output().replace(/\r?\n$/, '');
		// The file's path is named by its end, which identifies it, and a long one is cut at the front to fit the line.
		const named = /^sitrep: (.+?): keys\.dashboard\.move-down\[0\]: /.exec(output)?.[1];
		expect(named).toBeDefined();
		expect(named!.endsWith(path.join('sitrep', 'config.json'))).toBe(true);
		expect(file.endsWith(named!.replace(/^…/, ''))).toBe(true);
		if ([...file].length > ECHO_LIMIT) expect([...named!]).toHaveLength(ECHO_LIMIT);
		else expect(named).toBe(file);
		expect(output).not.toMatch(/[\r\n]/);
		expect(output).not.toMatch(escapeSequence);
	});

	test('--config with a file that does not exist is status 2', async () => {
		const term = await openSitrep({args: ['--config', '/nonexistent/sitrep.json']});
		const status = await term.waitForExit();
		expect(status).toEqual({exitCode: 2, signal: undefined});
		expect(term.output()).toMatch(/^sitrep: .*\/nonexistent\/sitrep\.json/);
	});
});
