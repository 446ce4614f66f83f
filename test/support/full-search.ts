/**
 * The search done the plain way, field by field, with every match's offsets: the reference the dashboard's search
 * index (source/search/index.ts) is held to, and the tests' way of knowing what a query finds in a briefing.
 */
import type {Briefing} from '../../source/briefing/schema.js';
import {eachSearchableField, type Field, type SearchPane} from '../../source/search/briefing.js';
import {compileQuery, findMatches, type CompiledQuery} from '../../source/search/query.js';

/** One match: the field it is in, and `start` and `end` as offsets into that field's text. */
export type SearchMatch = Omit<Field, 'text'> & {start: number; end: number};

/** The text a match's offsets point into, or undefined when the briefing has no such field. */
export function fieldText(briefing: Briefing, match: Pick<SearchMatch, 'pane' | 'entry' | 'field'>): string | undefined {
	for (const field of eachSearchableField(briefing)) {
		if (field.pane === match.pane && field.entry === match.entry && field.field === match.field) return field.text;
	}
	return undefined;
}

/** All matches of `query` in the briefing with their offsets, in reading order; none for an empty query. */
export function searchBriefing(briefing: Briefing, query: string | CompiledQuery): SearchMatch[] {
	const compiled = typeof query === 'string' ? compileQuery(query) : query;
	if (compiled.needle === '') return [];
	return Array.from(eachSearchableField(briefing)).flatMap(({text, ...where}) => findMatches(text, compiled).map(range => ({...where, ...range})));
}

/** How many matches each pane holds; every pane is listed, at zero when it has none. */
export function countByPane(matches: readonly SearchMatch[]): Record<SearchPane, number> {
	const counts: Record<SearchPane, number> = {summary: 0, quotes: 0, inventory: 0, source: 0};
	for (const match of matches) counts[match.pane]++;
	return counts;
}
