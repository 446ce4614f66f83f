import {chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {disposeAll, ensureBuilt, openSitrep, waitForNoText, waitForText, seedBriefing} from './support.js';

const ARTICLE = 'https://example.org/russia-iran';
const KIRBY = 'https://example.org/people/kirby';
let directory: string;

/** The seed with links, which the seed itself does not have: the article's and John Kirby's. */
function withLinks(articleUrl = ARTICLE): string {
	const briefing = seedBriefing();
	briefing.source.url = articleUrl;
	briefing.people = briefing.people.map(person => (person.name === 'John Kirby' ? {...person, url: KIRBY} : person));
	const file = join(directory, `linked-${Math.random().toString(36).slice(2)}.json`);
	writeFileSync(file, JSON.stringify(briefing));
	return file;
}

const hyperlink = (url: string): string => `\u001B]8;;${url}\u0007`;

beforeAll(() => {
	ensureBuilt();
	directory = mkdtempSync(join(tmpdir(), 'sitrep-links-'));
	// A stand-in browser opener: it writes down what it was asked to open.
	writeFileSync(join(directory, 'xdg-open'), `#!/bin/sh\nprintf '%s' "$1" > "${join(directory, 'opened.txt')}"\n`);
	chmodSync(join(directory, 'xdg-open'), 0o755);
});
afterEach(disposeAll);
afterAll(() => rmSync(directory, {recursive: true, force: true}));

describe('links', () => {
	it('draws the article and speaker links as hyperlinks (OSC 8)', async () => {
		const term = await openSitrep({args: [withLinks()], cols: 100, rows: 30});
		const screen = await waitForText(term, `Link ${ARTICLE}`);
		expect(term.output()).toContain(hyperlink(ARTICLE));
		// The link takes only its label's cells: the pane's border and the next pane stay in place.
		expect(screen.split('\n').find(line => line.includes('Link '))).toMatch(/Link https:\/\/example\.org\/russia-iran +┃│ /);
		term.press('2');
		term.press('j');
		term.press('enter');
		await waitForText(term, KIRBY);
		expect(term.output()).toContain(hyperlink(KIRBY));
	});

	it('o opens the link locally, through the system opener and without a shell', async () => {
		const term = await openSitrep({args: [withLinks()], cols: 100, rows: 30, env: {PATH: `${directory}:${process.env['PATH']}`, DISPLAY: ':0'}});
		await waitForText(term, 'Summary 1/');
		term.press('2');
		await waitForText(term, 'Quotes 1/');
		term.press('j');
		await waitForText(term, 'Quotes 2/');
		term.press('o');
		await waitForText(term, `Opened ${KIRBY}`);
		await expect.poll(() => readFileSync(join(directory, 'opened.txt'), 'utf8')).toBe(KIRBY);
	});

	it('does not open a link over SSH, and says why', async () => {
		const term = await openSitrep({args: [withLinks()], cols: 120, rows: 30, env: {SSH_CONNECTION: '10.0.0.1 5000 10.0.0.2 22'}});
		await waitForText(term, 'Summary 1/');
		term.press('o');
		await waitForText(term, 'Not opened over SSH');
	});

	it('never links or opens anything but http, https and mailto', async () => {
		const term = await openSitrep({args: [withLinks('javascript:alert(1)')], cols: 100, rows: 30, env: {DISPLAY: ':0'}});
		await waitForText(term, 'Summary 1/');
		expect(term.output()).not.toContain('\u001B]8;;javascript');
		term.press('o');
		await waitForText(term, 'Only http, https and mailto links are opened');
		await waitForNoText(term, 'Opened');
	});
});
