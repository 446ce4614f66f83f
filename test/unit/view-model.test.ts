import {readFileSync} from 'node:fs';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {briefingSchema, type Briefing} from '../../source/briefing/schema.js';
import {KEYMAP, LAYERS, MOUSE_GESTURES, setActiveKeymap} from '../../source/keymap/keymap.js';
import {PANES, type PaneId} from '../../source/navigation/state.js';
import {detailLines, detailTitle} from '../../source/view-model/detail.js';
import {HEDGE_MARK, markHedges} from '../../source/view-model/hedges.js';
import {HEDGE_LEGEND} from '../../source/view-model/inventory-view.js';
import {helpLines, hintsFor, keysText, MARKS} from '../../source/view-model/help.js';
import {statusBarText} from '../../source/view-model/status-bar.js';
import {fitInventoryTable, INVENTORY_COLUMNS, inventoryCards, inventoryRow, tableCells, widestCells} from '../../source/view-model/inventory.js';
import type {Entries} from '../../source/view-model/entry.js';
import {layoutFor, type Layout, type PlacedBox} from '../../source/view-model/layout.js';
import {quoteEntries} from '../../source/view-model/quotes.js';
import {fitLine, lineWidth, run, truncateLine, wrapRuns, type Line, type Style} from '../../source/view-model/styled.js';
import {sourceEntries} from '../../source/view-model/source.js';
import {summaryEntries} from '../../source/view-model/summary.js';

const seed: Briefing = briefingSchema.parse(
	JSON.parse(readFileSync(new URL('../../data/briefings/russia-iran-defense-partnership.json', import.meta.url), 'utf8')),
);

const textOf = (line: Line): string => line.map(part => part.text).join('');
/** All the lines as one string with runs of whitespace made single spaces, for "is this text shown" checks. */
/** The text of lines as one string, without sitrep's hedge marks: what remains is the article's words. */
const flat = (lines: readonly Line[]): string =>
	lines
		.map(line => textOf(line.filter(part => !(part.style === 'marker' && part.text === HEDGE_MARK))))
		.join(' ')
		.replace(/\s+/g, ' ');
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('seed briefing', () => {
	it('is the one the tests below are written against', () => {
		expect(seed.quotes).toHaveLength(8);
		expect(seed.inventory).toHaveLength(11);
		expect(seed.summary.keyPoints).toHaveLength(7);
	});
});

// ---------------------------------------------------------------------------------------------------------------
// Layout

type Rect = {x: number; y: number; width: number; height: number};

/**
 * Where each pane sits in the body, by the layout's own places, checked against the way App's flexbox arranges the
 * layout kinds: split is two panes over the inventory, wide is summary over quotes beside the inventory, tabs is
 * one pane under a one-line tab strip.
 */
function placed(layout: Layout & {kind: 'tabs' | 'split' | 'wide'}): Rect[] {
	const box = (pane: PaneId): PlacedBox => {
		const found = layout.panes[pane];
		if (!found) throw new Error(`${layout.kind} layout has no ${pane} pane`);
		return found;
	};
	const rect = ({column, row, width, height}: PlacedBox): Rect => ({x: column, y: row, width, height});
	if (layout.kind === 'tabs') {
		const panes = Object.values(layout.panes);
		expect(panes).toHaveLength(1);
		expect(panes[0]).toMatchObject({column: 0, row: 1});
		return [rect(panes[0]!)];
	}
	const summary = box('summary');
	const quotes = box('quotes');
	const inventory = box('inventory');
	expect(summary).toMatchObject({column: 0, row: 0});
	if (layout.kind === 'split') {
		expect(quotes).toMatchObject({column: summary.width, row: 0});
		expect(inventory).toMatchObject({column: 0, row: Math.max(summary.height, quotes.height)});
	} else {
		expect(quotes).toMatchObject({column: 0, row: summary.height});
		expect(inventory).toMatchObject({column: Math.max(summary.width, quotes.width), row: 0});
	}
	return [summary, quotes, inventory].map(rect);
}

