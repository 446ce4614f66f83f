import stringWidth from 'string-width';

/**
 * Text measured the way a terminal draws it: in cells, where a CJK character or an emoji takes two and a combining
 * accent none, cut only between graphemes so no letter loses its accent and no emoji is split.
 */
const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

export function graphemes(text: string): string[] {
	return Array.from(segmenter.segment(text), part => part.segment);
}

const PRINTABLE_ASCII = /^[\u0020-\u007E]*$/;

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
	for (const {segment: grapheme} of segmenter.segment(text)) {
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
	for (const grapheme of graphemes(word)) {
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
