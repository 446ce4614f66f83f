import type {Briefing} from '../briefing/schema.js';
import {neutralize} from '../text/neutralize.js';
import {compileQuery, findMatches, type CompiledQuery} from './query.js';

/** The panes a search looks through, in the order a reader meets them and `n` walks them. */
export const SEARCH_PANES = ['summary', 'quotes', 'inventory', 'source'] as const;
export type SearchPane = (typeof SEARCH_PANES)[number];

/**
 * One match. `entry` is the row of the pane: for the summary, the index of `summaryEntries` (source, photo when
 * there is one, lede, key points); for quotes and inventory, the index in the briefing; for the source pane, the
 * paragraph number (0 the headline, 1..n the body) and n + 1 for the photo caption. `start` and `end` are offsets
 * into `fieldText` of the same field: the neutralised text the panes draw.
 */
export type SearchMatch = {pane: SearchPane; entry: number; field: string; start: number; end: number};

/** A piece of text a search looks at, before its matches are known. */
export type Field = {pane: SearchPane; entry: number; field: string; text: string};

/** Every searchable field of the briefing, in reading order, one at a time (the search index reads them in slices). */
export function* eachSearchableField(briefing: Briefing): Generator<Field> {
	const {source, summary, article} = briefing;
	const field = (pane: SearchPane, entry: number, name: string, text: string): Field => ({pane, entry, field: name, text: neutralize(text)});

	yield field('summary', 0, 'headline', source.headline);
	yield field('summary', 0, 'publisher', source.publisher);
	for (const [index, tag] of source.tags.entries()) yield field('summary', 0, `tags.${index}`, tag);
	let entry = 1;
	if (source.photo) {
		yield field('summary', entry, 'caption', source.photo.caption);
		if (source.photo.credit !== undefined) yield field('summary', entry, 'credit', source.photo.credit);
		entry++;
	}
	yield field('summary', entry++, 'lede', summary.lede);
	for (const point of summary.keyPoints) yield field('summary', entry++, 'text', point.text);

	for (const [index, quote] of briefing.quotes.entries()) {
		yield field('quotes', index, 'text', quote.text);
		yield field('quotes', index, 'speaker', quote.speaker);
	}

	for (const [index, item] of briefing.inventory.entries()) {
		yield field('inventory', index, 'system', item.system);
		yield field('inventory', index, 'supplier', item.supplier.country);
		yield field('inventory', index, 'recipient', item.recipient.country);
		if (item.quantity !== undefined) yield field('inventory', index, 'quantity', item.quantity.text);
		yield field('inventory', index, 'claimedBy', item.claimedBy);
		for (const [span, evidence] of item.evidence.entries()) yield field('inventory', index, `evidence.${span}`, evidence.text);
	}

	yield field('source', 0, 'headline', source.headline);
	for (const [index, paragraph] of article.paragraphs.entries()) yield field('source', index + 1, 'paragraph', paragraph);
	if (source.photo) yield field('source', article.paragraphs.length + 1, 'caption', source.photo.caption);
}

/** Every searchable field of the briefing, in reading order. */
export function searchableFields(briefing: Briefing): Field[] {
	return Array.from(eachSearchableField(briefing));
}

/** The text a match's offsets point into, or undefined when the briefing has no such field. */
export function fieldText(briefing: Briefing, match: Pick<SearchMatch, 'pane' | 'entry' | 'field'>): string | undefined {
	return searchableFields(briefing).find(field => field.pane === match.pane && field.entry === match.entry && field.field === match.field)
		?.text;
}

/**
 * All matches of `query` in the briefing with their offsets, in reading order; none for an empty query. It reads
 * every field: the dashboards count matches through the folded text kept by `search/index.ts`, whose tests hold
 * that count to this.
 */
export function searchBriefing(briefing: Briefing, query: string | CompiledQuery): SearchMatch[] {
	const compiled = typeof query === 'string' ? compileQuery(query) : query;
	if (compiled.needle === '') return [];
	return searchableFields(briefing).flatMap(({text, ...where}) => findMatches(text, compiled).map(range => ({...where, ...range})));
}

/** How many matches each pane holds, for the tab strip; every pane is listed, at zero when it has none. */
export function countByPane(matches: readonly SearchMatch[]): Record<SearchPane, number> {
	const counts: Record<SearchPane, number> = {summary: 0, quotes: 0, inventory: 0, source: 0};
	for (const match of matches) counts[match.pane]++;
	return counts;
}