const overlaps = (a: Rect, b: Rect): boolean =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutFor', () => {
	it('asks for a bigger terminal below the minimum', () => {
		expect(layoutFor(20, 6, 'summary').kind).toBe('too-small');
		expect(layoutFor(29, 40, 'summary').kind).toBe('too-small');
		expect(layoutFor(200, 7, 'summary').kind).toBe('too-small');
	});

	it.each([
		[40, 12, 'tabs'],
		[59, 30, 'tabs'],
		[60, 24, 'split'],
		[100, 30, 'split'],
		[120, 40, 'wide'],
		[200, 60, 'wide'],
	] as const)('%ix%i is a %s layout whose panes tile the body without overlapping', (columns, rows, kind) => {
		// The Source pane always takes the whole body, whatever the size; it has its own test below.
		for (const focus of PANES.filter(pane => pane !== 'source')) {
			const layout = layoutFor(columns, rows, focus);
			expect(layout.kind).toBe(kind);
			if (layout.kind === 'too-small') throw new Error('unreachable');
			// The frame is one line shorter than the terminal: header, body and the status bar fill it exactly.
			expect(layout.header + layout.body + 1).toBe(rows - 1);
			if (kind === 'tabs') expect(Object.keys(layout.panes)).toEqual([focus]);
			const rects = placed(layout);
			for (const rect of rects) {
				expect(rect.width).toBeGreaterThan(0);
				expect(rect.height).toBeGreaterThan(0);
				expect(rect.x + rect.width).toBeLessThanOrEqual(columns);
				expect(rect.y + rect.height).toBeLessThanOrEqual(layout.body);
			}
			for (const [index, a] of rects.entries()) {
				for (const b of rects.slice(index + 1)) expect(overlaps(a, b), `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`).toBe(false);
			}
			// No cell of the body is left unused by split and wide; tabs leave only the tab strip's line.
			const area = rects.reduce((sum, rect) => sum + rect.width * rect.height, 0);
			expect(area).toBe(kind === 'tabs' ? columns * (layout.body - 1) : columns * layout.body);
		}
	});
});

// ---------------------------------------------------------------------------------------------------------------
// Styled lines

/** The style of every character of a list of runs, in order. */
const stylesOf = (runs: Line): Style[] => runs.flatMap(part => [...part.text].map(() => part.style));

/**
 * Checks the contract of wrapRuns: every character of the input comes out in order with its own style, and only
 * whitespace is dropped, at the line breaks; continuation lines start with the indent; no line is wider than width.
 */
function expectFaithfulWrap(runs: Line, width: number, indent = 0): Line[] {
	const lines = wrapRuns(runs, width, indent);
	const plain = [...textOf(runs)];
	const styles = stylesOf(runs);
	let cursor = 0;
	for (const [number, line] of lines.entries()) {
		expect(lineWidth(line), `line ${number} ${JSON.stringify(textOf(line))} is wider than ${width}`).toBeLessThanOrEqual(width);
		let body = line;
		// An indent that would take more than half the line is dropped (wrapRuns keeps narrow panes readable).
		if (number > 0 && indent > 0 && indent * 2 <= width) {
			expect(line[0]).toEqual(run(' '.repeat(indent)));
			body = line.slice(1);
		}
		// Whitespace at a break may be dropped; what a line does show must be the input's own characters.
		const starts = textOf(body)[0];
		while (plain[cursor] !== undefined && /\s/.test(plain[cursor]!) && !(starts && /\s/.test(starts))) cursor++;
		for (const part of body) {
			for (const character of part.text) {
				expect(character, `character ${cursor} of line ${number}`).toBe(plain[cursor]);
				expect(part.style, `style of ${JSON.stringify(character)} at ${cursor}`).toBe(styles[cursor]);
				cursor++;
			}
		}
	}
	while (plain[cursor] !== undefined && /\s/.test(plain[cursor]!)) cursor++;
	expect(cursor, 'every character of the input is in the output').toBe(plain.length);
	return lines;
}

/**
 * Each line holds as many words as fit: a line ends early only when the next word, with the spaces before it,
 * would not fit. `gap` is the most spaces the text has between two words. (Words broken for being wider than a
 * line are left out of the check.)
 */
