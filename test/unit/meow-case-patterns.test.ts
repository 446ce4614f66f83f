import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {seededRandom} from '../support/seeded-random.js';

/*
 * patches/meow+14.1.0.patch matches ASCII text in meow's camelCase and decamelize (which turn flag names from one
 * form to the other) with ASCII twins of their Unicode patterns, which cost about 0.25 ms each to compile. The
 * twins must find exactly what the Unicode patterns find in ASCII text. The reference here is the same patched
 * module with the ASCII test made to fail, so that every text takes the Unicode patterns.
 */
type CaseFunctions = {
	decamelize: (text: string, options?: {separator?: string; preserveConsecutiveUppercase?: boolean}) => string;
	camelcaseKeys: (input: Record<string, unknown>, options?: {pascalCase?: boolean; preserveConsecutiveUppercase?: boolean}) => Record<string, unknown>;
};

const patchedFile = new URL('../../node_modules/meow/build/dependencies.js', import.meta.url);
const ONLY_ASCII = 'const ONLY_ASCII = /^[\\u0000-\\u007F]*$/;';

/* camelcaseKeys keeps what it made in a cache keyed by the text alone, whatever the options: each set of options
 * gets module instances of its own. */
const CAMEL_CASE_OPTIONS = [{}, {pascalCase: true}, {preserveConsecutiveUppercase: true}];

let directory: string;
let patched: CaseFunctions[];
let unicodeOnly: CaseFunctions[];

const load = async (file: string): Promise<CaseFunctions> => {
	// The bundle's exports are minified names: e is decamelize, c is camelcaseKeys (see its last line).
	const module = (await import(pathToFileURL(file).href)) as {e: CaseFunctions['decamelize']; c: CaseFunctions['camelcaseKeys']};
	return {decamelize: module.e, camelcaseKeys: module.c};
};

beforeAll(async () => {
	const source = readFileSync(patchedFile, 'utf8');
	expect(source).toContain(ONLY_ASCII);
	expect(source).toMatch(/export \{[^}]*camelcaseKeys as c,[^}]*decamelize as e,/);
	directory = mkdtempSync(join(tmpdir(), 'sitrep-meow-'));
	const copies = async (name: string, text: string): Promise<CaseFunctions[]> =>
		Promise.all(
			CAMEL_CASE_OPTIONS.map(async (_, index) => {
				const file = join(directory, `${name}-${index}.js`);
				writeFileSync(file, text);
				return load(file);
			}),
		);
	patched = await copies('patched', source);
	unicodeOnly = await copies('unicode-only', source.replace(ONLY_ASCII, 'const ONLY_ASCII = /(?!)/;'));
});

afterAll(() => {
	rmSync(directory, {recursive: true, force: true});
});

const PRINTABLE_ASCII = Array.from({length: 95}, (_, index) => String.fromCharCode(32 + index));
const ASCII_PIECES = [...PRINTABLE_ASCII, ...'AZaz09_-. '.split(''), 'no', 'Color', 'URL', 'ID', 'screen', 'Reader'];
const OTHER_PIECES = ['é', 'É', 'ß', 'Σ', 'σ', 'ǅ', '٣', 'ⅷ', '日', 'İ', 'ı', '\u212A'];

function texts(count: number, pieces: readonly string[], seed: number): string[] {
	const random = seededRandom(seed);
	return Array.from({length: count}, () => {
		let text = '';
		const length = 1 + Math.floor(random() * 8);
		for (let index = 0; index < length; index++) text += pieces[Math.floor(random() * pieces.length)];
		return text;
	});
}

describe("meow's case conversions with ASCII patterns", () => {
	it('give what the Unicode patterns give, for ASCII and other text', () => {
		const cases = [...texts(6000, ASCII_PIECES, 1), ...texts(1500, [...ASCII_PIECES, ...OTHER_PIECES], 2), 'screenReader', 'noColor', 'lineMoves', 'a'];
		for (const text of cases) {
			for (const options of [{}, {separator: '-'}, {separator: '_', preserveConsecutiveUppercase: true}]) {
				expect(patched[0]!.decamelize(text, options), `decamelize ${JSON.stringify(text)}`).toBe(unicodeOnly[0]!.decamelize(text, options));
			}

			for (const [index, options] of CAMEL_CASE_OPTIONS.entries()) {
				const made = patched[index]!.camelcaseKeys({[text]: 1}, options);
				expect(made, `camelCase ${JSON.stringify(text)} ${JSON.stringify(options)}`).toEqual(unicodeOnly[index]!.camelcaseKeys({[text]: 1}, options));
			}
		}
	});

	it('turn the flags sitrep declares as meow always did', () => {
		const [meow] = patched;
		expect(meow!.decamelize('screenReader', {separator: '-'})).toBe('screen-reader');
		expect(meow!.decamelize('noColor', {separator: '-'})).toBe('no-color');
		expect(meow!.camelcaseKeys({'screen-reader': true, 'line-moves': true, 'no-color': true})).toEqual({screenReader: true, lineMoves: true, noColor: true});
	});
});
