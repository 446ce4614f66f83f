import stringWidth from 'string-width';
import {isOneCell} from './fast-string-width.js';

/**
 * Text measured the way a terminal draws it: in cells, where a CJK character or an emoji takes two and a combining
 * accent none, cut only between graphemes so no letter loses its accent and no emoji is split.
 */
// Made on first use: the first Intl.Segmenter a process makes loads ICU's break rules (about 10 ms), and text of
// one-cell characters, all that most briefings hold, never needs one.
let segmenter: Intl.Segmenter | undefined;
const segment = (text: string) => (segmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'})).segment(text);

/**
 * The graphemes of `text`, in order. Intl.Segmenter slows down more than linearly on long strings (100 KB took
 * seconds on Node 20), so text is cut where a grapheme boundary is certain, between two one-cell characters (each
 * a grapheme of its own), and only the pieces that hold anything else are segmented.
 */
export function* eachGrapheme(text: string): Generator<string> {
	let start = 0;
	for (let index = 1; index <= text.length; index++) {
		if (index < text.length && !(isOneCell(text.charCodeAt(index - 1)) && isOneCell(text.charCodeAt(index)))) continue;
		if (index - start === 1) yield text[start]!;
		else yield* segmentInWindows(text.slice(start, index));
		start = index;
	}
}

const WINDOW = 1024;

/** Longer than any grapheme met in practice (emoji ZWJ sequences run to about a dozen code units). */
const GRAPHEME_REACH = 64;

/**
 * Segments long text a window at a time. The graphemes near a window's end may go on past it, so the last
 * stretch of each window is left for the next one.
 */
function* segmentInWindows(text: string): Generator<string> {
	let start = 0;
	while (text.length - start > WINDOW) {
		const parts = Array.from(segment(text.slice(start, start + WINDOW)), part => part.segment);
		let held = 0;
		while (parts.length > 1 && held < GRAPHEME_REACH) held += parts.pop()!.length;
		for (const part of parts) {
			yield part;
			start += part.length;
		}
	}
	for (const part of segment(text.slice(start))) yield part.segment;
}

export function graphemes(text: string): string[] {
	return Array.from(eachGrapheme(text));
}

/** Printable ASCII: one cell a character, and nothing `neutralize` would replace. */
export const PRINTABLE_ASCII = /^[\u0020-\u007E]*$/;

/** Width in cells; plain ASCII is counted without string-width's Unicode tables, which dominate long texts. */
export function cellWidth(text: string): number {
	return PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text);
}

/** The longest start of `text` that fits in `width` cells. */
export function sliceToWidth(text: string, width: number): string {
	if (cellWidth(text) <= width) return text;
	let out = '';
	let used = 0;
	// Lazily, so cutting a long quotation to a short row does not segment all of it.
	for (const grapheme of eachGrapheme(text)) {
		const cells = cellWidth(grapheme);
		if (used + cells > width) break;
		out += grapheme;
		used += cells;
	}
	return out;
}

/** `text` cut to at most `width` cells, ending with an ellipsis when something was cut. */
export function truncateToWidth(text: string, width: number, ellipsis = '…'): string {
	if (width <= 0) return '';
	if (cellWidth(text) <= width) return text;
	const room = width - cellWidth(ellipsis);
	return room < 0 ? sliceToWidth(ellipsis, width) : sliceToWidth(text, room) + ellipsis;
}

/** `text` cut or padded with spaces to exactly `width` cells. */
export function padToWidth(text: string, width: number): string {
	const cut = truncateToWidth(text, width);
	return cut + ' '.repeat(Math.max(0, width - cellWidth(cut)));
}

/** Cuts a word wider than `width` into pieces that fit, never splitting a grapheme. */
export function splitToWidth(word: string, width: number): string[] {
	const pieces: string[] = [];
	let piece = '';
	let pieceWidth = 0;
	for (const grapheme of eachGrapheme(word)) {
		const cells = cellWidth(grapheme);
		if (piece && pieceWidth + cells > width) {
			pieces.push(piece);
			piece = '';
			pieceWidth = 0;
		}
		piece += grapheme;
		pieceWidth += cells;
	}
	if (piece) pieces.push(piece);
	return pieces;
}
