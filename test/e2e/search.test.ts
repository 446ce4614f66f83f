import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import type {PtyTerminal} from './harness/terminal.js';
import {disposeAll, ensureBuilt, openSitrep, seedBriefing, waitForText} from './support.js';
import {searchBriefing} from '../support/full-search.js';

const seed = seedBriefing();
/** The status bar while a search is kept: the query, where n and N stand, and the focused pane's position. */
const searchStatus = (screen: string): string => screen.split('\n').find(row => row.includes('(n/N)')) ?? '';
const rowsFound = (query: string): number => new Set(searchBriefing(seed, query).map(match => `${match.pane}:${match.entry}`)).size;

/** Types `query` on the search line and keeps it with Enter. */
async function keepSearch(term: PtyTerminal, query: string): Promise<void> {
	term.press('/');
	term.write(query);
	await waitForText(term, `/${query}▏`);
	term.press('enter');
}

/**
 * From the search just kept with Enter (wherever it started), presses n once round every one of `rows` rows found
 * and back, giving `visit` each screen and its status bar.
 */
async function goRound(term: PtyTerminal, query: string, rows: number, visit: (screen: string, status: string) => void): Promise<void> {
	let screen = await waitForText(term, new RegExp(`“${query}” \\d+/${rows} \\(n/N\\)`));
	for (let press = 0; press <= rows; press++) {
		const status = searchStatus(screen);
		visit(screen, status);
		const current = Number(status.match(/“[^”]*” (\d+)\//)![1]);
		term.press('n');
		screen = await waitForText(term, `“${query}” ${(current % rows) + 1}/${rows} (n/N)`);
	}
}

beforeAll(ensureBuilt);
afterEach(disposeAll);

describe('search', () => {
	it('counts matches live as the query is typed, and letters are text, not commands', async () => {
		const term = await openSitrep({cols: 100, rows: 30});
		await waitForText(term, 'Summary 1/');
		term.press('/');
		await waitForText(term, 'Enter keep');
		term.write('su-35');
		const matches = searchBriefing(seed, 'su-35').length;
		await waitForText(term, `/su-35▏ ${matches} matches in ${rowsFound('su-35')} rows`);
		// q, j and ? typed on the search line do not quit, move or open help.
		term.write('qj?');
		await waitForText(term, '/su-35qj?▏ no match');
		expect(term.isAlternateScreen()).toBe(true);
	});

	it('Enter keeps the search; n and N go from row to row across panes, focusing and selecting', async () => {
		const term = await openSitrep({cols: 100, rows: 30});
		await waitForText(term, 'Summary 1/');
		term.press('/');
		term.write('kirby');
		await waitForText(term, '/kirby▏');
		term.press('enter');
		const rows = rowsFound('kirby');
		await waitForText(term, `“kirby” 1/${rows} (n/N)`);
		term.press('n');
		await waitForText(term, `“kirby” 2/${rows} (n/N)`);
		term.press('N');
		term.press('N');
		await waitForText(term, `“kirby” ${rows}/${rows} (n/N)`);
		// The last row found is in the Source pane, which takes the whole body.
		await waitForText(term, '[4 Source]');
	});

	it('matches curly quotes with straight ones and marks the matches on screen', async () => {
		const term = await openSitrep({cols: 100, rows: 30});
		await waitForText(term, 'Summary 1/');
		term.press('/');
		term.write('"top military backer"');
		await waitForText(term, `${searchBriefing(seed, '"top military backer"').length} match`);
		term.press('enter');
		const screen = await waitForText(term, '“"top military backer"” 1/');
		expect(screen).toContain('“top military backer”');
		// Matches are marked with inverse video (SGR 7), so they show without colour too.
		expect(term.output()).toMatch(/\u001B\[(?:\d+;)*7m[^\u001B]*(?:\u001B\[[\d;]*m)*“top military backer”/);
	});

	it('Esc clears the search', async () => {
		const term = await openSitrep({cols: 100, rows: 30});
		await waitForText(term, 'Summary 1/');
		await keepSearch(term, 'iran');
		await waitForText(term, '“iran” 1/');
		term.press('escape');
		await waitForText(term, 'Enter detail');
	});

	it('n lands on the inventory rows a match is in as sorted, and skips items a filter hides', async () => {
		const term = await openSitrep({cols: 100, rows: 30});
		await waitForText(term, 'Summary 1/');
		// Z to A by System: the two Su-35 items are no longer rows 3 and 4.
		term.press('3');
		term.press('>');
		term.press('I');
		await waitForText(term, 'sorted by System, Z to A');
		await keepSearch(term, 'su-35');
		const rows = rowsFound('su-35');
		// Enter goes to the first match from where the reader is (the inventory's first row); n then goes round them all.
		const inventoryRows = new Set<string>();
		await goRound(term, 'su-35', rows, (screen, status) => {
			const at = status.match(/Inventory (\d+)\/\d+\s*$/);
			if (!at) return;
			inventoryRows.add(at[1]!);
			expect(screen, status).toMatch(/▶ Su-35 /);
		});
		const sorted = [...seed.inventory].sort((a, b) => b.system.localeCompare(a.system, undefined, {sensitivity: 'base', numeric: true}));
		const su35Rows = sorted.flatMap((item, index) => (item.system === 'Su-35' ? [String(index + 1)] : []));
		expect([...inventoryRows].sort()).toEqual(su35Rows);

		// With only the UAVs shown, the Su-35 items are hidden, and n goes past the inventory.
		term.press('escape');
		await waitForText(term, 'Enter detail');
		term.press('f');
		await waitForText(term, 'Filter the inventory');
		term.press('space');
		term.press('f');
		await waitForText(term, '3 Inventory · category: uav');
		await keepSearch(term, 'su-35');
		const shown = rows - su35Rows.length;
		await goRound(term, 'su-35', shown, (_screen, status) => expect(status).not.toMatch(/Inventory \d+\/\d+\s*$/));
	});
});
