/**
 * The dashboard driven like a user at 100x30: keys in, screen out, on the bundled briefing (8 quotes, 11 items).
 */
import {afterEach, beforeAll, describe, expect, test} from 'vitest';
import type {PtyTerminal} from './harness/terminal.js';
import {disposeAll, ensureBuilt, isRunning, openSitrep, statusLine, waitForDashboard, waitForNoText, waitForPosition, waitForScreen, waitForText} from './support.js';

beforeAll(ensureBuilt);
afterEach(disposeAll);

const titles = ['1 Summary', '2 Quotes', '3 Inventory'];

/** A quote row in the Quotes pane: speaker, two or more spaces, opening quotation mark. */
const quoteRow = /[▶ ] (?:White House|John Kirby) {2,}“/g;

async function openDashboard(cols = 100, rows = 30): Promise<PtyTerminal> {
	const term = await openSitrep({cols, rows});
	await waitForDashboard(term);
	return term;
}

/** The row carrying the selection mark that also contains `text`. */
function markedRowWith(screen: string, text: string): boolean {
	return screen.split('\n').some(row => row.includes(`▶ ${text}`));
}

describe('dashboard at 100x30', () => {
	test('opens on the briefing: headline, byline, three panes and the key hints', async () => {
		const term = await openDashboard();
		const screen = await waitForPosition(term, 'Summary 1/10');

		expect(term.line(0)).toMatch(/^ sitrep {2}Russia and Iran developing ‘full-fledged defense partnership,’ White House says$/);
		expect(term.line(1)).toBe(' Washington Examiner · 2022 · 8 quotes · 11 items');
		for (const title of titles) {
			expect(screen).toContain(title);
		}

		// Summary has the focus (heavy border); the others are drawn light.
		expect(screen).toContain('┏━ 1 Summary ━');
		expect(screen).toContain('╭─ 2 Quotes ─');
		expect(screen).toContain('╭─ 3 Inventory ─');
		expect(statusLine(screen)).toMatch(/^ ↑↓ move {2}Tab pane {2}Enter detail {2}\/ search {2}\? help {2}q quit +Summary 1\/10$/);
		// The inventory is a table with its header row.
		expect(screen).toMatch(/│ System +│ Route +│ Quantity +│ Status +│ Likelihood │/);
		expect(term.isAlternateScreen()).toBe(true);
		expect(term.cursorVisible()).toBe(false);
	});

	test('Tab and Shift-Tab move the focus between panes', async () => {
		const term = await openDashboard();
		term.press('tab');
		let screen = await waitForPosition(term, 'Quotes 1/8');
		expect(screen).toContain('┏━ 2 Quotes ━');
		expect(screen).toContain('╭─ 1 Summary ─');
		term.press('tab');
		screen = await waitForPosition(term, 'Inventory 1/11');
		expect(screen).toContain('┏━ 3 Inventory ━');
		term.press('shift-tab');
		term.press('shift-tab');
		screen = await waitForPosition(term, 'Summary 1/10');
		expect(screen).toContain('┏━ 1 Summary ━');
	});

	test('a quote opens in detail, steps to the next one, and Esc returns to the dashboard', async () => {
		const term = await openDashboard();
		term.press('2');
		await waitForPosition(term, 'Quotes 1/8');
		term.press('j');
		let screen = await waitForPosition(term, 'Quotes 2/8');
		expect(markedRowWith(screen, 'John Kirby   “top military backer”')).toBe(true);
		expect(markedRowWith(screen, 'White House')).toBe(false);

		term.press('enter');
		screen = await waitForText(term, 'Quote 2 of 8');
		expect(screen).toContain('“top military backer”');
		expect(screen).toContain('John Kirby');
		expect(screen).toContain('National Security Council communications coordinator');
		// The detail layer covers the panes.
		expect(screen).not.toContain('3 Inventory');

		term.press('l');
		screen = await waitForText(term, 'Quote 3 of 8');
		expect(screen).not.toContain('Quote 2 of 8');
		expect(screen).toContain('transforming their relationship');
		term.press('h');
		await waitForText(term, 'Quote 2 of 8');
		term.press('right');
		await waitForText(term, 'Quote 3 of 8');

		term.press('escape');
		screen = await waitForScreen(term, text => text.includes('3 Inventory') && !text.includes('Quote 3 of 8'), 'the dashboard after Esc');
		// Stepping inside the detail moved the selection with it.
		screen = await waitForPosition(term, 'Quotes 3/8');
		expect(markedRowWith(screen, 'John Kirby   “transforming')).toBe(true);
		expect(screen).toContain('┏━ 2 Quotes ━');
	});

	test('3 then G selects the last inventory item, which opens as "Item 11 of 11"', async () => {
		const term = await openDashboard();
		term.press('3');
		await waitForPosition(term, 'Inventory 1/11');
		term.press('G');
		let screen = await waitForPosition(term, 'Inventory 11/11');
		expect(markedRowWith(screen, 'support for')).toBe(true);
		expect(screen).toMatch(/┏━ 3 Inventory ━+ 11\/11 ━/);
		// The first rows scrolled out of the table, and the border says so.
		expect(screen).not.toContain('▶ UAVs');
		expect(screen).toMatch(/▲ \d+ more/);

		term.press('enter');
		screen = await waitForText(term, 'Item 11 of 11');
		expect(screen).toContain('support for Russia’s military');
		term.press('escape');
		await waitForNoText(term, 'Item 11 of 11');
		term.press('g');
		screen = await waitForPosition(term, 'Inventory 1/11');
		expect(markedRowWith(screen, 'UAVs')).toBe(true);
	});

	test('? shows the keys; q closes the help without quitting; q again quits cleanly', async () => {
		const term = await openDashboard();
		term.press('?');
		let screen = await waitForText(term, /[━─] Keys [━─]/);
		expect(screen).toContain('Search the whole briefing');
		expect(screen).toContain('Focus the next pane');
		expect(screen).toContain('Open the selected row in detail');
		expect(screen).toContain('Next row');

		term.press('q');
		screen = await waitForScreen(term, text => !/[━─] Keys [━─]/.test(text) && titles.every(title => text.includes(title)), 'the dashboard after closing help');
		expect(isRunning(term.pid)).toBe(true);
		// Still alive and listening: a key still moves the selection.
		term.press('j');
		await waitForPosition(term, 'Summary 2/10');

		term.press('q');
		const status = await term.waitForExit();
		expect(status).toEqual({exitCode: 0, signal: undefined});
		expect(term.isAlternateScreen()).toBe(false);
		expect(term.cursorVisible()).toBe(true);
		expect(term.output()).toMatch(/\u001B\[\?1049h[\s\S]*\u001B\[\?1049l/);
	});

	test('a burst of five j written at once moves five rows', async () => {
		const term = await openDashboard();
		term.press('2');
		await waitForPosition(term, 'Quotes 1/8');
		term.write('jjjjj');
		const screen = await waitForPosition(term, 'Quotes 6/8');
		expect(markedRowWith(screen, 'John Kirby   “the establishment of a joint')).toBe(true);
		// Nothing was left over to arrive late.
		term.press('k');
		await waitForPosition(term, 'Quotes 5/8');
	});

	test('PgDn in Quotes moves by a page (all eight fit at 100x30, so one page reaches the end)', async () => {
		const term = await openDashboard();
		term.press('2');
		let screen = await waitForPosition(term, 'Quotes 1/8');
		expect(screen.match(quoteRow)).toHaveLength(8);
		term.press('pagedown');
		screen = await waitForPosition(term, 'Quotes 8/8');
		expect(markedRowWith(screen, 'John Kirby   “We are concerned')).toBe(true);
		term.press('pageup');
		await waitForPosition(term, 'Quotes 1/8');
	});
});

describe('paging a pane shorter than its list', () => {
	test('PgDn moves the selection by the number of visible quotes, PgUp moves it back', async () => {
		// 20 rows leave the Quotes pane room for only some of the eight quotes.
		const term = await openDashboard(100, 20);
		term.press('2');
		let screen = await waitForPosition(term, 'Quotes 1/8');
		const page = screen.match(quoteRow)?.length ?? 0;
		expect(page).toBeGreaterThan(1);
		expect(page).toBeLessThan(8);
		expect(screen).toContain(`▼ ${8 - page} more`);

		term.press('pagedown');
		screen = await waitForPosition(term, `Quotes ${1 + page}/8`);
		// The window scrolled with the selection: the first quote is gone and the marked row is on screen.
		expect(screen).not.toContain('White House  “full-fledged');
		expect(screen).toMatch(/▶ John Kirby {2,}“/);
		expect(screen).toMatch(/▲ \d+ more/);

		term.press('pageup');
		screen = await waitForPosition(term, 'Quotes 1/8');
		expect(screen).toContain('▶ White House  “full-fledged');
	});
});
