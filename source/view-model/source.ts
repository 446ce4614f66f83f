import type {Briefing} from '../briefing/schema.js';
import type {SourceSpan} from '../navigation/state.js';
import {neutralize} from '../text/neutralize.js';
import type {Entry} from './entry.js';
import {markHedges} from './hedges.js';
import {run, wrapRuns, type Line, type Style} from './styled.js';

/** The text of paragraph `n` of the article: 0 is the headline, body paragraphs count from 1. */
export function paragraphText(briefing: Briefing, paragraph: number): string | undefined {
	return paragraph === 0 ? briefing.source.headline : briefing.article.paragraphs[paragraph - 1];
}

const label = (paragraph: number): string => (paragraph === 0 ? 'Headline' : `¶${paragraph}`);

/** The article as the Source pane lists it: the headline, each body paragraph numbered, then the photo caption. */
export function sourceEntries(briefing: Briefing, width: number): Entry[] {
	const paragraphs = [briefing.source.headline, ...briefing.article.paragraphs];
	const entries: Entry[] = paragraphs.map((text, paragraph) => {
		const prefix = `${label(paragraph)} `;
		return {
			id: `paragraph-${paragraph}`,
			lines: wrapRuns([run(prefix, 'label'), ...markHedges(neutralize(text), paragraph === 0 ? 'heading' : 'plain')], width, prefix.length),
		};
	});
	const {photo} = briefing.source;
	if (photo) {
		const credit = photo.credit ? ` (${neutralize(photo.credit)})` : '';
		entries.push({id: 'photo', lines: wrapRuns([run('Photo ', 'label'), run(`${neutralize(photo.caption)}${credit}`, 'dim')], width, 6)});
	}
	return entries;
}

export type SourceView = {lines: Line[]; /** The first line of each span, in the order of the spans. */ anchors: number[]};

/**
 * The whole article for the source layer, with the spans behind a claim marked: the current one in the quote style
 * between ⟦ ⟧, the others underlined. Each paragraph's spans are cut out of the text as it stands, so what is
 * marked is exactly the source's words.
 */
export function sourceView(briefing: Briefing, width: number, spans: readonly SourceSpan[], current: number): SourceView {
	const lines: Line[] = [];
	const anchors: number[] = spans.map(() => 0);
	const paragraphs = [briefing.source.headline, ...briefing.article.paragraphs];
	for (const [paragraph, text] of paragraphs.entries()) {
		const here = spans
			.map((span, index) => ({...span, index}))
			.filter(span => span.paragraph === paragraph && span.start < span.end && span.end <= text.length)
			.sort((a, b) => a.start - b.start);
		const runs: Line = [run(`${label(paragraph)} `, 'label')];
		let at = 0;
		const plainStyle: Style = paragraph === 0 ? 'heading' : 'plain';
		for (const span of here) {
			if (span.start < at) continue;
			runs.push(...markHedges(neutralize(text.slice(at, span.start)), plainStyle));
			const isCurrent = span.index === current;
			runs.push(run(isCurrent ? '⟦' : '', 'marker'), run(neutralize(text.slice(span.start, span.end)), isCurrent ? 'quote' : 'hedge'), run(isCurrent ? '⟧' : '', 'marker'));
			at = span.end;
		}
		runs.push(...markHedges(neutralize(text.slice(at)), plainStyle));
		const wrapped = wrapRuns(runs.filter(part => part.text !== ''), width, label(paragraph).length + 1);
		// Find the line each span starts on by counting the characters before it.
		for (const span of here) {
			const before = label(paragraph).length + 1 + neutralize(text.slice(0, span.start)).length;
			let seen = 0;
			let line = 0;
			for (const [index, each] of wrapped.entries()) {
				const length = each.reduce((sum, part) => sum + part.text.length, 0);
				if (seen + length > before) {
					line = index;
					break;
				}
				seen += length;
				line = index;
			}
			anchors[span.index] = lines.length + line;
		}
		lines.push(...wrapped, [run('')]);
	}
	return {lines, anchors};
}
