import type {Briefing} from '../briefing/schema.js';
import {eachSearchableField, type Field, type SearchPane} from './briefing.js';
import {foldText} from './normalize.js';
import {findMatches, type CompiledQuery} from './query.js';

/** What the dashboard needs of a search: how many matches, and the rows they are in, in reading order. */
export type SearchFound = {matches: number; rows: Array<{pane: SearchPane; entry: number}>};

/** Every field's folded text in one string, each followed by a NUL, which neither a field nor a typed query holds. */
type FoldedFields = {
	text: string;
	/** Where each field starts in `text`, and one past the end of the last as a sentinel. */
	starts: Int32Array;
	/** Whether each field's offsets are the same folded and as written (see `foldText`). */
	oneToOne: Uint8Array;
};

/** A fold being made, field by field: the lower-case one a slice at a time, the exact-case one at once. */
type Folding = {fields: Iterator<Field>; foldCase: boolean; parts: string[]; starts: number[]; oneToOne: number[]; length: number};

type SearchIndex = {fields: Field[]; reading?: Folding; caseless?: FoldedFields; cased?: FoldedFields};

/**
 * The briefing's searchable text, folded once and kept while the briefing is: a search used to fold every field
 * again for every key typed (120-490 ms a key on a briefing of 10,000 quotes and 10,000 items).
 */
const indexes = new WeakMap<Briefing, SearchIndex>();

const folding = (fields: Iterator<Field>, foldCase: boolean): Folding => ({fields, foldCase, parts: [], starts: [], oneToOne: [], length: 0});

function indexOf(briefing: Briefing): SearchIndex {
	let index = indexes.get(briefing);
	if (!index) {
		index = {fields: [], reading: folding(eachSearchableField(briefing), true)};
		indexes.set(briefing, index);
	}
	return index;
}

/** Reading the clock for every field would cost more than folding most of them. */
const FIELDS_BETWEEN_CLOCKS = 64;

/** Folds fields, telling `each` of them, until all are folded (the fold is returned) or `deadline` passes. */
function fold(made: Folding, deadline: number, each?: (field: Field) => void): FoldedFields | undefined {
	for (let count = 1; ; count++) {
		const next = made.fields.next();
		if (next.done) break;
		each?.(next.value);
		const folded = foldText(next.value.text, {foldCase: made.foldCase});
		made.parts.push(folded.text, '\u0000');
		made.starts.push(made.length);
		made.oneToOne.push(folded.oneToOne ? 1 : 0);
		made.length += folded.text.length + 1;
		if (count % FIELDS_BETWEEN_CLOCKS === 0 && performance.now() >= deadline) return undefined;
	}
	return {text: made.parts.join(''), starts: Int32Array.from([...made.starts, made.length]), oneToOne: Uint8Array.from(made.oneToOne)};
}

/** Reads the briefing's fields and folds them for a lower-case search until all are in or `deadline` passes. */
function read(index: SearchIndex, deadline: number): boolean {
	if (!index.reading) return true;
	index.caseless = fold(index.reading, deadline, field => index.fields.push(field));
	if (!index.caseless) return false;
	index.reading = undefined;
	return true;
}

/**
 * Folds part of the briefing for a lower-case search, for at most about `budgetMs`; true once all of it is. The
 * dashboard calls it in slices after its first frame, so that a search finds the text ready and no key waits.
 */
export function prepareSearch(briefing: Briefing, budgetMs = Number.POSITIVE_INFINITY): boolean {
	return read(indexOf(briefing), performance.now() + budgetMs);
}

/**
 * Calls `hit` for each field the needle occurs in, in reading order, with how many times when that is plain
 * counting (offsets the same folded and as written, so matches cannot overlap once widened), or undefined when
 * `findMatches` must say. A callback, not a generator: a common letter is in tens of thousands of fields of a large
 * briefing, and an object for each was most of what a letter typed left to the collector.
 */
function eachFieldHit(index: SearchIndex, compiled: CompiledQuery, hit: (field: number, count: number | undefined) => void): void {
	read(index, Number.POSITIVE_INFINITY);
	const folded = compiled.caseSensitive ? (index.cased ??= fold(folding(index.fields.values(), false), Number.POSITIVE_INFINITY)!) : index.caseless!;
	const {text, starts, oneToOne} = folded;
	const {needle} = compiled;
	let field = 0;
	let at = text.indexOf(needle);
	while (at !== -1) {
		while (starts[field + 1]! <= at) field++;
		const end = starts[field + 1]! - 1;
		if (oneToOne[field] === 1) {
			let count = 0;
			while (at !== -1 && at < end) {
				count++;
				at = text.indexOf(needle, at + needle.length);
			}
			hit(field, count);
		} else {
			hit(field, undefined);
			at = text.indexOf(needle, end + 1);
		}
	}
}

/** The needle can be searched for in the joined text: not empty, and no NUL to reach across fields. */
const joinable = (compiled: CompiledQuery): boolean => compiled.needle !== '' && !compiled.needle.includes('\u0000');

/** How many matches of `compiled` the briefing holds, and in which rows: what `searchBriefing` finds, counted. */
export function searchFound(briefing: Briefing, compiled: CompiledQuery): SearchFound {
	if (!joinable(compiled)) return {matches: 0, rows: []};
	const index = indexOf(briefing);
	let matches = 0;
	const rows: SearchFound['rows'] = [];
	let last: SearchFound['rows'][number] | undefined;
	eachFieldHit(index, compiled, (field, count) => {
		const {pane, entry, text} = index.fields[field]!;
		matches += count ?? findMatches(text, compiled).length;
		// A row's fields are next to each other in reading order, so a row already listed is the last one.
		if (last?.pane !== pane || last.entry !== entry) {
			last = {pane, entry};
			rows.push(last);
		}
	});
	return {matches, rows};
}
