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
		if (part.style === 'marker') {
			push(part.text, part.style, part.link);
			offset = end;
			continue;
		}
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

/**
 * A drawn line with every match of `query` in it marked (a match broken across two lines is not). Marker runs (the
 * hedge mark, the ⟦ ⟧ around a passage, bullets) are sitrep's, not the article's: the match reads past them, as the
 * search over the briefing does, and they keep their own look.
 */
export function markMatches(line: readonly Run[], query: CompiledQuery): Run[] {
	const words = line.filter(part => part.style !== 'marker');
	const ranges = findMatches(words.map(part => part.text).join(''), query);
	if (ranges.length === 0) return [...line];
	if (words.length === line.length) return overlayMatches(line, ranges);
	// Offsets in the text without markers, moved past every marker that comes before them.
	const markers: Array<{at: number; length: number}> = [];
	let at = 0;
	for (const part of line) {
		if (part.style === 'marker') markers.push({at, length: part.text.length});
		else at += part.text.length;
	}
	const shift = (offset: number, isEnd: boolean): number =>
		offset + markers.filter(marker => (isEnd ? marker.at < offset : marker.at <= offset)).reduce((sum, marker) => sum + marker.length, 0);
	return overlayMatches(line, ranges.map(range => ({start: shift(range.start, false), end: shift(range.end, true)})));
}
