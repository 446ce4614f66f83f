import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

/**
 * A line of a pane as a list of styled runs. View models produce these from briefing text (already neutralised);
 * components only map each style to colours and attributes of the theme, so the look lives in one place.
 */
export type Style = 'plain' | 'dim' | 'bold' | 'heading' | 'hedge' | 'quote' | 'label' | 'marker' | 'warning';
export type Run = {text: string; style: Style};
export type Line = Run[];

export const run = (text: string, style: Style = 'plain'): Run => ({text, style});

export const lineWidth = (line: Line): number => line.reduce((width, part) => width + stringWidth(part.text), 0);

/** Cuts a line to `width` display cells, ending it with an ellipsis when something was cut. */
export function truncateLine(line: Line, width: number): Line {
	if (width <= 0) return [];
	if (lineWidth(line) <= width) return line;
	const out: Line = [];
	let room = width;
	for (const part of line) {
		const partWidth = stringWidth(part.text);
		if (partWidth < room) {
			out.push(part);
			room -= partWidth;
			continue;
		}
		out.push({...part, text: cliTruncate(part.text, room, {position: 'end'})});
		return out;
	}
	const last = out.at(-1);
	if (last) last.text = cliTruncate(`${last.text}…`, stringWidthSafe(last.text), {position: 'end'});
	return out;
}

const stringWidthSafe = (text: string): number => Math.max(1, stringWidth(text));

/** Pads a line with spaces to exactly `width` cells (cutting it first when it is longer). */
export function fitLine(line: Line, width: number): Line {
	const cut = truncateLine(line, width);
	const room = width - lineWidth(cut);
	return room > 0 ? [...cut, run(' '.repeat(room))] : cut;
}

/** Word-wraps plain text to `width` cells; words longer than a line are broken rather than overflowing. */
export function wrapText(text: string, width: number): string[] {
	if (width <= 0) return [];
	if (text === '') return [''];
	return wrapAnsi(text, width, {hard: true, trim: true, wordWrap: true}).split('\n');
}

/**
 * Wraps a line made of several styled runs, keeping each run's style across the breaks. The first line may start
 * after a prefix (a bullet, a label) and later lines are indented to align under the text.
 */
export function wrapRuns(runs: Line, width: number, indent = 0): Line[] {
	const plain = runs.map(part => part.text).join('');
	const firstWidth = width;
	const rest = Math.max(1, width - indent);
	// Wrap once at the first line's width to find where the first break falls, then the remainder at the indented width.
	const firstLines = wrapText(plain, firstWidth);
	if (firstLines.length <= 1) return [runs.length > 0 ? runs : [run('')]];
	const first = firstLines[0]!;
	const remainder = plain.slice(plain.indexOf(first) + first.length).trimStart();
	const texts = [first, ...wrapText(remainder, rest)];
	// Map each wrapped line back onto the runs by walking the original text.
	const lines: Line[] = [];
	let cursor = 0;
	for (const [index, text] of texts.entries()) {
		while (plain[cursor] === ' ' && text[0] !== ' ') cursor++;
		const line: Line = index === 0 ? [] : [run(' '.repeat(indent))];
		let need = text.length;
		let position = 0;
		for (const part of runs) {
			const partStart = position;
			const partEnd = position + part.text.length;
			position = partEnd;
			if (need === 0 || partEnd <= cursor) continue;
			const from = Math.max(cursor, partStart) - partStart;
			const take = Math.min(part.text.length - from, need);
			line.push({style: part.style, text: part.text.slice(from, from + take)});
			cursor += take;
			need -= take;
		}
		lines.push(line);
	}
	return lines;
}