function expectGreedy(runs: Line, lines: Line[], width: number, indent: number, gap: number): void {
	const wholeWords = new Set(textOf(runs).split(/ +/));
	for (let number = 0; number + 1 < lines.length; number++) {
		const body = textOf(lines[number + 1]!).slice(indent * 2 <= width ? indent : 0);
		const firstWord = body.split(' ')[0]!;
		// A piece of a word broken for its length starts a line of its own, whatever room the last one had.
		if (!wholeWords.has(firstWord) || stringWidth(firstWord) >= width - indent) continue;
		const used = lineWidth(lines[number]!);
		expect(used + gap + stringWidth(firstWord), `line ${number} ${JSON.stringify(textOf(lines[number]!))} had room for ${JSON.stringify(firstWord)}`).toBeGreaterThan(width);
	}
}

/** A small deterministic generator, so the generated cases are the same on every run. */
function random(seedValue: number): () => number {
	let state = seedValue >>> 0;
	return () => {
		state = (state * 1_664_525 + 1_013_904_223) >>> 0;
		return state / 2 ** 32;
	};
}

const WORDS = ['a', 'the', 'Su-35', 'reportedly', 'drones', '日本語', 'défense', '😀', '🇺🇦flag', 'Kirby’s', 'supercalifragilistic', 'ミサイル防衛システム', '“quoted”', 'x'];
const STYLES: Style[] = ['plain', 'bold', 'hedge', 'quote', 'dim'];

describe('wrapRuns', () => {
	it('keeps short text on one line, unchanged', () => {
		const runs = [run('Tags ', 'label'), run('Iran · Russia')];
		expect(wrapRuns(runs, 40, 5)).toEqual([runs]);
	});

	it('breaks at spaces, indents continuation lines and keeps each run’s style across a break', () => {
		const lines = expectFaithfulWrap([run('• ', 'marker'), run('Iran may supply', 'plain'), run(' hundreds of ballistic missiles', 'hedge')], 16, 2);
		expect(lines.map(textOf)).toEqual(['• Iran may', '  supply', '  hundreds of', '  ballistic', '  missiles']);
		expect(lines[2]).toEqual([run('  '), run('hundreds of', 'hedge')]);
		expect(lines[1]).toEqual([run('  '), run('supply', 'plain')]);
	});

	it('breaks a word longer than the width instead of overflowing', () => {
		const lines = expectFaithfulWrap([run('see '), run('supercalifragilisticexpialidocious', 'bold')], 10);
		expect(lines.length).toBeGreaterThanOrEqual(4);
		expect(lines.slice(1, -1).every(line => lineWidth(line) === 10)).toBe(true);
	});

	it('measures CJK and emoji by display cells, not by code units', () => {
		const cjk = expectFaithfulWrap([run('ミサイル防衛システムを 供給する', 'quote')], 6);
		expect(cjk.every(line => stringWidth(textOf(line)) <= 6)).toBe(true);
		expect(cjk.length).toBeGreaterThanOrEqual(5);
		const emoji = expectFaithfulWrap([run('drones 😀😀😀😀😀 🇺🇦🇺🇦')], 4);
		expect(emoji.map(textOf)).toContain('😀😀');
	});

	it('holds for generated text: many runs, styles, widths and indents', () => {
		const next = random(2024);
		for (let round = 0; round < 300; round++) {
			const runs: Line = [];
			const count = 1 + Math.floor(next() * 6);
			for (let index = 0; index < count; index++) {
				const words = Array.from({length: 1 + Math.floor(next() * 5)}, () => WORDS[Math.floor(next() * WORDS.length)]!);
				const text = `${next() < 0.3 ? ' ' : ''}${words.join(next() < 0.2 ? '  ' : ' ')}${next() < 0.5 ? ' ' : ''}`;
				runs.push(run(text, STYLES[Math.floor(next() * STYLES.length)]!));
			}
			// Space at the very start or end of the text is its own bug, tested on its own below.
			runs[0]!.text = runs[0]!.text.trimStart() || 'x';
			runs[runs.length - 1]!.text = runs.at(-1)!.text.trimEnd() || 'x';
			const width = 4 + Math.floor(next() * 30);
			const indent = Math.floor(next() * Math.min(6, width - 3));
			const lines = expectFaithfulWrap(runs, width, indent);
			// At most two spaces between words: a joint of two, or a run's last space and the next one's first.
			expectGreedy(runs, lines, width, indent, 2);
		}
	});

	it('keeps a word whole across runs: a hedge mark stays with its word', () => {
		const lines = expectFaithfulWrap([run('Iran '), run('≈', 'marker'), run('may', 'hedge'), run(' begin receiving')], 6);
		expect(lines.map(textOf)).toEqual(['Iran', '≈may', 'begin', 'receiv', 'ing']);
		expect(lines[1]).toEqual([run('≈', 'marker'), run('may', 'hedge')]);
	});

	it('never returns a line wider than the width, even with spaces at the ends of the text', () => {
		expect(lineWidth(wrapRuns([run('Iran '), run('may ')], 8)[0]!)).toBeLessThanOrEqual(8);
		expect(wrapRuns([run('  Iran may')], 8).every(line => lineWidth(line) <= 8)).toBe(true);
	});

	it('keeps a leading indent run on the first line, aligned with the continuation lines', () => {
		const lines = wrapRuns([run('  '), run('hello world again', 'dim')], 10, 2);
		expect(lines.map(textOf)).toEqual(['  hello', '  world', '  again']);
	});
});

