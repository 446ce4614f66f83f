import {cellWidth, graphemes, sliceToWidth, splitToWidth} from '../text/cells.js';

/**
 * A line of a pane as a list of styled runs. View models produce these from briefing text (already neutralised);
 * components only map each style to colours and attributes of the theme, so the look lives in one place.
 */
export type Style = 'plain' | 'dim' | 'bold' | 'heading' | 'hedge' | 'quote' | 'passage' | 'label' | 'marker' | 'warning' | 'match';
/** A run of text in one style; `link` makes it a hyperlink (OSC 8) where the terminal supports them. */
export type Run = {text: string; style: Style; link?: string};
export type Line = Run[];

export const run = (text: string, style: Style = 'plain'): Run => ({text, style});

export const lineWidth = (line: Line): number => line.reduce((width, part) => width + cellWidth(part.text), 0);

const ELLIPSIS = '…';

/** Cuts a line to `width` cells, ending it with an ellipsis (in the style of the text it follows) when cut. */
export function truncateLine(line: Line, width: number): Line {
	if (width <= 0) return [];
	if (lineWidth(line) <= width) return line;
	const out: Line = [];
	let room = width - 1;
	for (const part of line) {
		const partWidth = cellWidth(part.text);
		if (partWidth <= room) {
			out.push(part);
			room -= partWidth;
			continue;
		}
		const cut = sliceToWidth(part.text, room);
		if (cut) out.push({...part, text: cut});
		break;
	}
	const last = out.at(-1);
	if (last) out[out.length - 1] = {...last, text: last.text + ELLIPSIS};
	else out.push(run(ELLIPSIS));
	return out;
}

/** Pads a line with spaces to exactly `width` cells (cutting it first when it is longer). */
export function fitLine(line: Line, width: number): Line {
	const cut = truncateLine(line, width);
	const room = width - lineWidth(cut);
	return room > 0 ? [...cut, run(' '.repeat(room))] : cut;
}

/**
 * A stretch of one run's text: a word's worth of letters, some spaces, or (when a word must be broken) a grapheme.
 * Wrapping works on stretches rather than on graphemes, because a key that opens a detail or the Source pane
 * wraps whole paragraphs, and an object per grapheme was most of that work and of the garbage behind it. For the
 * same reason the loops below go by index: an iterator allocated a result for every word and every run.
 */
type Piece = {text: string; style: Style; width: number; link?: string | undefined};
/** A word, or the spaces before one: pieces of one or more runs (a hedge mark and its word are one word). */
type Stretch = {pieces: Piece[]; width: number};

/** Merges neighbouring pieces of one style back into runs. */
function toLine(pieces: readonly Piece[]): Line {
	const line: Line = [];
	for (let index = 0; index < pieces.length; index++) {
		const piece = pieces[index]!;
		const last = line[line.length - 1];
		if (last && last.style === piece.style && last.link === piece.link) last.text += piece.text;
		else line.push(piece.link === undefined ? {text: piece.text, style: piece.style} : {text: piece.text, style: piece.style, link: piece.link});
	}
	return line;
}

/** The word as one piece per grapheme, for the rare word wider than a line, which is broken between graphemes. */
function toGraphemes(word: readonly Piece[]): Piece[] {
	return word.flatMap(piece => graphemes(piece.text).map(text => ({...piece, text, width: cellWidth(text)})));
}

/** Cuts a word (one piece per grapheme) into pieces that fit, keeping each grapheme's style. */
function splitWord(word: readonly Piece[], width: number): Piece[][] {
	const parts: Piece[][] = [];
	let part: Piece[] = [];
	let used = 0;
	for (const grapheme of word) {
		if (part.length > 0 && used + grapheme.width > width) {
			parts.push(part);
			part = [];
			used = 0;
		}
		part.push(grapheme);
		used += grapheme.width;
	}
	if (part.length > 0) parts.push(part);
	return parts;
}

const widthOf = (pieces: readonly Piece[]): number => pieces.reduce((sum, piece) => sum + piece.width, 0);

