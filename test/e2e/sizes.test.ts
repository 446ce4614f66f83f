/**
 * The dashboard at every layout size, and across live resizes: the frame must fit the terminal exactly (nothing
 * wider than a row, nothing taller than the screen, so it never scrolls) and show what the layout promises.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import stringWidth from 'string-width';
import {afterEach, beforeAll, describe, expect, test} from 'vitest';
import type {PtyTerminal} from './harness/terminal.js';
import {disposeAll, ensureBuilt, openSitrep, overlongRows, repoRoot, statusLine, waitForScreen, waitForText} from './support.js';

beforeAll(ensureBuilt);
afterEach(disposeAll);

const briefing = JSON.parse(readFileSync(path.join(repoRoot, 'data/briefings/russia-iran-defense-partnership.json'), 'utf8')) as {
	inventory: Array<{system: string}>;
};
const systems = briefing.inventory.map(item => item.system);

const leftBorder = /^[┏┃┗╭│╰]/;
const rightBorder = /[┓┃┛╮│╯]$/;
/** A pane title in its top border, heavy or light. */
const paneTitle = (title: string) => new RegExp(`[┏╭][━─] ${title} [━─]`);
const allTitles = ['1 Summary', '2 Quotes', '3 Inventory'];
/** An inventory table data row: a System cell, then a Route cell with its arrow. */
const tableRow = /│ [▶ ] [^│]+│ [^│]*→[^│]*│/g;

/**
 * What is wrong with `screen` as a dashboard frame for a `cols` x `rows` terminal; empty when nothing is. Covers
 * overflow (a row wider than the terminal, or a bordered row that wrapped and so no longer spans it exactly) and
 * scrolling (the header not on the first row, the status bar not at the bottom, a frame drawn twice).
 */
function frameProblems(screen: string, cols: number, rows: number): string[] {
	const lines = screen.split('\n');
	const problems: string[] = [];
	if (lines.length !== rows) problems.push(`${lines.length} rows on a ${rows}-row screen`);
	for (const row of overlongRows(screen, cols)) problems.push(`row wider than ${cols}: ${JSON.stringify(row)}`);
	if (!lines[0]?.startsWith(' sitrep  ')) problems.push(`first row is not the header: ${JSON.stringify(lines[0])}`);
	const headers = lines.filter(row => row.startsWith(' sitrep  ')).length;
	if (headers !== 1) problems.push(`${headers} header rows`);
	const statusRows = lines.flatMap((row, index) => (row.startsWith(' ↑↓ move') ? [index] : []));
	if (statusRows.length !== 1 || statusRows[0]! < rows - 2) problems.push(`status bar on rows ${JSON.stringify(statusRows)} of ${rows}`);
	const below = lines.slice((statusRows[0] ?? rows) + 1).filter(row => row !== '');
	if (below.length > 0) problems.push(`text below the status bar: ${JSON.stringify(below)}`);
	for (const [index, row] of lines.entries()) {
		if (leftBorder.test(row) && (!rightBorder.test(row) || stringWidth(row) !== cols)) {
			problems.push(`row ${index} is not a full-width framed row: ${JSON.stringify(row)}`);
		}
	}

	return problems;
}

/** The frame fits, and the status bar shows a position (so the first full frame is drawn). */
function isFrame(screen: string, cols: number, rows: number): boolean {
	return frameProblems(screen, cols, rows).length === 0 && /\d+\/\d+$/.test(statusLine(screen) ?? '');
}

async function waitForFrame(term: PtyTerminal, extra: (screen: string) => boolean = () => true, since = 0): Promise<string> {
	const {cols, rows} = term;
	return waitForScreen(
		term,
		// A frame drawn after `since`: right after a resize, the emulator still shows the old frame cut to size.
		screen => term.output(since).includes(' sitrep ') && isFrame(screen, cols, rows) && extra(screen),
		`a whole ${cols}x${rows} frame`,
	);
}

function expectFrame(screen: string, cols: number, rows: number): void {
	expect(frameProblems(screen, cols, rows), screen).toEqual([]);
}