describe('truncateLine and fitLine', () => {
	it('leave a line that fits as it is', () => {
		const line = [run('Su-35', 'bold'), run(' → Iran')];
		expect(truncateLine(line, 12)).toEqual(line);
		expect(truncateLine(line, lineWidth(line))).toEqual(line);
	});

	it('cut to exactly the width with an ellipsis, keeping the styles of what is left', () => {
		const cut = truncateLine([run('Su-35 ', 'bold'), run('fighter aircraft', 'hedge')], 10);
		expect(lineWidth(cut)).toBe(10);
		expect(textOf(cut)).toBe('Su-35 fig…');
		expect(cut[0]).toEqual(run('Su-35 ', 'bold'));
		expect(cut[1]!.style).toBe('hedge');
	});

	it('cut a one-run line to exactly the width at every width, ending with an ellipsis', () => {
		const line = [run('Russia is offering Iran military support', 'quote')];
		for (let width = 1; width < lineWidth(line); width++) {
			const cut = truncateLine(line, width);
			expect(lineWidth(cut), `at ${width}`).toBe(width);
			expect(textOf(cut).endsWith('…')).toBe(true);
			expect(textOf(cut).slice(0, -1)).toBe(textOf(line).slice(0, width - 1));
			expect(lineWidth(fitLine(line, width))).toBe(width);
		}
	});

	it('do not split a wide character, and count it as two cells', () => {
		expect(truncateLine([run('日本語', 'quote')], 5)).toEqual([run('日本…', 'quote')]);
		expect(fitLine([run('a'), run('日本語')], 6)).toEqual([run('a'), run('日本…')]);
	});

	it('never exceed the width with wide characters, and never go more than one cell under it', () => {
		const lines: Line[] = [
			[run('日本語のテキスト', 'quote')],
			[run('a'), run('日本語のテキスト')],
			[run('😀😀😀😀'), run(' drones')],
			[run('ab'), run('ミサイル')],
		];
		for (const line of lines) {
			for (let width = 1; width < lineWidth(line); width++) {
				const cut = truncateLine(line, width);
				expect(lineWidth(cut), `truncateLine(${textOf(line)}, ${width})`).toBeLessThanOrEqual(width);
				expect(lineWidth(cut)).toBeGreaterThanOrEqual(width - 1);
				expect(lineWidth(fitLine(line, width)), `fitLine(${textOf(line)}, ${width})`).toBe(width);
			}
		}
	});

	it('pad a short line with spaces to exactly the width', () => {
		expect(fitLine([run('日本', 'bold')], 7)).toEqual([run('日本', 'bold'), run('   ')]);
		expect(lineWidth(fitLine([run('x')], 1))).toBe(1);
		expect(fitLine([run('abc')], 0)).toEqual([]);
	});

	it('marks a cut with an ellipsis even when it falls at the end of a run', () => {
		const cut = truncateLine([run('ab', 'bold'), run('cd')], 2);
		expect(textOf(cut)).toBe('a…');
	});
});

// ---------------------------------------------------------------------------------------------------------------
// Inventory

/** Every entry of a list made on demand, made now. */
const listed = <T>(entries: Entries<T>): T[] => Array.from({length: entries.length}, (_, index) => entries.at(index)!);

