import {foldText, normalizeForSearch, originalRange, type Range} from './normalize.js';

/**
 * A search as typed, ready to run. Case follows the "smart case" rule of less and vim: a query in lower case matches
 * any case, and one uppercase letter makes the whole query match case exactly, so "kirby" finds "Kirby" and
 * "KIRBY" finds only the shouted form.
 */
export type CompiledQuery = {
	/** The query as typed. */
	source: string;
	/** The folded text to look for; empty when the query can match nothing. */
	needle: string;
	caseSensitive: boolean;
	/**
	 * The needle lower-cased as the text searched is, the same length: wherever a search that keeps case finds the
	 * needle, this is found at the same offset, so one lower-cased copy of a briefing serves both kinds of search.
	 */
	anyCase: string;
};

const UPPERCASE = /[\p{Lu}\p{Lt}]/u;

export function compileQuery(query: string): CompiledQuery {
	// Accents and quotes are folded first, so "É" counts as an uppercase letter and "“" does not.
	const folded = foldText(query).text;
	const caseSensitive = UPPERCASE.test(folded);
	// Blank queries are a slip of the keyboard, not a search for spaces.
	// Folded by the search index's own fold, a character at a time, so the needle and the text searched always agree.
	const anyCase = folded.trim() === '' ? '' : foldText(query, {foldCase: true}).text;
	return {source: query, needle: caseSensitive ? folded : anyCase, caseSensitive, anyCase};
}

/** Every non-overlapping match of `query` in `text`, left to right, as offsets into `text` as written. */
export function findMatches(text: string, query: string | CompiledQuery): Range[] {
	const compiled = typeof query === 'string' ? compileQuery(query) : query;
	const {needle} = compiled;
	if (needle === '' || text === '') return [];
	const haystack = normalizeForSearch(text, {foldCase: !compiled.caseSensitive});
	const ranges: Range[] = [];
	let from = 0;
	for (;;) {
		const at = haystack.text.indexOf(needle, from);
		if (at === -1) break;
		const range = originalRange(haystack, at, at + needle.length);
		from = at + needle.length;
		// Widening to whole characters can make two matches inside one decomposed character meet; keep the first.
		const previous = ranges.at(-1);
		if (range && (!previous || range.start >= previous.end)) ranges.push(range);
	}
	return ranges;
}
