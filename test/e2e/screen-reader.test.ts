/**
 * `--screen-reader` driven in a real pty at 100x30: the dashboard's keys, answered in plain lines of words.
 */
import {stripVTControlCharacters} from 'node:util';
import {afterEach, beforeAll, describe, expect, test} from 'vitest';
import {disposeAll, ensureBuilt, openSitrep, overlongRows, waitForText} from './support.js';

beforeAll(ensureBuilt);
afterEach(disposeAll);

/** Box drawing and block elements, and the dashboard's glyph-only marks. */
const DRAWN = /[─-╿▀-▟▶▼▲⟦⟧]/;

describe('sitrep --screen-reader', () => {
	test('opens, moves, opens a detail and quits with status 0, drawing no box at any point', async () => {
		const term = await openSitrep({args: ['--screen-reader']});
		const first = await waitForText(term, 'Summary pane, 1 of 4 panes. Item 1 of 10.');
		expect(first).toContain('Selected: Item 1 of 10: Source: Russia and Iran developing');
		expect(first).toContain('Keys: j next, k previous, Tab next pane, Enter details, question mark help, q quit.');

		term.press('2');
		await waitForText(term, 'Quotes pane, 2 of 4 panes. Quote 1 of 8.');
		term.press('j');
		const moved = await waitForText(term, 'Quotes pane, 2 of 4 panes. Quote 2 of 8.');
		expect(moved).toContain('Selected: Quote 2 of 8, John Kirby, attribution explicit (named in the text)');

		term.press('enter');
		const detail = await waitForText(term, 'Detail of quote 2 of 8.');
		expect(detail).toContain('Quotation: “top military backer”');
		expect(detail).toContain('Speaker: John Kirby, National Security Council communications coordinator.');
		expect(overlongRows(detail, 100)).toEqual([]);

		term.press('escape');
		await waitForText(term, 'Quotes pane, 2 of 4 panes. Quote 2 of 8.');
		term.press('q');
		const status = await term.waitForExit();
		expect(status).toEqual({exitCode: 0, signal: undefined});
		expect(stripVTControlCharacters(term.output())).not.toMatch(DRAWN);
	});

	test('INK_SCREEN_READER=true gives the same words, and the dashboard stays the default', async () => {
		const spoken = await openSitrep({env: {INK_SCREEN_READER: 'true'}});
		await waitForText(spoken, 'Summary pane, 1 of 4 panes.');
		const drawn = await openSitrep();
		const screen = await waitForText(drawn, '1 Summary');
		expect(screen).toMatch(DRAWN);
		expect(screen).not.toContain('Summary pane, 1 of 4 panes.');
	});

	test('each frame fits a small terminal', async () => {
		const term = await openSitrep({args: ['--screen-reader'], cols: 40, rows: 10});
		await waitForText(term, 'Summary pane');
		term.press('3');
		await waitForText(term, 'Inventory pane');
		term.press('j');
		const screen = await waitForText(term, 'Selected: Item 2 of 11:');
		expect(overlongRows(screen, 40)).toEqual([]);
		// The last row of the terminal stays empty, as the dashboard leaves it, so nothing scrolls.
		expect(screen.split('\n')[9] ?? '').toBe('');
		expect(stripVTControlCharacters(term.output())).not.toMatch(DRAWN);
	});
});
