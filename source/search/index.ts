import type {Briefing} from '../briefing/schema.js';
import {eachSearchableField, type Field, type SearchPane} from './briefing.js';
import {foldText} from './normalize.js';
import {findMatches, type CompiledQuery} from './query.js';

/** What the dashboard needs of a search: how many matches, and the rows they are in, in reading order. */
export type SearchFound = {matches: number; rows: Array<{pane: SearchPane; entry: number}>};

/**
 * A run of fields' folded text, each field followed by a NUL, which neither a field nor a typed query holds: so no
 * match runs from one field into the next, nor from one piece into the next.
 */
type FoldedPiece = {text: string; /** Where `text` begins in the briefing's folded text as a whole. */ offset: number};

/**
 * The briefing's folded text in the pieces it was folded in, one a slice. Kept in pieces, not joined: making one
 * string of 2 MB took 6-15 ms here, and would fall on the last slice of folding, in the way of a key.
 */
type FoldedFields = {
	pieces: FoldedPiece[];
	/** Where each field starts in the folded text as a whole, and one past the end of the last as a sentinel. */
	starts: Int32Array;
	/** Whether each field's offsets are the same folded and as written (see `foldText`). */
	oneToOne: Uint8Array;
};

/** A fold being made, field by field, a slice at a time. */
type Folding = {fields: Iterator<Field>; pieces: FoldedPiece[]; starts: number[]; oneToOne: number[]; length: number};

type SearchIndex = {fields: Field[]; reading?: Folding; folded?: FoldedFields};

/**
 * The briefing's searchable text, folded once (lower-cased too) and kept while the briefing is: a search used to
 * fold every field again for every key typed (120-490 ms a key on a briefing of 10,000 quotes and 10,000 items).
 */
const indexes = new WeakMap<Briefing, SearchIndex>();

function indexOf(briefing: Briefing): SearchIndex {
	let index = indexes.get(briefing);
	if (!index) {
		index = {fields: [], reading: {fields: eachSearchableField(briefing), pieces: [], starts: [], oneToOne: [], length: 0}};
		indexes.set(briefing, index);
	}
	return index;
}

/** Reading the clock for every field would cost more than folding most of them. */
const FIELDS_BETWEEN_CLOCKS = 64;

/** Reads the briefing's fields and folds them until all are in or `deadline` passes; true once all are. */
function read(index: SearchIndex, deadline: number): boolean {
	const made = index.reading;
	if (!made) return true;
	const offset = made.length;
	const texts: string[] = [];
	let done = false;
	for (let count = 1; ; count++) {
		const next = made.fields.next();
		if (next.done) {
			done = true;
			break;
		}
		index.fields.push(next.value);
		const folded = foldText(next.value.text, {foldCase: true});
		texts.push(folded.text, '\u0000');
		made.starts.push(made.length);
		made.oneToOne.push(folded.oneToOne ? 1 : 0);
		made.length += folded.text.length + 1;
		if (count % FIELDS_BETWEEN_CLOCKS === 0 && performance.now() >= deadline) break;
	}
	if (texts.length > 0) made.pieces.push({text: texts.join(''), offset});
	if (!done) return false;
	const starts = new Int32Array(made.starts.length + 1);
	starts.set(made.starts);
	starts[made.starts.length] = made.length;
	index.folded = {pieces: made.pieces, starts, oneToOne: Uint8Array.from(made.oneToOne)};
	index.reading = undefined;
	return true;
}

/**
 * Folds part of the briefing for searching, for at most about `budgetMs`; true once all of it is. The dashboard
 * calls it in slices after its first frame, so that a search finds the text ready and no key waits.
 */
export function prepareSearch(briefing: Briefing, budgetMs = Number.POSITIVE_INFINITY): boolean {
	return read(indexOf(briefing), performance.now() + budgetMs);
}

/**
 * Whether the folded `needle` is at `offset` of a field as written, in a field whose every code unit is a character
 * that folds to one code unit. A code unit that is not the needle's own is folded to see if it becomes it (an
 * accented letter, a curly quote); an ASCII one never does, as keeping case leaves ASCII as it is.
 */
function foundAsWritten(written: string, offset: number, needle: string): boolean {
	for (let unit = 0; unit < needle.length; unit++) {
		const code = written.charCodeAt(offset + unit);
		if (code === needle.charCodeAt(unit)) continue;
		if (code < 0x80 || foldText(written[offset + unit]!).text !== needle[unit]) return false;
	}
	return true;
}

/**
 * Calls `hit` for each field the query matches, in reading order, with how many times. The lower-cased needle is
 * looked for in the lower-cased text; a search that keeps case then checks each place against the field as written,
 * so no second, case-kept copy of the briefing is folded (70-90 ms for the first capital letter typed on a large
 * briefing). Counted directly where folding kept every offset, so matches cannot overlap once widened to whole
 * characters; through `findMatches` where it did not. A callback, not a generator: a common letter is in tens of
 * thousands of fields of a large briefing, and an object for each was most of what a letter typed left to the
 * collector.
 */
function eachFieldHit(index: SearchIndex, compiled: CompiledQuery, hit: (field: number, count: number) => void): void {
	read(index, Number.POSITIVE_INFINITY);
	const {pieces, starts, oneToOne} = index.folded!;
	const {anyCase} = compiled;
	const exact = compiled.caseSensitive ? compiled.needle : undefined;
	let field = 0;
	for (const {text, offset} of pieces) {
		let at = text.indexOf(anyCase);
		while (at !== -1) {
			while (starts[field + 1]! - offset <= at) field++;
			const end = starts[field + 1]! - offset - 1;
			let count = 0;
			if (oneToOne[field] === 1) {
				// Read only when needed: fetching every field hit took the first 'i' on a large briefing 9.2 -> 11.3 ms.
				const written = exact === undefined ? '' : index.fields[field]!.text;
				const start = starts[field]! - offset;
				while (at !== -1 && at < end) {
					if (exact === undefined || foundAsWritten(written, at - start, exact)) {
						count++;
						at = text.indexOf(anyCase, at + anyCase.length);
					} else {
						// Not this one: a match of the exact case may still begin inside it.
						at = text.indexOf(anyCase, at + 1);
					}
				}
			} else {
				count = findMatches(index.fields[field]!.text, compiled).length;
				at = text.indexOf(anyCase, end + 1);
			}
			if (count > 0) hit(field, count);
		}
	}
}

/** The needle can be searched for in the folded text: not empty, and no NUL to reach across fields. */
const joinable = (compiled: CompiledQuery): boolean => compiled.anyCase !== '' && !compiled.anyCase.includes('\u0000');

/** How many matches of `compiled` the briefing holds, and in which rows, in reading order. */
export function searchFound(briefing: Briefing, compiled: CompiledQuery): SearchFound {
	if (!joinable(compiled)) return {matches: 0, rows: []};
	const index = indexOf(briefing);
	let matches = 0;
	const rows: SearchFound['rows'] = [];
	let last: SearchFound['rows'][number] | undefined;
	eachFieldHit(index, compiled, (field, count) => {
		const {pane, entry} = index.fields[field]!;
		matches += count;
		// A row's fields are next to each other in reading order, so a row already listed is the last one.
		if (last?.pane !== pane || last.entry !== entry) {
			last = {pane, entry};
			rows.push(last);
		}
	});
	return {matches, rows};
}
