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

type Cell = {text: string; style: Style; width: number; link?: string | undefined};
type Word = Cell[];

/** Merges neighbouring cells of one style back into runs. */
function toLine(cells: readonly Cell[]): Line {
	const line: Line = [];
	for (const cell of cells) {
		const last = line.at(-1);
		if (last && last.style === cell.style && last.link === cell.link) last.text += cell.text;
		else line.push(cell.link === undefined ? {text: cell.text, style: cell.style} : {text: cell.text, style: cell.style, link: cell.link});
	}
	return line;
}

const wordWidth = (word: Word): number => word.reduce((sum, cell) => sum + cell.width, 0);

/** Cuts a word wider than a line into pieces that fit, keeping each grapheme's style. */
function splitWord(word: Word, width: number): Word[] {
	const pieces: Word[] = [];
	let piece: Word = [];
	let used = 0;
	for (const cell of word) {
		if (piece.length > 0 && used + cell.width > width) {
			pieces.push(piece);
			piece = [];
			used = 0;
		}
		piece.push(cell);
		used += cell.width;
	}
	if (piece.length > 0) pieces.push(piece);
	return pieces;
}

/**
 * Word-wraps styled runs to `width` cells, keeping each run's style across the breaks. Spaces at the start of the
 * text are kept as the first line's indent and spaces between words as they were; a break swallows the spaces it
 * falls on, and later lines are indented by `indent` to align under the text. Words longer than a line are broken
 * between graphemes. No line is ever wider than `width`.
 */
export function wrapRuns(runs: Line, width: number, indent = 0): Line[] {
	if (width <= 0) return [];
	const cells: Cell[] = [];
	for (const part of runs) for (const text of graphemes(part.text)) cells.push({text, style: part.style, width: cellWidth(text), link: part.link});

	// Alternate runs of spaces and words; `gaps[i]` are the spaces before `words[i]`.
	const gaps: Word[] = [];
	const words: Word[] = [];
	let gap: Word = [];
	let word: Word = [];
	for (const cell of cells) {
		if (cell.text === ' ') {
			if (word.length > 0) {
				words.push(word);
				word = [];
			}
			gap.push(cell);
		} else {
			if (word.length === 0) {
				gaps.push(gap);
				gap = [];
			}
			word.push(cell);
		}
	}
	if (word.length > 0) words.push(word);

	// An indent that would leave less than half the line for text is dropped, so narrow panes still get words.
	const leading = gaps[0] ?? gap;
	const lead = leading.length * 2 > width ? [] : leading;
	const hanging = indent * 2 > width ? 0 : indent;

	const lines: Line[] = [];
	let line: Cell[] = [...lead];
	let prefix: Line = [];
	let used = lead.length;
	let hasWord = false;
	const newLine = () => {
		lines.push([...prefix, ...toLine(line)]);
		prefix = hanging > 0 ? [run(' '.repeat(hanging))] : [];
		line = [];
		used = hanging;
		hasWord = false;
	};
	for (const [index, next] of words.entries()) {
		const size = wordWidth(next);
		const spaces = hasWord ? (gaps[index] ?? []) : [];
		if (used + spaces.length + size <= width) {
			line.push(...spaces, ...next);
			used += spaces.length + size;
			hasWord = true;
			continue;
		}
		if (hasWord) newLine();
		// A word too long for any line goes in pieces, each cut to the room on its own line.
		let rest = next;
		while (wordWidth(rest) > Math.max(1, width - used)) {
			const [piece] = splitWord(rest, Math.max(1, width - used));
			line.push(...piece!);
			rest = rest.slice(piece!.length);
			newLine();
		}
		line.push(...rest);
		used += wordWidth(rest);
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