function expectWide(screen: string): void {
	for (const title of allTitles) expect(screen).toMatch(paneTitle(title));
}

function expectAllInventoryRows(screen: string): void {
	expect(screen.match(tableRow)).toHaveLength(systems.length);
	for (const system of systems) expect(screen).toContain(`│ ${system === systems[0] ? '▶' : ' '} ${system} `);
	expect(screen).toMatch(/[╭┏][─━] 3 Inventory [─━]+ 1\/11 [─━]/);
	// No "▲ / ▼ N more" on the Inventory pane: find its bottom border under the table.
	const bottom = screen.split('\n').findLast(row => row.includes('╰') && row.endsWith('╯'));
	expect(bottom).toBeDefined();
	expect(bottom!.slice(bottom!.lastIndexOf('╰'))).not.toMatch(/more/);
}

/** 40x12: one pane at a time, with a tab strip naming all three. */
function isNarrow(screen: string): boolean {
	const lines = screen.split('\n');
	// Narrow, the other tabs are said by number and initial.
	return (lines[1]?.includes('[1 Summary]') ?? false) && lines[1]!.includes('2 Q') && lines[1]!.includes('3 I') && lines[1]!.includes('4 S');
}

describe('opening at each size', () => {
	test('20x6 asks for a larger terminal', async () => {
		const term = await openSitrep({cols: 20, rows: 6});
		const screen = await waitForText(term, 'Enlarge the terminal');
		expect(term.line(0)).toBe('Enlarge the terminal');
		expect(screen).toContain('20x6');
		expect(overlongRows(screen, 20)).toEqual([]);
		term.press('q');
		expect(await term.waitForExit()).toEqual({exitCode: 0, signal: undefined});
	});

	test('40x12 shows one pane with a tab strip', async () => {
		const term = await openSitrep({cols: 40, rows: 12});
		const screen = await waitForFrame(term, isNarrow);
		expectFrame(screen, 40, 12);
		expect(term.line(1).trim()).toBe('[1 Summary] 2 Q  3 I  4 S');
		expect(screen).toMatch(paneTitle('1 Summary'));
		expect(screen).not.toMatch(paneTitle('2 Quotes'));
		expect(screen).not.toMatch(paneTitle('3 Inventory'));
		// Tab moves the tab strip's brackets and swaps the pane.
		term.press('tab');
		const next = await waitForFrame(term, text => text.split('\n')[1]?.includes('[2 Quotes]') ?? false);
		expect(next).toMatch(paneTitle('2 Quotes'));
		expect(next).not.toMatch(paneTitle('1 Summary'));
	});

	test.each([
		[60, 20],
		[80, 24],
	])('%ix%i splits the screen between all three panes', async (cols, rows) => {
		const term = await openSitrep({cols, rows});
		const screen = await waitForFrame(term);
		expectFrame(screen, cols, rows);
		expectWide(screen);
	});

	test('120x40 shows all three panes', async () => {
		const term = await openSitrep({cols: 120, rows: 40});
		const screen = await waitForFrame(term);
		expectFrame(screen, 120, 40);
		expectWide(screen);
	});

	test('200x60 shows all three panes and every inventory row', async () => {
		const term = await openSitrep({cols: 200, rows: 60});
		const screen = await waitForFrame(term);
		expectFrame(screen, 200, 60);
		expectWide(screen);
		expectAllInventoryRows(screen);
	});
});

/** 20 sizes, small and large, ending at 100x30. */
const storm: Array<[number, number]> = [
	[40, 12], [200, 60], [25, 7], [120, 40], [61, 19], [80, 24], [30, 8], [160, 50], [59, 30], [100, 10],
	[45, 45], [119, 30], [120, 29], [20, 6], [300, 80], [70, 16], [90, 35], [33, 9], [150, 20], [100, 30],
];

/**
 * Resizes while the program is stopped, so it gets the whole burst as one SIGWINCH (signals of one kind coalesce
 * while pending) and never sees the sizes in between: the same thing happens by chance when a window is dragged
 * faster than the program reacts, and here it happens every time.
 */
