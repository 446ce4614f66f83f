import {describe, expect, it} from 'vitest';
import {seededRandom} from '../support/seeded-random.js';
// The patched Ink (patches/ink+6.8.0.patch) answers "is there a control character?" with a pattern and returns a
// styled text unchanged without tokenizing it when sanitising could not change it. Both must agree with Ink 6.8's
// own way, which is kept here as the reference.
import {hasAnsiControlCharacters as hasControls, tokenizeAnsi as tokenize} from '../../node_modules/ink/build/ansi-tokenizer.js';
import sanitizeAnsi from '../../node_modules/ink/build/sanitize-ansi.js';

/** Ink 6.8's test: an ESC anywhere, or a C1 control character, walking the text code point by code point. */
function referenceHasControls(text: string): boolean {
	if (text.includes('\u001B')) return true;
	for (const character of text) {
		const codePoint = character.codePointAt(0)!;
		if (codePoint >= 0x80 && codePoint <= 0x9f) return true;
	}
	return false;
}

/** Ink 6.8's sanitising: tokenize, keep text, OSC and plain SGR sequences, drop the rest. */
function referenceSanitize(text: string): string {
	if (!referenceHasControls(text)) return text;
	let output = '';
	for (const token of tokenize(text)) {
		if (token.type === 'text' || token.type === 'osc') output += token.value;
		else if (token.type === 'csi' && token.finalCharacter === 'm' && token.intermediateString === '' && /^[\d:;]*$/.test(token.parameterString)) output += token.value;
	}
	return output;
}


const PIECES = [
	'plain', ' ', 'é', '“quoted”', '😀', '\u0085', '\u009b', '\u0080', '\u00a0', '\u001B', '\u001B[', '\u001B[0m', '\u001B[31m',
	'\u001B[1;31m', '\u001B[38:5:196m', '\u001B[39m', '\u001B[2J', '\u001B[?25l', '\u001B[31', '\u001B[ m', '\u001B[=1m',
	'\u001B]8;;https://example.com\u0007', '\u001B]8;;\u001B\\', '\u001B]0;title', '\u001BP1$r\u001B\\', '\u001Bc', '\u001B(B', '[31m', '\n',
];

describe('Ink sanitising, patched to skip tokenizing what it would keep', () => {
	it('finds control characters exactly where Ink 6.8 did, for every UTF-16 code unit and some astral characters', () => {
		const mismatches: number[] = [];
		for (let unit = 0; unit <= 0xffff; unit++) {
			const text = `a${String.fromCharCode(unit)}b`;
			if (hasControls(text) !== referenceHasControls(text)) mismatches.push(unit);
		}
		for (const text of ['😀', '\u{1F680}x', '\u{10080}', '\u{E0080}']) {
			if (hasControls(text) !== referenceHasControls(text)) mismatches.push(text.codePointAt(0)!);
		}
		expect(mismatches).toEqual([]);
	});

	it('gives what Ink 6.8 gave for 5,000 random mixes of text, kept sequences and dropped ones', () => {
		const random = seededRandom(4);
		const mismatches: string[] = [];
		let changed = 0;
		for (let round = 0; round < 5000; round++) {
			const length = 1 + Math.floor(random() * 6);
			const text = Array.from({length}, () => PIECES[Math.floor(random() * PIECES.length)]!).join('');
			const expected = referenceSanitize(text);
			if (sanitizeAnsi(text) !== expected) mismatches.push(JSON.stringify(text));
			if (expected !== text) changed++;
		}
		expect(mismatches.slice(0, 10)).toEqual([]);
		// Both kinds of text must come up often: those sanitising changes and those it keeps.
		expect(changed).toBeGreaterThan(1000);
		expect(changed).toBeLessThan(4500);
	});
});