/** The runs as alternating gaps and words; `gaps[i]` are the spaces before `words[i]`, and `gaps` may hold one more. */
function wordsOf(runs: Line): {gaps: Stretch[]; words: Stretch[]} {
	const gaps: Stretch[] = [];
	const words: Stretch[] = [];
	let gap: Stretch = {pieces: [], width: 0};
	let word: Stretch = {pieces: [], width: 0};
	for (let runIndex = 0; runIndex < runs.length; runIndex++) {
		const part = runs[runIndex]!;
		const texts = part.text.split(SPACES);
		for (let textIndex = 0; textIndex < texts.length; textIndex++) {
			const text = texts[textIndex]!;
			if (text === '') continue;
			if (text.charCodeAt(0) === 0x20) {
				if (word.pieces.length > 0) {
					words.push(word);
					word = {pieces: [], width: 0};
				}
				gap.pieces.push({text, style: part.style, width: text.length, link: part.link});
				gap.width += text.length;
			} else {
				if (word.pieces.length === 0) {
					gaps.push(gap);
					gap = {pieces: [], width: 0};
				}
				const width = cellWidth(text);
				word.pieces.push({text, style: part.style, width, link: part.link});
				word.width += width;
			}
		}
	}
	if (word.pieces.length > 0) words.push(word);
	gaps.push(gap);
	return {gaps, words};
}

/** Cuts text into runs of spaces and runs of anything else, keeping both. */
const SPACES = /( +)/;

/**
 * Word-wraps styled runs to `width` cells, keeping each run's style across the breaks. Spaces at the start of the
 * text are kept as the first line's indent and spaces between words as they were; a break swallows the spaces it
 * falls on, and later lines are indented by `indent` to align under the text. Words longer than a line are broken
 * between graphemes. No line is ever wider than `width`.
 */
export function wrapRuns(runs: Line, width: number, indent = 0): Line[] {
	if (width <= 0) return [];
	const {gaps, words} = wordsOf(runs);

	// An indent that would leave less than half the line for text is dropped, so narrow panes still get words.
	const leading = gaps[0]!;
	const lead = leading.width * 2 > width ? [] : leading.pieces;
	const hanging = indent * 2 > width ? 0 : indent;

	const lines: Line[] = [];
	let line: Piece[] = [...lead];
	let prefix: Line = [];
	let used = widthOf(lead);
	let hasWord = false;
	const newLine = () => {
		lines.push([...prefix, ...toLine(line)]);
		prefix = hanging > 0 ? [run(' '.repeat(hanging))] : [];
		line = [];
		used = hanging;
		hasWord = false;
	};
	for (let index = 0; index < words.length; index++) {
		const next = words[index]!;
		const spaces = hasWord ? gaps[index]! : {pieces: [], width: 0};
		if (used + spaces.width + next.width <= width) {
			line.push(...spaces.pieces, ...next.pieces);
			used += spaces.width + next.width;
			hasWord = true;
			continue;
		}
		if (hasWord) newLine();
		if (next.width <= Math.max(1, width - used)) {
			line.push(...next.pieces);
			used += next.width;
			hasWord = true;
			continue;
		}
		// A word too long for any line goes in pieces, each cut to the room on its own line.
		let rest = toGraphemes(next.pieces);
		while (widthOf(rest) > Math.max(1, width - used)) {
			const [part] = splitWord(rest, Math.max(1, width - used));
			line.push(...part!);
			rest = rest.slice(part!.length);
			newLine();
		}
		line.push(...rest);
		used += widthOf(rest);
		hasWord = true;
	}
	lines.push([...prefix, ...toLine(line)]);
	return lines.map(each => (each.length === 0 ? [run('')] : each));
}

/** Word-wraps plain text to `width` cells. */
export function wrapText(text: string, width: number): string[] {
	return wrapRuns([run(text)], width).map(line => line.map(part => part.text).join(''));
}

export {splitToWidth};