function resizeWhileBusy(term: PtyTerminal, sizes: Array<[number, number]>): void {
	process.kill(term.pid, 'SIGSTOP');
	try {
		for (const [cols, rows] of sizes) term.resize(cols, rows);
	} finally {
		process.kill(term.pid, 'SIGCONT');
	}
}

const byline = ' Washington Examiner · 2022 · 8 quotes · 11 items';

/** Waits for a frame at `cols` x `rows` drawn after `since`, lets queued renders land, and checks what stays. */
async function expectRedrawnAt(term: PtyTerminal, since: number, cols: number, rows: number): Promise<void> {
	expect([term.cols, term.rows]).toEqual([cols, rows]);
	await waitForScreen(
		term,
		text => term.output(since).includes(' sitrep ') && statusLine(text)?.endsWith('Quotes 1/8') === true,
		`a ${cols}x${rows} frame`,
		3000,
	);
	const screen = await term.settle(300);
	expectFrame(screen, cols, rows);
	expect(term.line(0)).toMatch(/^ sitrep {2}Russia and Iran/);
	expect(term.line(1)).toBe(byline);
	expect([rows - 2, rows - 1]).toContain(screen.split('\n').findIndex(row => row.startsWith(' ↑↓ move')));
	expectWide(screen);
	expect(screen).toContain('┏━ 2 Quotes ━');
}

async function openOnQuotes(cols: number, rows: number): Promise<PtyTerminal> {
	const term = await openSitrep({cols, rows});
	await waitForFrame(term);
	term.press('2');
	await waitForScreen(term, screen => statusLine(screen)?.endsWith('Quotes 1/8') ?? false, 'Quotes focused');
	await term.settle(100);
	return term;
}

describe('resizing a running dashboard', () => {
	test('100x30 -> 40x12 -> 200x60 -> 80x24 redraws for each new size', async () => {
		const term = await openSitrep({cols: 100, rows: 30});
		expectFrame(await waitForFrame(term), 100, 30);

		let since = term.mark();
		term.resize(40, 12);
		let screen = await waitForFrame(term, isNarrow, since);
		expectFrame(screen, 40, 12);

		since = term.mark();
		term.resize(200, 60);
		screen = await waitForFrame(term, text => allTitles.every(title => paneTitle(title).test(text)) && (text.match(tableRow)?.length ?? 0) === systems.length, since);
		expectFrame(screen, 200, 60);
		expectWide(screen);
		expectAllInventoryRows(screen);

		since = term.mark();
		term.resize(80, 24);
		screen = await waitForFrame(term, text => allTitles.every(title => paneTitle(title).test(text)), since);
		expectFrame(screen, 80, 24);
		expectWide(screen);
		expect(screen).not.toContain('[1 Summary]');
	});

	test('a single resize 80x24 -> 100x30 after settling redraws every row', async () => {
		const term = await openOnQuotes(80, 24);
		const since = term.mark();
		term.resize(100, 30);
		await expectRedrawnAt(term, since, 100, 30);
	});

	// Frames are written as a diff against the previous one, but during a burst the terminal cuts the old frame to
	// the smaller sizes in between, so every resize must repaint from a clean screen. SIGSTOP while resizing makes
	// the program see the burst as one change, which is the hard case (it failed every time before the fix).
	test('a storm of 20 rapid resizes ending at 100x30 leaves a correct 100x30 screen', async () => {
		const term = await openOnQuotes(80, 24);
		const since = term.mark();
		resizeWhileBusy(term, storm);
		await expectRedrawnAt(term, since, 100, 30);
	});

	// A shrink and regrow that ends at the size last drawn changes nothing Node reports (no 'resize' event), yet the
	// terminal has lost the frame: the program must repaint on SIGWINCH itself.
	test('shrinking to 40x12 and growing back to 100x30 at once redraws the frame', async () => {
		const term = await openOnQuotes(100, 30);
		const since = term.mark();
		resizeWhileBusy(term, [[40, 12], [100, 30]]);
		await expectRedrawnAt(term, since, 100, 30);
	});
});
