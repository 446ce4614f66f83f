import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {searchBriefing} from '../../source/search/briefing.js';
import {disposeAll, ensureBuilt, openSitrep, waitForText, seedBriefing} from './support.js';

const seed = seedBriefing();
const rowsFound = (query: string): number => new Set(searchBriefing(seed, query).map(match => `${match.pane}:${match.entry}`)).size;

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
		term.press('/');
		term.write('iran');
		term.press('enter');
		await waitForText(term, '“iran” 1/');
		term.press('escape');
		await waitForText(term, 'Enter detail');
	});
});
