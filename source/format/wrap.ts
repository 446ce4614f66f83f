import stringWidth from 'string-width';
import {splitToWidth} from '../text/cells.js';

export type WrapOptions = {
	/** Put before the first line. */
	indent?: string;
	/** Put before every following line; defaults to `indent`. */
	hanging?: string;
};

/** An indent that would leave less than half the width for text is dropped, so narrow terminals still get words. */
function usableIndent(indent: string, width: number): string {
	return stringWidth(indent) * 2 > width ? '' : indent;
}

/**
 * Breaks `text` into lines at most `width` display cells wide (East Asian wide characters count as two), breaking
 * only at spaces unless a single word is wider than the line.
 */
export function wrap(text: string, width: number, options: WrapOptions = {}): string[] {
	const first = usableIndent(options.indent ?? '', width);
	const rest = usableIndent(options.hanging ?? options.indent ?? '', width);
	const lines: string[] = [];
	let indent = first;
	let line = '';
	let lineWidth = 0;

	const flush = () => {
		lines.push(indent + line);
		indent = rest;
		line = '';
		lineWidth = 0;
	};

	for (const word of text.split(' ').filter(Boolean)) {
		const room = Math.max(1, width - stringWidth(indent));
		const wordWidth = stringWidth(word);
		if (line && lineWidth + 1 + wordWidth <= room) {
			line += ` ${word}`;
			lineWidth += 1 + wordWidth;
			continue;
		}

		if (line) flush();
		const available = Math.max(1, width - stringWidth(indent));
		if (wordWidth <= available) {
			line = word;
			lineWidth = wordWidth;
			continue;
		}

		const pieces = splitToWidth(word, available);
		for (const [index, piece] of pieces.entries()) {
			line = piece;
			lineWidth = stringWidth(piece);
			// The last piece stays open so the next word can join it.
			if (index < pieces.length - 1) flush();
		}
	}

	if (line || lines.length === 0) flush();
	return lines;
}
