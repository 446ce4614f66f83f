import {describe, expect, it} from 'vitest';
import {codePointBefore, isLetterOrNumber} from '../../source/text/letters.js';
import {HEDGE_MARK, HEDGE_WORDS, markHedges} from '../../source/view-model/hedges.js';
import type {Line, Style} from '../../source/view-model/styled.js';
import {seededRandom} from '../support/seeded-random.js';

describe('isLetterOrNumber', () => {
	it('answers for every code point as the case-insensitive class [\\p{L}\\p{N}] does', () => {
		const letterOrNumber = /^[\p{L}\p{N}]$/iu;
		const wrong: string[] = [];
		for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
			if (isLetterOrNumber(codePoint) !== letterOrNumber.test(String.fromCodePoint(codePoint))) wrong.push(codePoint.toString(16));
		}

		expect(wrong).toEqual([]);
		// The class is closed under case folding: a combining mark that folds to a letter counts.
		expect(isLetterOrNumber(0x345)).toBe(true);
	});
});

describe('codePointBefore', () => {
	it('reads a surrogate pair as one code point, and a lone half as itself', () => {
		expect(codePointBefore('a😀', 3)).toBe(0x1f600);
		expect(codePointBefore('a😀', 2)).toBe(0xd83d);
		expect(codePointBefore('\ude00x', 1)).toBe(0xde00);
		expect(codePointBefore('ab', 1)).toBe(0x61);
		expect(codePointBefore('ab', 0)).toBeUndefined();
	});
});

/** What markHedges did with one pattern of the words between two Unicode classes; the reference for the new one. */
function markedByWholePattern(text: string, style: Style, extra: readonly string[]): Line {
	const words = [...new Set([...HEDGE_WORDS, ...extra.map(word => word.toLowerCase())])].sort((a, b) => b.length - a.length);
	const escaped = words.map(word => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
	const line: Line = [];
	let last = 0;
	for (const match of text.matchAll(pattern)) {
		if (match.index > last) line.push({text: text.slice(last, match.index), style});
		line.push({text: HEDGE_MARK, style: 'marker'}, {text: match[0], style: 'hedge'});
		last = match.index + match[0].length;
	}

	if (last < text.length || line.length === 0) line.push({text: text.slice(last), style});
	return line;
}

describe('markHedges', () => {
	it('marks what the whole-word pattern marked, on seeded random texts', () => {
		const random = seededRandom(7_2026);
		const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
		// Neighbours of every kind: ASCII letters and digits, punctuation, curly quotes, letters from other scripts,
		// characters that fold to ASCII letters (long s, Kelvin sign), a mark that folds to a letter, surrogate halves.
		const pieces = ['a', 'Z', '7', ' ', ',', '-', '“', '”', '—', 'é', 'ж', '中', '٣', 'ſ', 'K', '\u0345', '😀', '\ud83d', '\ude00', '_', '\u00a0'];
		const extras: readonly string[][] = [[], ['may have'], ['is believed', 'Sources Say'], ['ſuggest'], ['peut-être', 'might be'], ['x.y*', 'may'], ['they may'], ['likely so', 'suggest it']];
		const seen = {marked: 0, shorterAfterRefusal: 0, refusedBefore: 0, nonAsciiNeighbour: 0, insideRefused: 0};
		for (let round = 0; round < 4000; round++) {
			const extra = pick(extras);
			const words = [...HEDGE_WORDS, ...extra];
			let text = '';
			const count = 1 + Math.floor(random() * 8);
			for (let index = 0; index < count; index++) {
				let word = pick(words);
				if (random() < 0.3) word = word.toUpperCase();
				if (random() < 0.1) word = word.replace('s', 'ſ').replace('k', 'K');
				text += (random() < 0.5 ? pick(pieces) : '') + word + (random() < 0.5 ? pick(pieces) : ' ');
			}

			const style = pick<Style>(['plain', 'quote', 'dim']);
			const expected = markedByWholePattern(text, style, extra);
			expect(markHedges(text, style, extra), JSON.stringify({text, extra})).toEqual(expected);

			const hedges = expected.filter(run => run.style === 'hedge');
			if (hedges.length > 0) seen.marked++;
			if (extra.includes('may have') && /may have[\p{L}\p{N}]/iu.test(text) && hedges.some(run => run.text.toLowerCase() === 'may')) seen.shorterAfterRefusal++;
			if (/[\p{L}\p{N}](?:may|could|likely)/iu.test(text)) seen.refusedBefore++;
			if (/[^\u0000-\u007f](?:may|could|likely|might|would)/iu.test(text)) seen.nonAsciiNeighbour++;
			// A word inside a longer one refused for what stands before it ("xthey may").
			if (extra.includes('they may') && /[\p{L}\p{N}]they may(?![\p{L}\p{N}])/iu.test(text)) seen.insideRefused++;
		}

		expect(seen.marked).toBeGreaterThan(2000);
		expect(seen.shorterAfterRefusal).toBeGreaterThan(5);
		expect(seen.refusedBefore).toBeGreaterThan(200);
		expect(seen.nonAsciiNeighbour).toBeGreaterThan(200);
		expect(seen.insideRefused).toBeGreaterThan(5);
	});

	it('goes on to a shorter word where a longer one is followed by a letter', () => {
		expect(markHedges('they may havex it', 'plain', ['may have'])).toEqual([
			{text: 'they ', style: 'plain'},
			{text: HEDGE_MARK, style: 'marker'},
			{text: 'may', style: 'hedge'},
			{text: ' havex it', style: 'plain'},
		]);
	});

	it('reads a word beside a letter of another script as part of a longer word', () => {
		expect(markHedges('жmay and may', 'plain').filter(run => run.style === 'hedge')).toHaveLength(1);
		expect(markHedges('“may”', 'plain').filter(run => run.style === 'hedge')).toHaveLength(1);
	});
});
