import {Buffer} from 'node:buffer';
import {describe, expect, it} from 'vitest';
import {asciiJsonText} from '../../source/briefing/json-text.js';
import {seededRandom} from '../support/seeded-random.js';

const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const decoded = (bytes: Uint8Array) => new TextDecoder('utf-8', {fatal: true}).decode(bytes);

type Outcome = {parsed: true; value: unknown} | {parsed: false};
function parseOutcome(text: string): Outcome {
	try {
		return {parsed: true, value: JSON.parse(text) as unknown};
	} catch {
		return {parsed: false};
	}
}

/** The escaped text gives JSON.parse the same answer as the decoded file, and is one byte a character. */
function expectSameParse(bytes: Uint8Array): string | undefined {
	const ascii = asciiJsonText(bytes);
	if (ascii === undefined) return undefined;
	expect(ascii).toMatch(/^[\u0000-\u007f]*$/);
	const original = parseOutcome(decoded(bytes));
	const escaped = parseOutcome(ascii);
	expect(escaped.parsed).toBe(original.parsed);
	if (original.parsed && escaped.parsed) expect(escaped.value).toStrictEqual(original.value);
	return ascii;
}

// Characters that are not ASCII, of every UTF-8 length, and some JSON treats specially elsewhere (a no-break space
// is not JSON whitespace; U+2028 is a line separator; U+FEFF is a byte order mark only at the start).
const WIDE = ['é', '“', '”', '—', '€', '😀', '𝔸', '\u00a0', '\u2028', '\ufeff', 'ж', '中'];

describe('asciiJsonText', () => {
	it('gives ASCII text as it is', () => {
		const text = JSON.stringify({headline: 'Plain', quotes: [{text: 'a "quoted" \\ word'}]});
		expect(asciiJsonText(bytesOf(text))).toBe(text);
	});

	it('writes each other character as the escape JSON reads back as that character', () => {
		const value = {headline: 'The “deal” — 😀 and é', tags: ['中', 'ж']};
		const ascii = expectSameParse(bytesOf(JSON.stringify(value)));
		expect(ascii).toContain('\\u201c');
		expect(ascii).toContain('\\ud83d\\ude00');
		expect(JSON.parse(ascii!)).toStrictEqual(value);
	});

	it('leaves out a byte order mark, as TextDecoder does', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf('{"a":"é"}')]);
		expect(JSON.parse(asciiJsonText(bytes)!)).toStrictEqual({a: 'é'});
		expect(asciiJsonText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf('{"a":1}')]))).toBe('{"a":1}');
	});

	it('gives up where the file is not valid UTF-8', () => {
		expect(asciiJsonText(new Uint8Array([...bytesOf('{"a":"'), 0xff, ...bytesOf('"}')]))).toBeUndefined();
		// A sequence cut short at the end of the file.
		expect(asciiJsonText(new Uint8Array([...bytesOf('{"a":"x"} '), 0xe2, 0x80]))).toBeUndefined();
	});

	it('gives up on a character after a backslash, where an escape would mean something else', () => {
		// `"\é"` is an error; written as `"\\u00e9"` it would be a backslash and five letters.
		expect(asciiJsonText(bytesOf('{"a":"\\é"}'))).toBeUndefined();
		expect(asciiJsonText(bytesOf('{"a":"\\\\é"}'))).toBeUndefined();
	});

	it('gives up on a text with many characters to escape, which the decoder handles better', () => {
		expect(asciiJsonText(bytesOf(JSON.stringify({text: 'жжжж'.repeat(1000)})))).toBeUndefined();
		const sparse = JSON.stringify({text: `${'a'.repeat(2000)}ж`});
		expect(expectSameParse(bytesOf(sparse))).toBeDefined();
	});

	it('finds characters that cross from one block of the scan into the next', () => {
		for (let offset = 4085; offset <= 4100; offset++) {
			for (const character of ['é', '€', '😀']) {
				const text = `{"pad":"${'x'.repeat(offset - 8)}${character}","more":"${'y'.repeat(5000)}${character}"}`;
				expect(text.indexOf(character)).toBe(offset);
				const ascii = expectSameParse(bytesOf(text));
				expect(ascii).toBeDefined();
				expect(JSON.parse(ascii!)).toStrictEqual(JSON.parse(text));
			}
		}
	});

	it('agrees with JSON.parse on the decoded file for random texts, valid and broken', () => {
		const random = seededRandom(20261126);
		const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
		const word = (): string => {
			let text = '';
			const length = Math.floor(random() * 12);
			for (let index = 0; index < length; index++) text += random() < 0.25 ? pick(WIDE) : pick(['a', 'Z', ' ', '"', '\\', '\n', '/', '0']);
			return text;
		};

		const value = (depth: number): unknown => {
			const roll = random();
			if (depth > 3 || roll < 0.4) return word();
			if (roll < 0.5) return Math.floor(random() * 1000) / 10;
			if (roll < 0.55) return pick([true, false, null]);
			if (roll < 0.75) return Array.from({length: Math.floor(random() * 4)}, () => value(depth + 1));
			return Object.fromEntries(Array.from({length: Math.floor(random() * 4)}, () => [word(), value(depth + 1)]));
		};

		// Breakages that put a character where JSON does not allow it, or after a backslash, or cut a text short.
		const breakages = [
			(text: string, at: number) => text.slice(0, at) + pick(WIDE) + text.slice(at),
			(text: string, at: number) => `${text.slice(0, at)}\\${pick(WIDE)}${text.slice(at)}`,
			(text: string, at: number) => `${text.slice(0, at)}\\${text.slice(at)}`,
			(text: string, at: number) => text.slice(0, at),
			(text: string, at: number) => text.slice(0, at) + pick(['"', ',', ']', '}', ' ']) + text.slice(at),
		];

		const seen = {escaped: 0, valid: 0, broken: 0, gaveUp: 0};
		for (let round = 0; round < 3000; round++) {
			let text = JSON.stringify(value(0), null, random() < 0.5 ? 1 : undefined) ?? '""';
			if (random() < 0.5) text = pick(breakages)(text, Math.floor(random() * (text.length + 1)));
			const bytes = bytesOf(text);
			const ascii = expectSameParse(bytes);
			if (ascii === undefined) seen.gaveUp++;
			else {
				if (ascii !== text) seen.escaped++;
				if (parseOutcome(ascii).parsed) seen.valid++;
				else seen.broken++;
			}
		}

		// Every kind of case occurred, so the agreement above was tested on each.
		expect(seen.escaped).toBeGreaterThan(500);
		expect(seen.valid).toBeGreaterThan(500);
		expect(seen.broken).toBeGreaterThan(200);
		expect(seen.gaveUp).toBeGreaterThan(50);
	});
});
