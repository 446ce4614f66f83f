import stringWidth from 'string-width';

/**
 * string-width with two shortcuts, swapped in for every import of string-width in the bundle (esbuild.mjs): Ink
 * measures every line of every frame, and for text outside printable ASCII string-width segments graphemes and
 * runs emoji regexes on each, which profiling showed to be the largest cost of a key press.
 *
 * 1. Text made only of characters that are always one cell (ASCII, Latin-1, the box drawing, arrows, quotes and
 *    marks sitrep draws with, the hedge mark ≈ among them) is as wide as it is long. A test checks every such character against string-width.
 *    So is such text inside colour codes, once they are taken out.
 * 2. Anything else is measured once and remembered: a dashboard redraws the same lines over and over.
 */

/**
 * The one-cell characters, as code-unit ranges. None of them combines, joins or pairs with a neighbour, so each is
 * also a grapheme of its own (a test checks that against Intl.Segmenter), which lets text made of them be cut
 * anywhere without segmenting it (source/text/cells.ts, and the patch to ansi-tokenize, which repeats the set).
 */
const ONE_CELL_RANGES: ReadonlyArray<readonly [number, number]> = [
	[0x0020, 0x007e],
	[0x00a0, 0x00ac],
	[0x00ae, 0x00ff],
	[0x2010, 0x2027],
	[0x2030, 0x203e],
	[0x2190, 0x21ff],
	[0x2248, 0x2248],
	[0x2400, 0x2426],
	[0x2500, 0x25a0],
	[0x25b2, 0x25bc],
	[0x27e6, 0x27e7],
];

const escaped = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`;
export const ONE_CELL = new RegExp(`^[${ONE_CELL_RANGES.map(([from, to]) => (from === to ? escaped(from) : `${escaped(from)}-${escaped(to)}`)).join('')}]*$`);

/**
 * Whether the UTF-16 code unit `code` is one of the one-cell characters. Asked for every character of text cut into
 * graphemes, so the ranges are walked by index (an iterator would allocate), printable ASCII first.
 */
export function isOneCell(code: number): boolean {
	for (let index = 0; index < ONE_CELL_RANGES.length; index++) {
		const range = ONE_CELL_RANGES[index]!;
		if (code >= range[0] && code <= range[1]) return true;
	}
	return false;
}

const MAX_REMEMBERED = 20_000;
const remembered = new Map<string, number>();

type Options = Parameters<typeof stringWidth>[1];

/** Colour and attribute sequences (SGR), which Ink puts around styled text and which take no cells. */
const SGR = /\u001B\[[\d;]*m/g;

export default function fastStringWidth(text: string, options?: Options): number {
	if (typeof text !== 'string') return 0;
	if (ONE_CELL.test(text)) return text.length;
	// Ink measures its styled lines too; without their colour codes most are one-cell text again. Other escape
	// sequences (a hyperlink) stay and go to string-width, which knows them all.
	if (options === undefined && text.includes('\u001B[')) {
		const visible = text.replace(SGR, '');
		if (ONE_CELL.test(visible)) return visible.length;
	}
	if (options !== undefined) return stringWidth(text, options);
	let width = remembered.get(text);
	if (width === undefined) {
		width = stringWidth(text);
		if (remembered.size >= MAX_REMEMBERED) remembered.clear();
		remembered.set(text, width);
	}
	return width;
}
