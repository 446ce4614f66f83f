import type {Briefing} from '../briefing/schema.js';
import type {PaneId, SourceSpan} from '../navigation/state.js';
import {paragraphText} from '../briefing/paragraphs.js';
import type {SummaryEntry} from './summary.js';

/**
 * The passages of the article a row rests on: a quotation's own words, an item's evidence, a key point's
 * paragraphs. The lede, the source facts, the photo and the source itself have none to jump to.
 */
export function spansBehind(briefing: Briefing, pane: PaneId, index: number, summary: readonly SummaryEntry[]): SourceSpan[] {
	switch (pane) {
		case 'quotes': {
			const quote = briefing.quotes[index];
			return quote ? [{paragraph: quote.paragraph, start: quote.start, end: quote.end}] : [];
		}
		case 'inventory':
			return (briefing.inventory[index]?.evidence ?? []).map(({paragraph, start, end}) => ({paragraph, start, end}));
		case 'summary': {
			const entry = summary[index];
			if (entry?.kind !== 'key-point') return [];
			const point = briefing.summary.keyPoints[entry.index];
			return (point?.paragraphs ?? []).map(paragraph => ({paragraph, start: 0, end: paragraphText(briefing, paragraph)?.length ?? 0})).filter(span => span.end > 0);
		}
		case 'source':
			return [];
	}
}
