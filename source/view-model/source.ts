import {paragraphText} from '../briefing/paragraphs.js';
import type {Briefing} from '../briefing/schema.js';
import type {SourceSpan} from '../navigation/state.js';
import {neutralize} from '../text/neutralize.js';
import {madeOnDemand, type Entries} from './entry.js';
import {markHedges} from './hedges.js';
import {run, wrapRuns, type Line, type Style} from './styled.js';
import {photoLines} from './summary.js';

const label = (paragraph: number): string => (paragraph === 0 ? 'Headline' : `¶${paragraph}`);

/**
 * The article as the Source pane lists it: the headline, each body paragraph numbered, then the photo caption. Each
 * is wrapped when first read: every model of the dashboard has this pane, though only the Source pane's own layout
 * shows it, and wrapping the whole article was a millisecond of the first frame.
 */
export function sourceEntries(briefing: Briefing, width: number): Entries {
	const count = 1 + briefing.article.paragraphs.length;
	const {photo} = briefing.source;
	return madeOnDemand(count + (photo ? 1 : 0), paragraph => {
		if (paragraph === count && photo) return {id: 'photo', lines: photoLines(photo, width)};
		const prefix = `${label(paragraph)} `;
		const text = neutralize(paragraphText(briefing, paragraph)!);
		return {
			id: `paragraph-${paragraph}`,
			lines: wrapRuns([run(prefix, 'label'), ...markHedges(text, paragraph === 0 ? 'heading' : 'plain')], width, prefix.length),
		};
	});
}

export type SourceView = {lines: Line[]; /** The first line of each span, in the order of the spans. */ anchors: number[]};

type PlacedSpan = SourceSpan & {index: number};

/**
 * A paragraph's runs up to `limit`, with the spans behind a claim marked: the current one in the quote style
 * between ⟦ ⟧, the others underlined, hedges marked everywhere.
 */
function paragraphRuns(text: string, here: readonly PlacedSpan[], current: number, plainStyle: Style, limit = text.length): Line {
	const runs: Line = [];
	let at = 0;
	for (const span of here) {
		if (span.start < at) continue;
		if (span.start >= limit) break;
		runs.push(...markHedges(neutralize(text.slice(at, span.start)), plainStyle));
		const isCurrent = span.index === current;
		const end = Math.min(span.end, limit);
		runs.push(run(isCurrent ? '⟦' : '', 'marker'), ...markHedges(neutralize(text.slice(span.start, end)), isCurrent ? 'quote' : 'passage'));
		runs.push(run(isCurrent && end === span.end ? '⟧' : '', 'marker'));
		at = end;
	}
	if (at < limit) runs.push(...markHedges(neutralize(text.slice(at, limit)), plainStyle));
	return runs.filter(part => part.text !== '');
}

/**
 * The whole article for the source layer, with the spans behind a claim marked. Each paragraph's spans are cut out
 * of the text as it stands, so what is marked is exactly the source's words.
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
		const prefix = [run(`${label(paragraph)} `, 'label')];
		const indent = label(paragraph).length + 1;
		const plainStyle: Style = paragraph === 0 ? 'heading' : 'plain';
		const wrapped = wrapRuns([...prefix, ...paragraphRuns(text, here, current, plainStyle)], width, indent);
		// A greedy wrap of the text up to the end of the word a span starts in breaks its lines as the whole
		// paragraph does, so its last line is the one the span starts on, whatever marks and indents came before.
		for (const span of here) {
			const space = text.indexOf(' ', span.start);
			const upTo = wrapRuns([...prefix, ...paragraphRuns(text, here, current, plainStyle, space < 0 ? text.length : space)], width, indent);
			anchors[span.index] = lines.length + Math.max(0, upTo.length - 1);
		}
		lines.push(...wrapped, [run('')]);
	}
	return {lines, anchors};
}
