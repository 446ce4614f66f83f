/**
 * --mouse in a real terminal: xterm (headless) records which mouse reporting the program asked for and, like a real
 * terminal, the harness sends reports only while it is on.
 */
import stringWidth from 'string-width';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import type {PtyTerminal} from './harness/terminal.js';
import {openTerminal} from './harness/terminal.js';
import {disposeAll, distPath, ensureBuilt, openSitrep, repoRoot, waitForDashboard, waitForPosition, waitForText} from './support.js';

beforeAll(ensureBuilt);
const shells: PtyTerminal[] = [];
afterEach(async () => {
	await Promise.all(shells.splice(0).map(async term => term.dispose()));
	await disposeAll();
});

/** The cell where `text` is on the screen, counted from 0 as the terminal does. */
function cellOf(term: PtyTerminal, text: string): {column: number; row: number} {
	const rows = term.screen().split('\n');
	const row = rows.findIndex(line => line.includes(text));
	if (row < 0) throw new Error(`"${text}" is not on screen:\n${rows.join('\n')}`);
	return {column: stringWidth(rows[row]!.slice(0, rows[row]!.indexOf(text))), row};
}

function click(term: PtyTerminal, text: string): void {
	const {column, row} = cellOf(term, text);
	expect(term.mouse('click', column, row)).toBe(true);
}

describe('sitrep --mouse', () => {
	it('selects with a click, opens with a second, scrolls with the wheel, and turns reporting off at exit', async () => {
		const term = await openSitrep({args: ['--mouse'], shellWrap: true});
		await waitForDashboard(term);
		// Presses and the wheel in the SGR encoding; no motion tracking, which would flood a slow link.
		expect(term.mouseTracking()).toBe('vt200');
		expect(term.output()).toContain('\u001B[?1006h');
		expect(term.output()).not.toMatch(/\u001B\[\?100[23]h/);

		click(term, 'top military backer');
		await waitForPosition(term, 'Quotes 2/8');
		click(term, 'top military backer');
		await waitForText(term, 'Quote 2 of 8');
		term.press('escape');
		await waitForText(term, 'Enter detail');

		const {column, row} = cellOf(term, 'Route');
		term.mouse('wheel-down', column, row);
		await waitForText(term, /▲ 2 more/);
		// The wheel scrolled the Inventory under the pointer; the focus stayed on Quotes.
		await waitForPosition(term, 'Quotes 2/8');

		term.press('q');
		const result = await term.waitForShellExit();
		expect(result.exitCode).toBe(0);
		expect(result.sttyAfter).toBe(result.sttyBefore);
		expect(term.mouseTracking()).toBe('none');
		expect(term.isAlternateScreen()).toBe(false);
	});

	it('asks for no mouse reports without the flag, so the terminal keeps its own selection', async () => {
		const term = await openSitrep();
		await waitForDashboard(term);
		term.press('j');
		await waitForPosition(term, 'Summary 2/10');
		expect(term.mouseTracking()).toBe('none');
		expect(term.output()).not.toContain('\u001B[?1000h');
		expect(term.mouse('click', 60, 4)).toBe(false);
	});

	it('gives the mouse back while suspended and asks for it again on fg', async () => {
		const term = await openTerminal({file: '/bin/bash', args: ['--norc', '--noprofile', '-i'], cols: 100, rows: 30, cwd: repoRoot, env: {PS1: 'shell$ '}});
		shells.push(term);
		await term.waitForText('shell$');
		term.write(`${JSON.stringify(process.execPath)} ${JSON.stringify(distPath)} --mouse\r`);
		await term.waitForText('Summary 1/');
		expect(term.mouseTracking()).toBe('vt200');
		term.press('C-z');
		await term.waitForText(/Stopped/);
		expect(term.mouseTracking()).toBe('none');
		term.write('fg\r');
		await term.waitForText('Summary 1/');
		expect(term.mouseTracking()).toBe('vt200');
		click(term, 'top military backer');
		await term.waitForText(/Quotes 2\/8\s*$/m);
		term.press('q');
		await term.waitFor(screen => !term.isAlternateScreen() && /^shell\$$/m.test(screen), {description: 'the shell prompt after quitting'});
		expect(term.mouseTracking()).toBe('none');
		term.write('exit\r');
	});
});
