import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {tokenize} from '@alcalzone/ansi-tokenize';
import fastStringWidth, {isOneCell, ONE_CELL} from '../../source/text/fast-string-width.js';

describe('the fast string width used in the bundle', () => {
	it('treats as one cell only characters string-width also measures as one cell', () => {
		const wrong: string[] = [];
		for (let code = 0; code <= 0xffff; code++) {
			if (code >= 0xd800 && code <= 0xdfff) continue;
			const character = String.fromCharCode(code);
			if (ONE_CELL.test(character) && stringWidth(character) !== 1) wrong.push(`U+${code.toString(16)}`);
		}
		expect(wrong).toEqual([]);
	});

	it('has each one-cell character a grapheme of its own, beside any letter, beside itself and at a joiner', () => {
		// cells.ts and the patch to ansi-tokenize cut text of these characters anywhere without segmenting it.
		const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
		const count = (text: string) => Array.from(segmenter.segment(text)).length;
		const wrong: string[] = [];
		const disagree: string[] = [];
		let found = 0;
		for (let code = 0; code <= 0xffff; code++) {
			const character = String.fromCharCode(code);
			if (isOneCell(code) !== ONE_CELL.test(character)) disagree.push(`U+${code.toString(16)}`);
			if (!isOneCell(code)) continue;
			found++;
			if (count(`a${character}a`) !== 3 || count(character + character) !== 2 || count(`\u200D${character}`) !== 2) wrong.push(`U+${code.toString(16)}`);
		}
		expect(disagree).toEqual([]);
		expect(found).toBeGreaterThan(500);
		expect(wrong).toEqual([]);
	});

	it('leaves ansi-tokenize splitting one-cell text as Intl.Segmenter would (patched to skip the segmenter there)', () => {
		const samples = [
			'\u001B[7m\u001B[1m\u001B[36m sitrep \u001B[39m\u001B[22m\u001B[27m Russia and Iran ‘full-fledged’',
			'│ ▶ “top military backer” ¶1 — ≈may ⟦receiving⟧ ▼ 3 more │',
			'\u001B]8;;https://example.org/a?b=1\u0007link\u001B]8;;\u0007 ±½ é',
		];
		// The patch repeats the one-cell set (it cannot import sitrep's module); the two must not drift apart.
		const patched = readFileSync(new URL('../../node_modules/@alcalzone/ansi-tokenize/build/tokenize.js', import.meta.url), 'utf8');
		const loneSource = /const LONE_GRAPHEMES = \/(.+)\/;/.exec(patched)?.[1];
		expect(loneSource).toBeDefined();
		const lone = new RegExp(loneSource!);
		const drift: string[] = [];
		for (let code = 0; code <= 0xffff; code++) {
			const character = String.fromCharCode(code);
			if (lone.test(character) !== (ONE_CELL.test(character) || character === '\u0007' || character === '\u001B')) drift.push(`U+${code.toString(16)}`);
		}
		expect(drift).toEqual([]);
		for (const sample of samples) {
			// A combining accent at the end sends the same text through the segmenter; the tokens before it agree.
			const throughSegmenter = tokenize(`${sample}e\u0301`);
			expect(tokenize(sample), sample).toEqual(throughSegmenter.slice(0, -1));
			expect(throughSegmenter.at(-1)).toMatchObject({type: 'char', value: 'e\u0301'});
		}
	});

	it('agrees with string-width on text sitrep draws and on text from data', () => {
		const samples = [
			'┏━ 1 Summary ━━━━ 1/10 ━┓',
			'│ ▶ “top military backer” ¶1 — ‘x’ → y … ▼ 3 more │',
			'Iran ≈may begin ⟦receiving⟧',
			'日本語のテキスト',
			'emoji 🚀 and flags 🇺🇦 and ZWJ 👩‍🚀',
			'▶️ with a variation selector',
			'e\u0301 combining',
			'\u001B[1mbold\u001B[22m',
			'\u001B[7m\u001B[1m\u001B[36mRussia and Iran developing ‘full-fledged\u001B[39m\u001B[22m',
			'\u001B[38;5;214m≈may\u001B[39m and \u001B[38;2;1;2;3m→\u001B[0m',
			'\u001B]8;;https://example.org\u0007link\u001B]8;;\u0007 ‘q’',
			'\u001B[31m日本\u001B[39m',
			'',
		];
		for (const sample of samples) {
			expect(fastStringWidth(sample), sample).toBe(stringWidth(sample));
			expect(fastStringWidth(sample), `${sample} (remembered)`).toBe(stringWidth(sample));
		}
	});

	it('still measures emoji as two cells, though string-width now builds its emoji pattern on first use', () => {
		// patches/string-width+8.3.0.patch: the pattern took about 16 ms to build at every start, and the first frame
		// never needs it.
		const entry = createRequire(import.meta.url).resolve('string-width');
		expect(readFileSync(entry, 'utf8')).not.toMatch(/^const rgiEmojiRegex\b/m);
		const twoCells = ['🚀', '🇺🇦', '👩‍🚀', '▶️', '1️⃣', '⌚'];
		for (const emoji of twoCells) expect(stringWidth(emoji), emoji).toBe(2);
		expect(stringWidth('a🚀b👩‍🚀c')).toBe(7);
		expect(stringWidth('☺')).toBe(1);
	});

	it('builds its other Unicode property patterns on first use too, and measures with them as before', () => {
		// Bundled for Node 20 they were `new RegExp` calls at every start (about 0.9 ms); the widths are string-width's
		// own before the patch: spacing marks, Hangul jamo, zero-width clusters, half-width kana, ZWJ sequences.
		const entry = createRequire(import.meta.url).resolve('string-width');
		const source = readFileSync(entry, 'utf8');
		expect(source).not.toMatch(/^const \w+ = \/.*\\p\{/m);
		// So is its segmenter, whose first making loads ICU's break rules (about 10 ms).
		expect(source).not.toMatch(/^const \w+ = new Intl\.Segmenter/m);
		expect(source).toMatch(/^const segmenter = madeOnFirstUse\(/m);
		const samples = ['क्षि', 'नमस्ते', 'e\u0301', '\u200b', '\u0301', '한국어', 'ᄀ\u1161\u11a8', 'ｶﾞ', '가\u0300', '👩‍🚀', '1️⃣', '🏳️‍🌈', 'ab\u200dcd', '\u00ad', 'ஸ்ரீ'];
		expect(samples.map(sample => stringWidth(sample))).toEqual([2, 3, 1, 0, 0, 6, 2, 2, 2, 2, 2, 2, 4, 0, 2]);
	});
});
