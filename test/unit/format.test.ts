import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import stringWidth from 'string-width';
import {beforeAll, describe, expect, it} from 'vitest';
import {loadBriefing} from '../../source/briefing/load.js';
import type {Briefing} from '../../source/briefing/schema.js';
import {formatBriefing} from '../../source/format/index.js';
import {formatJson} from '../../source/format/json.js';
import {formatMarkdown} from '../../source/format/markdown.js';
import {formatText} from '../../source/format/text.js';

const fixture = fileURLToPath(new URL('../fixtures/briefing.json', import.meta.url));
const HOSTILE = 'a\u001b[31mred\u001b]8;;http://x\u0007link\u009b2J\u202Eevil\u0000nul\u007fdel\u2028sep';

let briefing: Briefing;
let hostile: Briefing;

beforeAll(async () => {
	briefing = await loadBriefing(fixture);
	hostile = structuredClone(briefing);
	hostile.summary.lede = HOSTILE;
	hostile.source.tags.push(HOSTILE);
	hostile.people[0]!.role = HOSTILE;
	hostile.inventory[0]!.system = HOSTILE;
});

/**
 * Everything a terminal could act on, or that reorders display, except line feeds. U+2028/2029 are not listed:
 * `neutralize` lets them through, and only the JSON format promises to escape them.
 */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('text', () => {
	it('has every section and every quotation', () => {
		const text = formatText(briefing, {width: 200});
		for (const heading of ['SUMMARY', 'KEY POINTS', 'QUOTES', 'INVENTORY']) expect(text).toContain(heading);
		for (const quote of briefing.quotes) expect(text).toContain(quote.text);
		expect(text).toContain('Iran (inferred) → Russia');
		expect(text).toContain('Hedges: “may”, “according to a report”');
		expect(text).toContain('Example Wire · 2024\nhttps://example.com/story\n');
		expect(text).toContain('— John Kirby, White House national security spokesman');
		expect(text).not.toContain('undefined');
	});

	it.each([20, 40, 63, 80])('wraps to %i cells without splitting words', width => {
		const text = formatText(briefing, {width});
		const lines = text.trimEnd().split('\n');
		for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(width);
		// No word of the source may be cut in two: every word still appears whole on some line.
		const words = new Set(lines.flatMap(line => line.trim().split(' ')));
		for (const word of 'several hundred Shahed-136 drones'.split(' ')) expect([...words].some(w => w.includes(word))).toBe(true);
	});

	it('omits what the briefing leaves out', () => {
		const bare = structuredClone(briefing);
		delete bare.source.year;
		delete bare.source.photo;
		delete bare.source.url;
		delete bare.inventory[0]!.quantity;
		delete bare.quotes[1]!.verb;
		delete bare.people[0]!.role;
		const text = formatText(bare, {width: 80});
		expect(text).not.toMatch(/undefined|Photo:|Quantity: several|https:/);
		expect(text).toMatch(/^Example Wire$/m);
	});

	it('neutralizes hostile strings and has no escape sequences', () => {
		const text = formatText(hostile, {width: 80});
		expect(text).not.toMatch(UNSAFE);
		expect(text).toContain('␛[31mred');
		expect(text).toContain('<U+009B>');
		expect(text).toContain('<U+202E>');
	});

	it('counts wide characters as two cells', () => {
		const wide = structuredClone(briefing);
		wide.summary.lede = '情報 '.repeat(30);
		for (const line of formatText(wide, {width: 21}).split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(21);
	});

	it('splits a word only when it is longer than the line', () => {
		const long = structuredClone(briefing);
		long.summary.lede = `short ${'x'.repeat(50)} end`;
		const lines = formatText(long, {width: 20}).split('\n');
		expect(lines).toContain('  short');
		expect(lines.filter(line => /^ +x+$/.test(line)).length).toBeGreaterThan(1);
	});
});

describe('markdown', () => {
	it('has headings, blockquoted quotations and an inventory table', () => {
		const markdown = formatMarkdown(briefing);
		expect(markdown).toMatch(/^# Iran "ready to help"/);
		expect(markdown).toContain('## Quotes');
		expect(markdown).toContain('  > We have seen the drones used against power stations,');
		expect(markdown).toContain('| System | Category | Supplier → recipient |');
		expect(markdown).toMatch(/^\| Shahed-136 \| uav \| Iran → Russia \| several hundred \| delivered \| stated \| US officials \|  \|$/m);
	});

	it('neutralizes hostile strings and escapes markup', () => {
		const markdown = formatMarkdown(hostile);
		expect(markdown).not.toMatch(UNSAFE);
		expect(markdown).toContain('<U+202E>'.replace(/[<>]/g, '\\$&'));
		const piped = structuredClone(briefing);
		piped.inventory[0]!.system = 'a | b';
		expect(formatMarkdown(piped)).toContain('| a \\| b | uav |');
	});
});

describe('json', () => {
	it('round-trips through the loader', async () => {
		const directory = await mkdtemp(join(tmpdir(), 'sitrep-json-'));
		try {
			for (const source of [briefing, hostile]) {
				const path = join(directory, 'copy.json');
				await writeFile(path, formatBriefing(source, 'json', 80));
				expect(await loadBriefing(path)).toEqual(source);
			}
		} finally {
			await rm(directory, {recursive: true, force: true});
		}
	});

	it('escapes C1, DEL, bidi and separators but parses back to the same text', () => {
		const json = formatJson(hostile);
		expect(json).not.toMatch(UNSAFE);
		expect(json).not.toMatch(/[\u2028\u2029]/);
		for (const escape of ['\\u001b', '\\u009b', '\\u202e', '\\u0000', '\\u007f', '\\u2028']) expect(json).toContain(escape);
		expect((JSON.parse(json) as Briefing).summary.lede).toBe(HOSTILE);
		expect(json.startsWith('{\n  "$schema"')).toBe(true);
	});
});

describe('a selection of sections (--only)', () => {
	it('prints only the chosen sections in text, after the heading', () => {
		const text = formatText(briefing, {width: 100, sections: ['quotes']});
		expect(text.startsWith(formatText(briefing, {width: 100}).split('\n')[0]!)).toBe(true);
		expect(text).toContain('QUOTES');
		expect(text).not.toContain('SUMMARY');
		expect(text).not.toContain('INVENTORY');
		for (const quote of briefing.quotes) expect(text.replace(/\s+/g, ' ')).toContain(quote.text.replace(/\s+/g, ' '));
	});

	it('prints only the chosen sections in Markdown, in the briefing order', () => {
		const markdown = formatMarkdown(briefing, {sections: ['inventory', 'summary']});
		expect(markdown).toMatch(/^# /);
		expect(markdown).not.toContain('## Quotes');
		expect(markdown.indexOf('## Summary')).toBeGreaterThan(0);
		expect(markdown.indexOf('## Inventory')).toBeGreaterThan(markdown.indexOf('## Summary'));
	});

	it('prints everything when no selection is given, and every section when all are chosen', () => {
		expect(formatBriefing(briefing, 'markdown', 80, ['summary', 'quotes', 'inventory'])).toBe(formatMarkdown(briefing));
		expect(formatBriefing(briefing, 'text', 80, ['summary', 'quotes', 'inventory'])).toBe(formatText(briefing, {width: 80}));
	});
});