describe('inventory table and cards', () => {
	const rows = seed.inventory.map(item => inventoryRow(item));
	const widest = widestCells(seed.inventory);

	it('fits the seed into every width it can, never wider than the width', () => {
		let fittedFrom: number | undefined;
		for (let width = 60; width <= 200; width++) {
			const fitted = fitInventoryTable(widest, width);
			if (!fitted) {
				expect(fittedFrom, `fits at ${fittedFrom} but not at the wider ${width}`).toBeUndefined();
				continue;
			}
			fittedFrom ??= width;
			expect(fitted.width).toBeLessThanOrEqual(width);
			// The reported width is the drawn one: the columns plus a space either side and a border around each.
			const sum = INVENTORY_COLUMNS.reduce((total, column) => total + fitted.widths[column] + 3, 1);
			expect(fitted.width).toBe(sum);
			for (const [index, row] of rows.entries()) {
				const cells = tableCells(row, fitted, index === 0);
				for (const column of INVENTORY_COLUMNS) {
					expect(stringWidth(cells[column]), `${column} of row ${index} at ${width}`).toBeLessThanOrEqual(fitted.widths[column]);
				}
			}
		}
		expect(fittedFrom).toBeDefined();
		expect(fittedFrom!).toBeLessThanOrEqual(70);
	});

	it('uses the natural widths when there is room, so nothing is cut', () => {
		const fitted = fitInventoryTable(widest, 200)!;
		for (const [index, row] of rows.entries()) {
			const cells = tableCells(row, fitted, index === 3);
			expect(cells.System.trim()).toBe(index === 3 ? `▶ ${row.System}` : row.System);
			expect(cells.Route.trimEnd()).toBe(row.Route);
		}
	});

	it('gives up when even the narrowest table does not fit', () => {
		expect(fitInventoryTable(widest, 30)).toBeUndefined();
		expect(fitInventoryTable(widest, 0)).toBeUndefined();
	});

	it('shows implied parties in parentheses and an absent quantity as a dash', () => {
		const su35 = seed.inventory.findIndex(item => item.supplier.basis === 'inferred');
		expect(rows[su35]!.Route).toBe(`(${seed.inventory[su35]!.supplier.country}) → ${seed.inventory[su35]!.recipient.country}`);
		expect(rows[su35]!.Quantity).toBe('—');
	});

	it('makes one card per item, in order, naming the system', () => {
		const cards = listed(inventoryCards(seed));
		expect(cards).toHaveLength(seed.inventory.length);
		expect(cards.map(card => card.id)).toEqual(seed.inventory.map(item => item.id));
		for (const [index, card] of cards.entries()) expect(textOf(card.lines[0]!)).toBe(seed.inventory[index]!.system);
	});
});

// ---------------------------------------------------------------------------------------------------------------
// Hedges, summary, quotes, detail, help

describe('markHedges', () => {
	const hedged = (line: Line): string[] => line.filter(part => part.style === 'hedge').map(part => part.text);

	it('marks hedge words as whole words, in any case', () => {
		expect(hedged(markHedges('Iran may supply, Russia could; officials Reportedly BELIEVE it'))).toEqual([
			'may',
			'could',
			'Reportedly',
			'BELIEVE',
		]);
	});

	it('leaves words that only contain a hedge word alone', () => {
		expect(hedged(markHedges('The mayor of Maybury, Mayday, dismayed, couldn’t-ish couldron, believer'))).toEqual([]);
	});

	it('keeps every character, in order, in the given style outside the hedges', () => {
		const text = 'Moscow may be providing Tehran with equipment';
		const line = markHedges(text, 'dim');
		expect(textOf(line.filter(part => part.style !== 'marker'))).toBe(text);
		expect(line.filter(part => part.style !== 'hedge' && part.style !== 'marker').every(part => part.style === 'dim')).toBe(true);
	});

	it('puts the hedge mark before every hedge word, so a hedge shows without colour', () => {
		const line = markHedges('Iran may, and Russia could, reportedly');
		expect(textOf(line)).toBe('Iran ≈may, and Russia ≈could, ≈reportedly');
		for (const [index, part] of line.entries()) {
			if (part.style === 'hedge') expect(line[index - 1]).toEqual({text: HEDGE_MARK, style: 'marker'});
		}
	});

	it('adds an item’s own hedge words', () => {
		expect(hedged(markHedges('Officials have seen intelligence to suggest a plan', 'plain', ['intelligence']))).toEqual(['intelligence', 'suggest']);
	});
});

