/**
 * Estimates the bytes of the smallest redraw that turns one screen into another, from two cell snapshots.
 *
 * For every row that changed: one cursor-position sequence (`ESC [ row ; col H`, its real length, 6 to 8 bytes at
 * 100x30), then every cell from the first to the last changed cell of that row (unchanged cells in between are
 * rewritten rather than skipped, which is what a simple diffing renderer does), each as its UTF-8 bytes, plus an
 * SGR sequence (`ESC [ 0 ; ... m`) wherever the style differs from the one last emitted. Wide characters count
 * once. A real terminal library could do a little better (skipping long unchanged gaps, shorter SGR deltas), so
 * this is a fair floor, not an exact minimum.
 */
import type {Snapshot} from './probe.js';

const encoder = new TextEncoder();
const DEFAULT_STYLE = '0';

export function minimalRedrawBytes(before: Snapshot, after: Snapshot): number {
	let bytes = 0;
	let style = DEFAULT_STYLE;
	for (const [y, row] of after.entries()) {
		const old = before[y];
		let first = -1;
		let last = -1;
		for (const [x, cell] of row.entries()) {
			const previous = old?.[x];
			if (previous === undefined || previous.chars !== cell.chars || previous.style !== cell.style) {
				if (first < 0) first = x;
				last = x;
			}
		}

		if (first < 0) continue;
		// Start a wide character's run on the character itself, not on its trailing half.
		while (first > 0 && row[first]!.width === 0) first--;
		bytes += `\u001B[${y + 1};${first + 1}H`.length;
		for (let x = first; x <= last; x++) {
			const cell = row[x]!;
			if (cell.width === 0) continue;
			if (cell.style !== style) {
				bytes += cell.sgr.length;
				style = cell.style;
			}

			bytes += encoder.encode(cell.chars).length;
		}
	}

	if (style !== DEFAULT_STYLE) bytes += '\u001B[0m'.length;
	return bytes;
}

/** The same estimate for repainting every cell of `after` (what a renderer that redraws everything must send at least). */
export function fullRepaintBytes(after: Snapshot): number {
	const blank = after.map(row => row.map(() => ({chars: '\u0000', width: 1, style: '\u0000', sgr: ''})));
	return minimalRedrawBytes(blank, after);
}
