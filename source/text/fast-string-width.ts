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
export const ONE_CELL = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u00FF\u2010-\u2027\u2030-\u203E\u2190-\u21FF\u2248\u2400-\u2426\u2500-\u25A0\u25B2-\u25BC\u27E6\u27E7]*$/;

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