describe('summaryEntries', () => {
	it.each([30, 46, 80])('holds the headline, publisher, tags, photo caption, lede and every key point at width %i', width => {
		const entries = summaryEntries(seed, width);
		const all = flat(entries.flatMap(entry => entry.lines));
		for (const text of [seed.source.headline, seed.source.publisher, seed.source.photo!.caption, seed.summary.lede]) {
			expect(all).toContain(squash(text));
		}
		for (const tag of seed.source.tags) expect(all).toContain(tag);
		for (const point of seed.summary.keyPoints) expect(all).toContain(squash(point.text));
		expect(entries.filter(entry => entry.id !== 'source' && entry.id !== 'photo' && entry.id !== 'lede')).toHaveLength(7);
		for (const entry of entries) for (const line of entry.lines) expect(lineWidth(line)).toBeLessThanOrEqual(width);
	});

	it('shows the photo as the Source pane does: caption, credit in parentheses, lines hung under the caption', () => {
		const photo = seed.source.photo!;
		const lines = summaryEntries(seed, 40).find(entry => entry.id === 'photo')!.lines;
		expect(lines.length).toBeGreaterThan(1);
		expect(textOf(lines[0]!).startsWith('Photo ')).toBe(true);
		for (const line of lines.slice(1)) expect(textOf(line)).toMatch(/^ {6}\S/);
		expect(squash(lines.map(line => textOf(line)).join(' '))).toContain(squash(`${photo.caption} (${photo.credit})`));
		const source = sourceEntries(seed, 40);
		expect(source.at(source.length - 1)).toEqual({id: 'photo', lines});
	});
});

describe('quoteEntries', () => {
	it('has one single-line entry per quote, with its speaker and words', () => {
		const entries = listed(quoteEntries(seed));
		expect(entries).toHaveLength(seed.quotes.length);
		for (const [index, entry] of entries.entries()) {
			const quote = seed.quotes[index]!;
			expect(entry.id).toBe(quote.id);
			expect(entry.lines).toHaveLength(1);
			expect(textOf(entry.lines[0]!)).toContain(quote.speaker);
			expect(textOf(entry.lines[0]!)).toContain(`“${quote.text}”`);
		}
	});
});

describe('detailLines', () => {
	const summary = summaryEntries(seed, 60);

	it.each([40, 96])('shows a quote’s speaker, role, attribution, full text and paragraph at width %i', width => {
		seed.quotes.forEach((quote, index) => {
			const lines = detailLines(seed, 'quotes', index, width, summary);
			const all = flat(lines);
			expect(all).toContain(squash(`“${quote.text}”`));
			expect(all).toContain(quote.speaker);
			const role = seed.people.find(person => person.name === quote.speaker)?.role;
			if (role) expect(all).toContain(role);
			expect(all).toMatch(/Attribution (named in the text|through a pronoun|inferred from context)/);
			const paragraph = quote.paragraph === 0 ? seed.source.headline : seed.article.paragraphs[quote.paragraph - 1]!;
			// The paragraph is shown whole, with the quotation set off by ⟦ ⟧.
			expect(all.replace(/[⟦⟧]/g, '')).toContain(squash(paragraph));
			for (const line of lines) expect(lineWidth(line)).toBeLessThanOrEqual(width);
		});
		expect(detailTitle(seed, 'quotes', 1, summary)).toBe('Quote 2 of 8');
	});

	it.each([40, 96])('shows an item’s supplier, recipient, status, likelihood, hedges and evidence at width %i', width => {
		seed.inventory.forEach((item, index) => {
			const lines = detailLines(seed, 'inventory', index, width, summary);
			const all = flat(lines);
			for (const text of [item.system, item.supplier.country, item.recipient.country, item.status, item.likelihood]) expect(all).toContain(text);
			// Each hedge with the mark and what it does to the claim.
			const shown = lines.map(textOf).join(' ').replace(/\s+/g, ' ');
			for (const hedge of item.hedges) expect(shown).toContain(`${HEDGE_MARK}${hedge} — ${HEDGE_LEGEND[hedge.toLowerCase()]}`);
			if (item.likelihood !== 'stated') expect(shown).toContain(`Likelihood ${HEDGE_MARK}${item.likelihood} —`);
			for (const span of item.evidence) expect(all).toContain(squash(span.text));
			for (const line of lines) expect(lineWidth(line)).toBeLessThanOrEqual(width);
		});
		expect(detailTitle(seed, 'inventory', 10, summary)).toBe('Item 11 of 11');
	});

	it('is empty for a row that does not exist', () => {
		expect(detailLines(seed, 'quotes', 8, 60, summary)).toEqual([]);
		expect(detailLines(seed, 'inventory', 11, 60, summary)).toEqual([]);
	});
});

