import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import type {Briefing} from '../../source/briefing/schema.js';
import {disposeAll, distPath, ensureBuilt, openSitrep, waitForNoText, waitForText, seedBriefing} from './support.js';

/**
 * Every way text could act on a terminal, each tagged so a test can tell whether it arrived raw: a screen clear,
 * a title change (OSC ended by BEL), a clipboard write and a hyperlink (OSC ended by ST), 8-bit CSI, NUL, DEL and
 * bidirectional overrides.
 */
const PAYLOADS = [
	'\u001B[2J\u001B[HCLEARED',
	'\u001B]0;PWNED-TITLE\u0007',
	'\u001B]52;c;UFdORUQtQ0xJUA==\u001B\\',
	'\u001B]8;;https://evil.example\u001B\\LINK\u001B]8;;\u001B\\',
	'\u009B31mC1-CSI',
	'NUL\u0000DEL\u007F',
	'\u202Edesrever\u202C \u2066iso\u2069 \u200Fmark',
];
const HOSTILE = PAYLOADS.join(' ');

/** The raw forms that must never reach the terminal from data. */
const RAW = ['\u001B]0;PWNED', '\u001B]52;', '\u001B]8;;https://evil', '\u009B', '\u0000', '\u007F', '\u202E', '\u2066', '\u200F', '\u001B[2J\u001B[HCLEARED'];

let directory: string;
let file: string;

/** The seed briefing with the payloads appended to one paragraph, and a quote, a speaker and an item built on them. */
function hostileBriefing(): Briefing {
	const briefing = seedBriefing();
	const paragraph = `${briefing.article.paragraphs[0]} “${HOSTILE}” said Evil${HOSTILE}.`;
	briefing.article.paragraphs[0] = paragraph;
	const start = paragraph.indexOf(HOSTILE);
	const speaker = `Evil${HOSTILE}`;
	briefing.people.push({id: 'evil', name: speaker, kind: 'person', role: `Agent ${HOSTILE}`});
	briefing.quotes.unshift({id: 'evil-quote', text: HOSTILE, speaker, attribution: 'inferred', kind: 'statement', paragraph: 1, start, end: start + HOSTILE.length});
	briefing.inventory.unshift({
		id: 'evil-item',
		category: 'other',
		system: `System ${HOSTILE}`,
		supplier: {country: `Evil${HOSTILE}`, basis: 'stated'},
		recipient: {country: 'Russia', basis: 'stated'},
		quantity: {text: HOSTILE},
		status: 'unknown',
		likelihood: 'stated',
		hedges: [],
		claimedBy: speaker,
		evidence: [{text: HOSTILE, paragraph: 1, start, end: start + HOSTILE.length}],
	});
	briefing.source.headline = `Headline ${HOSTILE}`;
	// The headline is paragraph 0: a quote located there must still match it, so point the headline quote anew.
	const headlineQuote = briefing.quotes.find(quote => quote.paragraph === 0);
	if (headlineQuote) briefing.quotes.splice(briefing.quotes.indexOf(headlineQuote), 1);
	briefing.summary.lede = `Lede ${HOSTILE}`;
	briefing.summary.keyPoints[0]!.text = `Point ${HOSTILE}`;
	briefing.source.tags.push(HOSTILE);
	return briefing;
}

beforeAll(() => {
	ensureBuilt();
	directory = mkdtempSync(join(tmpdir(), 'sitrep-hostile-'));
	file = join(directory, 'hostile.json');
	writeFileSync(file, JSON.stringify(hostileBriefing()));
});

afterEach(disposeAll);
afterAll(() => {
	execFileSync('rm', ['-rf', directory]);
});

function expectNoRawPayload(output: string, where: string): void {
	for (const raw of RAW) expect(output.includes(raw), `${where} wrote ${JSON.stringify(raw)} raw`).toBe(false);
}

describe('a hostile briefing', () => {
	it('is valid, so it reaches every view', () => {
		const result = spawnSync(process.execPath, [distPath, '--format', 'json', file], {encoding: 'utf8'});
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
	});

	it.each(['text', 'markdown', 'json'])('prints --format %s with every control neutralised', format => {
		const output = execFileSync(process.execPath, [distPath, '--format', format, file], {encoding: 'utf8'});
		expectNoRawPayload(output, `--format ${format}`);
		if (format === 'json') {
			// Still the same data once parsed, so it round-trips.
			expect(JSON.parse(output).quotes[0].text).toBe(HOSTILE);
			expect(output).not.toContain('\u001B');
		} else {
			// Markdown escapes its own punctuation (\]); what matters is that the escape is shown, not obeyed.
			expect(output.replaceAll('\\', '')).toContain('␛]0;PWNED-TITLE');
			expect(output).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
		}
	});

	it('shows the dashboard, details and help without letting data act on the terminal', async () => {
		const term = await openSitrep({args: [file], cols: 120, rows: 40});
		await waitForText(term, 'Summary 1/');
		term.press('2');
		term.press('enter');
		await waitForText(term, 'Quote 1 of');
		// A key right behind a lone Esc would read as Alt+key, as in any terminal program: wait for the dashboard.
		term.press('escape');
		await waitForNoText(term, 'Quote 1 of');
		term.press('3');
		term.press('enter');
		await waitForText(term, 'Item 1 of');
		term.press('G');
		await waitForText(term, /100%|Item 1 of/);
		term.press('escape');
		await waitForNoText(term, 'Item 1 of');
		term.press('?');
		await waitForText(term, 'Keys');
		term.press('q');
		term.press('q');
		expect((await term.waitForExit()).exitCode).toBe(0);
		expectNoRawPayload(term.output(), 'the dashboard');
		expect(term.history()).not.toContain('CLEARED\n');
	});

	it('names a hostile file name, key and value in an error without acting on them', () => {
		const badName = join(directory, `bad\u001B]0;PWNED-TITLE\u0007.json`);
		writeFileSync(badName, JSON.stringify({...hostileBriefing(), ['\u001B]52;c;eA==\u0007']: 1}));
		const result = spawnSync(process.execPath, [distPath, badName], {encoding: 'utf8'});
		expect(result.status).toBe(2);
		expectNoRawPayload(result.stderr, 'the error message');
		expect(result.stderr).not.toContain('\u001B');
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toContain('␛]0;PWNED-TITLE');
	});
});
