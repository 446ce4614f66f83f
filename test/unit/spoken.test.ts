import {readFileSync} from 'node:fs';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {briefingSchema, type Briefing} from '../../source/briefing/schema.js';
import {KEYMAP} from '../../source/keymap/keymap.js';
import {initialNavigation, type NavigationState, type PaneId} from '../../source/navigation/state.js';
import {
	listWords,
	sentence,
	spokenDetail,
	spokenFrame,
	spokenHelp,
	spokenItem,
	spokenKeys,
	spokenPaneHeading,
	spokenQuote,
	spokenSource,
	spokenStatus,
} from '../../source/view-model/spoken.js';
import {summaryEntries} from '../../source/view-model/summary.js';

const seed = (): Briefing =>
	briefingSchema.parse(JSON.parse(readFileSync(new URL('../../data/briefings/russia-iran-defense-partnership.json', import.meta.url), 'utf8')));

/** Box drawing, block elements and the dashboard's glyph-only marks. */
const DRAWN = /[─-╿▀-▟▶▼▲┃⟦⟧•¶→]/;

const at = (pane: PaneId, selected: number, overlays: NavigationState['overlays'] = []): NavigationState => {
	const state = initialNavigation(pane);
	return {...state, overlays, cursors: {...state.cursors, [pane]: {selected, offset: 0}}};
};

describe('the words for one row', () => {
	it('says a quotation with its number, speaker, attribution, kind and place', () => {
		expect(spokenQuote(seed(), 1)).toBe('Quote 2 of 8, John Kirby, attribution explicit (named in the text), fragment, paragraph 1: “top military backer”');
		expect(spokenQuote(seed(), 0)).toMatch(/^Quote 1 of 8, White House, .*, the headline: “full-fledged/);
		expect(spokenQuote(seed(), 3)).toContain('attribution inferred (inferred from context)');
		expect(spokenQuote(seed(), 8)).toBe('');
	});

	it('says an inventory item as sentences, implied parties and absent quantities in words', () => {
		expect(spokenItem(seed(), 1)).toBe(
			'Item 2 of 11: ballistic missiles. Supplier Iran, recipient Russia. Quantity hundreds. Status expected. Likelihood possible, hedges: believe, could. Claimed by U.S. officials.',
		);
		expect(spokenItem(seed(), 2)).toContain('Supplier Russia (implied), recipient Iran. Quantity not given.');
		expect(spokenItem(seed(), 0)).toContain('Status in use. Likelihood stated. Claimed by John Kirby.');
	});

	it('neutralizes briefing text: no control character reaches the terminal', () => {
		const briefing = seed();
		briefing.quotes[0]!.text = 'evil\u001B]0;owned\u0007 text';
		briefing.inventory[0]!.system = 'drone\u001B[2J';
		expect(spokenQuote(briefing, 0)).not.toMatch(/[\u0000-\u001F]/);
		expect(spokenQuote(briefing, 0)).toContain('evil␛]0;owned␇ text');
		expect(spokenItem(briefing, 0)).toContain('drone␛[2J');
	});

	it('joins words and ends sentences without doubling a full stop', () => {
		expect(listWords(['a'])).toBe('a');
		expect(listWords(['a', 'b', 'c'])).toBe('a, b and c');
		expect(sentence('U.S. officials')).toBe('U.S. officials.');
		expect(sentence('Done.')).toBe('Done.');
	});
});

describe('the words for panes, keys and layers', () => {
	it('names the pane, its place and the selection', () => {
		expect(spokenPaneHeading('summary', 1, 10)).toBe('Summary pane, 1 of 4 panes. Item 2 of 10.');
		expect(spokenPaneHeading('quotes', 0, 0)).toBe('Quotes pane, 2 of 4 panes. No quotations.');
	});

	it('says keys as people say them, typed keys first', () => {
		expect(spokenKeys(['down', 'j'])).toBe('j or down arrow');
		expect(spokenKeys(['G', 'end'])).toBe('capital G or End');
		expect(spokenKeys(['pagedown', ' '])).toBe('space or Page Down');
		expect(spokenKeys(['C-d'])).toBe('Control d');
		expect(spokenKeys(['?'])).toBe('question mark');
	});

	it('generates the help from the keymap: every binding once, in words', () => {
		const help = spokenHelp('dashboard');
		expect(help).toContain('Key j or down arrow: Next row.');
		expect(help).toContain('Key Tab: Focus the next pane.');
		expect(help[0]).toBe('In the dashboard, where you are:');
		expect(help.filter(line => line.startsWith('Key ')).length).toBe(KEYMAP.length);
		for (const line of help) expect(line).not.toMatch(DRAWN);
	});

	it('says the keys of each layer on the status line', () => {
		expect(spokenStatus('dashboard')).toBe('Keys: j next, k previous, Tab next pane, Enter details, question mark help, q quit.');
		expect(spokenStatus('detail')).toBe('Keys: j next line, k previous line, l next row, h previous row, q back, question mark help.');
		expect(spokenStatus('help')).toMatch(/^Keys: j next line, k previous line, q close\.$/);
	});
});