describe('help', () => {
	it.each(LAYERS.filter(layer => layer !== 'global'))('lists every binding of the keymap with its keys and description, from %s', layer => {
		const lines = helpLines(layer, 100).map(textOf);
		expect(KEYMAP.length).toBeGreaterThan(20);
		for (const binding of KEYMAP) {
			const keys = keysText(binding.keys);
			const line = lines.find(text => text.startsWith(keys) && text.includes(binding.description) && text.slice(keys.length).trim() === binding.description);
			expect(line, `${binding.layer}: ${keys} ${binding.description}`).toBeDefined();
		}
		for (const gesture of MOUSE_GESTURES) {
			expect(lines.find(text => text.startsWith(`${gesture.label} `) && text.slice(gesture.label.length).trim() === gesture.description)).toBeDefined();
		}
		for (const [mark, meaning] of MARKS) expect(lines.find(text => text.startsWith(`${mark} `) && text.slice(mark.length).trim() === meaning)).toBeDefined();
		// Every binding, mouse gesture and mark once, and a heading per layer, for the mouse and for the marks.
		expect(lines.filter(text => text.trim() !== '')).toHaveLength(KEYMAP.length + LAYERS.length + MOUSE_GESTURES.length + 1 + MARKS.length + 1);
		expect(lines).toContain('Mouse (start sitrep with --mouse)');
		expect(helpLines(layer, 100, false, true).map(textOf)).toContain('Mouse (on)');
		expect(lines[0]).toMatch(/\(here\)$/);
	});

	it('writes keys as people do', () => {
		expect(keysText(['down', 'j'])).toBe('↓ j');
		expect(keysText(['pagedown', ' '])).toBe('PgDn Space');
		expect(keysText(['C-d'])).toBe('Ctrl-d');
		expect(keysText(['S-tab'])).toBe('Shift-Tab');
	});

	it('hints at help and quit on the dashboard, and at going back in the detail', () => {
		const dashboard = hintsFor('dashboard');
		expect(dashboard).toContainEqual({keys: '?', hint: 'help'});
		expect(dashboard).toContainEqual({keys: 'q', hint: 'quit'});
		expect(dashboard).toContainEqual({keys: '↑↓', hint: 'move'});
		expect(hintsFor('detail')).toContainEqual({keys: 'Esc', hint: 'back'});
		expect(hintsFor('detail').map(hint => hint.hint)).not.toContain('quit');
	});
});


describe('the Source pane', () => {
	it.each([[60, 24], [100, 30], [200, 60]])('takes the whole body at %ix%i, under the tab strip', (columns, rows) => {
		const layout = layoutFor(columns, rows, 'source');
		expect(layout.kind).toBe('tabs');
		if (layout.kind === 'too-small') throw new Error('unreachable');
		expect(Object.keys(layout.panes)).toEqual(['source']);
		expect(layout.panes.source).toEqual({width: columns, height: layout.body - 1, column: 0, row: 1});
	});
});

describe('help made once', () => {
	it('gives the same lines for the same layer and width, and new ones when the keymap changes', () => {
		const first = helpLines('dashboard', 80);
		expect(helpLines('dashboard', 80)).toBe(first);
		expect(helpLines('dashboard', 60)).not.toBe(first);
		const rebound = KEYMAP.map(binding => (binding.command === 'move-down' && binding.layer === 'dashboard' ? {...binding, keys: ['down', 'e']} : binding));
		setActiveKeymap(rebound);
		try {
			const text = helpLines('dashboard', 80).map(textOf);
			expect(text.some(line => /^↓ e\s+Next row$/.test(line))).toBe(true);
		} finally {
			setActiveKeymap(undefined);
		}
		expect(helpLines('dashboard', 80).map(textOf).some(line => /^↓ j\s+Next row$/.test(line))).toBe(true);
	});
});

