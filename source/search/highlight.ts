import {neutralize} from '../text/neutralize.js';
import type {Run, Style} from '../view-model/styled.js';
import type {Range} from './normalize.js';
import {findMatches, type CompiledQuery} from './query.js';

/** Sorted, clipped to `length`, and merged where they touch, so every character is marked at most once. */
function tidy(ranges: readonly Range[], length: number): Range[] {
	const sorted = ranges
		.map(range => ({start: Math.max(0, range.start), end: Math.min(length, range.end)}))
		.filter(range => range.end > range.start)
		.sort((a, b) => a.start - b.start);
	const merged: Range[] = [];
	for (const range of sorted) {
		const last = merged.at(-1);
		if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
		else merged.push({...range});
	}
	return merged;
}

/**
 * Marks `ranges` (offsets into the runs' text joined together) with the 'match' style over existing runs, so a
 * match inside a hedge or a quotation keeps the rest of the line's styling around it.
 */
export function overlayMatches(runs: readonly Run[], ranges: readonly Range[]): Run[] {
	const length = runs.reduce((sum, part) => sum + part.text.length, 0);
	const marks = tidy(ranges, length);
	const out: Run[] = [];
	// A marked stretch of a link stays the link.
	const push = (text: string, style: Style, link: string | undefined) => {
		if (text === '') return;
		const last = out.at(-1);
		if (last && last.style === style && last.link === link) last.text += text;
		else out.push(link === undefined ? {text, style} : {text, style, link});
	};
	let offset = 0;
	for (const part of runs) {
		const end = offset + part.text.length;
		let cursor = offset;
		for (const mark of marks) {
			if (mark.end <= cursor || mark.start >= end) continue;
			const from = Math.max(mark.start, cursor);
			const to = Math.min(mark.end, end);
			push(part.text.slice(cursor - offset, from - offset), part.style, part.link);
			push(part.text.slice(from - offset, to - offset), 'match', part.link);
			cursor = to;
		}
		push(part.text.slice(cursor - offset), part.style, part.link);
		offset = end;
	}
	return out;
}

/**
 * `text` as runs in `baseStyle` with the matched ranges in 'match'. Each piece is neutralised (which leaves safe text
 * unchanged), so raw briefing text can be passed as well as text the panes have already made safe.
 */
export function highlightRuns(text: string, ranges: readonly Range[], baseStyle: Style = 'plain'): Run[] {
	return overlayMatches([{text, style: baseStyle}], ranges).map(part => ({...part, text: neutralize(part.text)}));
}

/** A drawn line with every match of `query` in it marked (a match broken across two lines is not). */
export function markMatches(line: readonly Run[], query: CompiledQuery): Run[] {
	const text = line.map(part => part.text).join('');
	const ranges = findMatches(text, query);
	return ranges.length === 0 ? [...line] : overlayMatches(line, ranges);
}
