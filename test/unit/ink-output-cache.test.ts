import {styledCharsFromTokens, styledCharsToString, tokenize} from '@alcalzone/ansi-tokenize';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {seededRandom} from '../support/seeded-random.js';
// The patched Ink (patches/ink+6.8.0.patch) remembers each line of output under what was written into it, and keeps
// the line's cells for the line writer.
// @ts-expect-error -- a build file of Ink without type declarations
import OutputModule, {styledCharsOf} from '../../node_modules/ink/build/output.js';

type Write = [x: number, y: number, text: string];
type OutputLike = {write(x: number, y: number, text: string, options: {transformers: unknown[]}): void; get(): {output: string; height: number}};
const Output = OutputModule as new (options: {width: number; height: number}) => OutputLike;
const cellsOf = styledCharsOf as (line: string) => Array<{value: string; fullWidth: boolean; styles: Array<{code: string}>}>;

/** Ink 6.8's own Output.get() for plain writes: a grid of cells, each line turned back into a string. */
function reference(width: number, height: number, writes: Write[]): string {
	const grid = Array.from({length: height}, () => Array.from({length: width}, () => ({type: 'char' as const, value: ' ', fullWidth: false, styles: [] as never[]})));
	for (const [x, y, text] of writes) {
		for (const [index, line] of text.split('\n').entries()) {
			const row = grid[y + index];
			if (!row) continue;
			let offset = x;
			for (const char of styledCharsFromTokens(tokenize(line))) {
				row[offset] = char as never;
				const cells = Math.max(1, stringWidth(char.value));
				for (let extra = 1; extra < cells; extra++) row[offset + extra] = {type: 'char', value: '', fullWidth: false, styles: char.styles as never[]};
				offset += cells;
			}
		}
	}
	return grid.map(row => styledCharsToString(row.filter(Boolean)).trimEnd()).join('\n');
}

function render(width: number, height: number, writes: Write[]): string {
	const output = new Output({width, height});
	for (const [x, y, text] of writes) output.write(x, y, text, {transformers: []});
	return output.get().output;
}

const SGR = {cyan: '\u001B[36m', reset: '\u001B[39m', inverse: '\u001B[7m', noInverse: '\u001B[27m', bold: '\u001B[1m', noBold: '\u001B[22m'};

const FRAMES: Array<[string, number, number, Write[]]> = [
	['a border with a coloured title', 30, 3, [[0, 0, `${SGR.cyan}╭─ 2 Quotes ── 1/8 ─╮${SGR.reset}`], [0, 1, '│ text │'], [0, 2, '╰──────╯']]],
	['overlapping writes, the later winning', 20, 2, [[0, 0, 'abcdefghij'], [3, 0, `${SGR.bold}XY${SGR.noBold}`], [0, 1, 'first'], [2, 1, 'second']]],
	['wide characters and what follows them', 20, 2, [[0, 0, '日本語 abc'], [4, 0, 'x'], [0, 1, '😀 ok']]],
	['a selected row ending in styled spaces', 20, 1, [[0, 0, `▶ ${SGR.inverse}row   ${SGR.noInverse}`]]],
	['trailing plain spaces and a gap', 20, 2, [[0, 0, 'left    '], [12, 1, 'right']]],
	['text taller than the frame', 10, 2, [[0, 1, 'one\ntwo\nthree']]],
	['a wide character at the end, its first half written over by a blank', 6, 1, [[0, 0, 'ab日'], [2, 0, ' ']]],
];

describe("Ink's output, patched to remember its lines", () => {
	it.each(FRAMES)('draws %s as Ink 6.8 did, the first time and from memory', (_name, width, height, writes) => {
		const expected = reference(width, height, writes);
		expect(render(width, height, writes)).toBe(expected);
		expect(render(width, height, writes)).toBe(expected);
	});

	it('does not take a line from memory when the width differs', () => {
		const writes: Write[] = [[12, 0, 'far']];
		expect(render(20, 1, writes)).toBe(reference(20, 1, writes));
		expect(render(8, 1, writes)).toBe(reference(8, 1, writes));
	});

	it.each(FRAMES)('gives the line writer the cells of each line of %s, as tokenizing the line would', (_name, width, height, writes) => {
		const simple = (chars: ReturnType<typeof cellsOf>) => chars.map(char => [char.value, char.fullWidth, char.styles.map(code => code.code).sort().join('')]);
		for (const line of render(width, height, writes).split('\n')) {
			expect(simple(cellsOf(line))).toEqual(simple(styledCharsFromTokens(tokenize(line)) as never));
		}
	});
});

describe("Ink's output lines and their cells, for random frames", () => {
	// Writes that overlap, run past the right edge, end in plain or styled blanks, or put a wide character in the
	// last column or just past it.
	const TEXTS = ['abc', '   ', `${SGR.inverse}  sel  ${SGR.noInverse}`, '日本', '😀', '┃ │', `${SGR.cyan}≈may${SGR.reset}`, 'é “q”', '\t', 'x\ny'];

	it('draws 600 random frames as Ink 6.8 did, and gives the line writer the cells tokenizing would', () => {
		const random = seededRandom(4711);
		const simple = (chars: ReturnType<typeof cellsOf>) => chars.map(char => [char.value, char.fullWidth, char.styles.map(code => code.code).sort().join('')]);
		for (let round = 0; round < 600; round++) {
			const width = 4 + Math.floor(random() * 12);
			const height = 1 + Math.floor(random() * 3);
			const writes: Write[] = Array.from({length: 1 + Math.floor(random() * 5)}, (): Write => [
				Math.floor(random() * (width + 2)),
				Math.floor(random() * height),
				Array.from({length: 1 + Math.floor(random() * 3)}, () => TEXTS[Math.floor(random() * TEXTS.length)]!).join(''),
			]);
			const drawn = render(width, height, writes);
			expect(drawn, JSON.stringify({width, height, writes})).toBe(reference(width, height, writes));
			for (const line of drawn.split('\n')) expect(simple(cellsOf(line))).toEqual(simple(styledCharsFromTokens(tokenize(line)) as never));
		}
	});
});
