import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {cellWidth, graphemes, padToWidth, sliceToWidth, splitToWidth, truncateToWidth} from '../../source/text/cells.js';

const reference = (text: string): string[] => Array.from(new Intl.Segmenter(undefined, {granularity: 'grapheme'}).segment(text), part => part.segment);

describe('graphemes', () => {
	it.each([
		['plain ASCII', 'Kirby said on Friday.'],
		['accents, combining and precomposed', 'Zürich cafe\u0301 Ångström'],
		['CJK and emoji sequences', '日本語のテキスト 👩‍🚀 👨‍👩‍👧 🇺🇦 ❤️ 1️⃣'],
		['a combining mark on a space and on ASCII', 'a \u0301b e\u0301'],
		['long mixed text across many windows', '日本語のテキスト👩‍🚀e\u0301 👨‍👩‍👧‍👦🇺🇦'.repeat(700)],
		['long ASCII with scattered marks', `${'lorem ipsum '.repeat(3000)}e\u0301${'x'.repeat(5000)}🇺🇦`],
		['one-cell punctuation, cut without the segmenter, beside marks and emoji', '“full-fledged” ‘x’ — ≈may → ▶ ±½é e\u0301“ ”\u0301 ‘👩‍🚀’ ☺️'],
	])('splits %s exactly as Intl.Segmenter does', (_name, text) => {
		expect(graphemes(text)).toEqual(reference(text));
	});

	it('splits 100 KB of text (which Intl.Segmenter alone takes seconds over) into every grapheme', () => {
		const text = 'A paragraph of one hundred kilobytes. '.repeat(2_700) + '日本語'.repeat(10_000);
		expect(graphemes(text).length).toBe(2_700 * 38 + 30_000);
	});
});

describe('widths', () => {
	it('measures, slices, truncates and pads by cells', () => {
		expect(cellWidth('日本')).toBe(4);
		expect(sliceToWidth('日本語', 5)).toBe('日本');
		expect(truncateToWidth('日本語テキスト', 6)).toBe('日本…');
		expect(stringWidth(truncateToWidth('日本語テキスト', 6))).toBeLessThanOrEqual(6);
		expect(truncateToWidth('short', 10)).toBe('short');
		expect(padToWidth('日本', 6)).toBe('日本  ');
		expect(splitToWidth('日本語テ', 3)).toEqual(['日', '本', '語', 'テ']);
		expect(splitToWidth('abcdef', 4)).toEqual(['abcd', 'ef']);
	});
});
