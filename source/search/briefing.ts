import type {Briefing} from '../briefing/schema.js';
import {neutralize} from '../text/neutralize.js';

/** The panes a search looks through, in the order a reader meets them and `n` walks them. */
const SEARCH_PANES = ['summary', 'quotes', 'inventory', 'source'] as const;
export type SearchPane = (typeof SEARCH_PANES)[number];

/**
 * A piece of text a search looks at. `entry` is the row of the pane: for the summary, the index of `summaryEntries`
 * (source, photo when there is one, lede, key points); for quotes and inventory, the index in the briefing; for the
 * source pane, the paragraph number (0 the headline, 1..n the body) and n + 1 for the photo caption. `text` is
 * neutralised: the text the panes draw, so offsets into it are offsets into what is on screen.
 */
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
