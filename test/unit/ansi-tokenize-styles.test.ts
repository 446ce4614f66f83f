import {reduceAnsiCodesIncremental, styledCharsFromTokens, styledCharsOfText, tokenize} from '@alcalzone/ansi-tokenize';
import {describe, expect, it} from 'vitest';
import {seededRandom} from '../support/seeded-random.js';

// The patched ansi-tokenize (patches/@alcalzone+ansi-tokenize+0.2.5.patch) gives the characters between two escape
// codes one shared, frozen copy of the styles in force, where each had its own copy. The cells must be the same.

type Token = ReturnType<typeof tokenize>[number];

/** ansi-tokenize 0.2.5's own styledCharsFromTokens. */
function reference(tokens: Token[]) {
	let codes: ReturnType<typeof reduceAnsiCodesIncremental> = [];
	const chars: Array<Record<string, unknown>> = [];
	for (const token of tokens) {
		if (token.type === 'ansi') codes = reduceAnsiCodesIncremental(codes, [token]);
		else if (token.type === 'char') chars.push({...token, styles: [...codes]});
	}
	return chars;
}

const PIECES = ['plain ', 'é', '日本', '😀', ' ', '\u001B[36m', '\u001B[39m', '\u001B[1m', '\u001B[22m', '\u001B[7m', '\u001B[27m', '\u001B[0m', '\u001B[38;5;196m', '\u001B[4m', '┃', '“quoted”'];

describe('styled characters from tokens', () => {
	it('are the cells ansi-tokenize 0.2.5 made, for 2,000 random mixes of text and styles', () => {
		const random = seededRandom(7);
		const different: string[] = [];
		for (let round = 0; round < 2000; round++) {
			const text = Array.from({length: 1 + Math.floor(random() * 12)}, () => PIECES[Math.floor(random() * PIECES.length)]!).join('');
			const tokens = tokenize(text);
			if (JSON.stringify(styledCharsFromTokens(tokens)) !== JSON.stringify(reference(tokens))) different.push(JSON.stringify(text));
		}
		expect(different.slice(0, 5)).toEqual([]);
	});

	it('share one frozen styles array between two escape codes', () => {
		const chars = styledCharsFromTokens(tokenize('ab\u001B[36mcd\u001B[39me'));
		expect(chars.map(char => char.value).join('')).toBe('abcde');
		expect(chars[0]!.styles).toBe(chars[1]!.styles);
		expect(chars[2]!.styles).toBe(chars[3]!.styles);
		expect(chars[1]!.styles).not.toBe(chars[2]!.styles);
		expect(Object.isFrozen(chars[2]!.styles)).toBe(true);
		expect(chars[2]!.styles.map(code => code.code)).toEqual(['\u001B[36m']);
	});
});

// Text made of characters that are graphemes of their own is turned into cells in one pass (styledCharsOfText), the
// rest in two (tokenize, then styledCharsFromTokens). Both must give the cells the two steps give.
const LINE_PIECES = [
	...PIECES,
	'\u001B[1;3;31m',
	'\u001B[38;2;10;20;30m',
	'\u001B[48;5;17;1m',
	'\u001B]8;;https://example.com/a\u0007',
	'\u001B]8;;\u0007',
	'\u001B',
	'\u001B[',
	'\u001B[12',
	'\u001B]8;',
	'\u0007',
	'≈may',
	'⟦',
	'⟧',
	'→',
	'─╮',
	'ü·«»',
];

describe('styled characters of a line of text', () => {
	it('are the cells of tokenize and styledCharsFromTokens, for 4,000 random lines', () => {
		const random = seededRandom(2611);
		const different: string[] = [];
		let oneGraphemeEach = 0;
		for (let round = 0; round < 4000; round++) {
			const text = Array.from({length: 1 + Math.floor(random() * 14)}, () => LINE_PIECES[Math.floor(random() * LINE_PIECES.length)]!).join('');
			if (!/[日本😀é]/.test(text)) oneGraphemeEach++;
			if (JSON.stringify(styledCharsOfText(text)) !== JSON.stringify(styledCharsFromTokens(tokenize(text)))) different.push(JSON.stringify(text));
		}

		expect(different.slice(0, 5)).toEqual([]);
		// Both paths were taken, many times each.
		expect(oneGraphemeEach).toBeGreaterThan(1000);
		expect(4000 - oneGraphemeEach).toBeGreaterThan(1000);
	});

	it('share one frozen styles array between two escape codes', () => {
		const chars = styledCharsOfText('ab\u001B[36;1mcd\u001B[39me');
		expect(chars.map(char => char.value).join('')).toBe('abcde');
		expect(chars[2]!.styles).toBe(chars[3]!.styles);
		expect(Object.isFrozen(chars[2]!.styles)).toBe(true);
		expect(chars[2]!.styles.map(code => code.code)).toEqual(['\u001B[36m', '\u001B[1m']);
	});
});