describe('the status bar text', () => {
	const total = (bar: ReturnType<typeof statusBarText>): string =>
		bar.kind === 'notice' ? bar.text : bar.kind === 'search' ? bar.query + bar.gap + bar.right : bar.lead + bar.hints.map(hint => hint.keys + hint.words).join('') + bar.gap + bar.right;

	it('fills the width exactly with the hints that fit, in keymap order, and always keeps the position', () => {
		for (const layer of LAYERS) {
			const all = hintsFor(layer);
			for (let width = 20; width <= 200; width++) {
				const bar = statusBarText(layer, width, 'Quotes 3/8');
				if (bar.kind !== 'hints') throw new Error('hints expected');
				expect(stringWidth(total(bar)), `${layer} at ${width}`).toBe(width);
				expect(bar.right).toBe(' Quotes 3/8 ');
				// At least a space between the last hint and the position.
				expect(bar.gap.length, `${layer} at ${width}`).toBeGreaterThanOrEqual(1);
				expect(bar.hints.map(hint => hint.keys)).toEqual(all.slice(0, bar.hints.length).map(hint => hint.keys));
				expect(bar.hints.map(hint => hint.words)).toEqual(all.slice(0, bar.hints.length).map(hint => ` ${hint.hint}  `));
				// The next hint would not have fitted beside the position and the space before it.
				const next = all[bar.hints.length];
				if (next) expect(stringWidth(total(bar)) - bar.gap.length + stringWidth(next.keys) + stringWidth(` ${next.hint}  `)).toBeGreaterThan(width - 1);
			}
		}
	});

	it('shows the search in their place, cut to leave room for the position, and a notice over both', () => {
		const search = {query: 'Iran', rows: 5, matches: 9, current: 1};
		const found = statusBarText('dashboard', 80, 'Quotes 3/8', undefined, search);
		expect(found).toEqual({kind: 'search', query: ' “Iran” 2/5 (n/N)', gap: ' '.repeat(80 - 17 - 12), right: ' Quotes 3/8 '});
		const editing = statusBarText('search', 30, 'Quotes 3/8', undefined, {query: 'Iran', rows: 5, matches: 9, current: -1});
		expect(editing.kind === 'search' && editing.right).toBe(' Enter keep  Esc cancel ');
		expect(stringWidth(total(editing))).toBe(30);
		expect(editing.kind === 'search' && editing.query).toBe(' /Ir…');
		const wider = statusBarText('search', 60, 'Quotes 3/8', undefined, {query: 'Iran', rows: 5, matches: 9, current: -1});
		expect(total(wider)).toMatch(/^ \/Iran▏ 9 matches in 5 rows +Enter keep {2}Esc cancel $/);
		expect(stringWidth(total(wider))).toBe(60);
		const notice = statusBarText('dashboard', 20, 'Quotes 3/8', 'Copied the quotation with its citation', search);
		expect(notice.kind).toBe('notice');
		expect(stringWidth(total(notice))).toBeLessThanOrEqual(20);
		// The keys that end the search are the keymap's.
		setActiveKeymap(KEYMAP.map(binding => (binding.command === 'keep-search' ? {...binding, keys: ['tab']} : binding)));
		try {
			expect(total(statusBarText('search', 60, 'Quotes 3/8', undefined, {query: 'Iran', rows: 5, matches: 9, current: -1}))).toMatch(/ Tab keep {2}Esc cancel $/);
		} finally {
			setActiveKeymap(undefined);
		}
		// But the search line being typed in stays in view under a notice.
		const typing = statusBarText('search', 60, 'Quotes 3/8', 'Copied the quotation with its citation', {query: 'Ir', rows: 5, matches: 9, current: -1});
		expect(total(typing)).toMatch(/^ \/Ir▏ 9 matches in 5 rows +Enter keep {2}Esc cancel $/);
	});
});