describe('the detail and source in words', () => {
	it('gives a quotation its speaker, role, cue and the paragraph in full', () => {
		const lines = spokenDetail(seed(), 'quotes', 1, []);
		expect(lines[0]).toBe('Quotation: “top military backer”');
		expect(lines).toContain('Speaker: John Kirby, National Security Council communications coordinator.');
		expect(lines).toContain('Attribution: named in the text, in the words “John Kirby said”.');
		expect(lines.at(-1)).toMatch(/^Paragraph 1, in full: /);
	});

	it('says an inferred party and a missing quantity in words in the item detail', () => {
		const lines = spokenDetail(seed(), 'inventory', 2, []);
		expect(lines).toContain('Supplier: Russia, implied by the text, not named.');
		expect(lines).toContain('Quantity: not given in the text.');
	});

	it('opens a key point with the paragraphs it rests on', () => {
		const briefing = seed();
		const summary = summaryEntries(briefing, 80);
		const index = summary.findIndex(entry => entry.kind === 'key-point');
		const lines = spokenDetail(briefing, 'summary', index, summary);
		expect(lines[0]).toMatch(/^Key point 1 of 7: /);
		expect(lines.slice(1).every(line => line.startsWith('Rests on paragraph '))).toBe(true);
	});

	it('says a marked passage before its paragraph, and which one is current', () => {
		const briefing = seed();
		const quote = briefing.quotes[1]!;
		const {paragraphs, anchors} = spokenSource(briefing, [{paragraph: quote.paragraph, start: quote.start, end: quote.end}], 0);
		const flat = paragraphs.flat();
		expect(flat[anchors[0]!]).toBe('Marked passage, the current one, in paragraph 1: “top military backer”');
		expect(flat[anchors[0]! + 1]).toMatch(/^Paragraph 1: /);
	});
});

describe('a whole frame', () => {
	const sizes = [
		[80, 24],
		[40, 12],
		[120, 40],
		[20, 6],
	] as const;

	it.each(sizes)('fits %i x %i in every pane and layer, with no drawing characters', (columns, rows) => {
		const states = [
			at('summary', 0),
			at('quotes', 4),
			at('inventory', 10),
			at('source', 3),
			at('quotes', 2, [{kind: 'detail', pane: 'quotes', scroll: 0}]),
			at('inventory', 1, [{kind: 'detail', pane: 'inventory', scroll: 3}]),
			at('summary', 0, [{kind: 'help', scroll: 0}]),
			at('inventory', 1, [{kind: 'source', spans: [{paragraph: 5, start: 98, end: 201}], span: 0, scroll: -1}]),
		];
		for (const state of states) {
			const {lines} = spokenFrame(seed(), state, {columns, rows});
			expect(lines.length).toBeGreaterThan(0);
			expect(lines.length).toBeLessThanOrEqual(rows - 1);
			for (const line of lines) {
				expect(stringWidth(line)).toBeLessThanOrEqual(columns);
				expect(line).not.toMatch(DRAWN);
			}
		}
	});

	it('starts with the pane heading and the selected row, and says how many rows are below', () => {
		const {lines} = spokenFrame(seed(), at('quotes', 1), {columns: 200, rows: 8});
		expect(lines[0]).toBe('Quotes pane, 2 of 4 panes. Quote 2 of 8.');
		expect(lines[1]).toMatch(/^Selected: Quote 2 of 8, John Kirby, /);
		expect(lines).toContain('Quote 3 of 8, John Kirby, attribution explicit (named in the text), fragment, paragraph 1: “transforming their relationship into a full-fledged defense partnership,”');
		expect(lines.at(-2)).toMatch(/^\d+ more below\.$/);
		expect(lines.at(-1)).toBe('Keys: j next, k previous, Tab next pane, Enter details, question mark help, q quit.');
	});

	it('tells the reducer how tall each spoken row is, so paging moves by what is heard', () => {
		const {extents} = spokenFrame(seed(), at('quotes', 0), {columns: 40, rows: 20});
		expect(extents.panes.quotes.count).toBe(8);
		expect(extents.panes.inventory.count).toBe(11);
		expect(extents.panes.source.count).toBe(1 + seed().article.paragraphs.length + 1);
		expect(extents.panes.quotes.heightOf?.(4)).toBeGreaterThan(3);
	});

	it('scrolls a detail and says where in it the reader is', () => {
		const state = at('inventory', 0, [{kind: 'detail', pane: 'inventory', scroll: 2}]);
		const {lines, extents} = spokenFrame(seed(), state, {columns: 60, rows: 12});
		expect(lines[0]).toBe('Detail of item 1 of 11.');
		expect(lines[1]).toBe('Recipient: Russia, named in the text.');
		expect(lines.some(line => /^Lines 3 to \d+ of \d+\. \d+ more below\.$/.test(line))).toBe(true);
		expect(extents.overlay.count).toBeGreaterThan(extents.overlay.available);
	});

	it('shows a notice and a kept search above the keys', () => {
		const {lines} = spokenFrame(seed(), at('quotes', 0), {columns: 100, rows: 30}, 'Copied quotation 1.', {query: 'kirby', found: 3});
		expect(lines.slice(-3)).toEqual(['Search for “kirby”: 3 rows match.', 'Copied quotation 1.', 'Keys: j next, k previous, Tab next pane, Enter details, question mark help, q quit.']);
	});
});
