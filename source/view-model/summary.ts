import type {Briefing, Source} from '../briefing/schema.js';
import {isLinkable} from '../copy/links.js';
import {truncateToWidth} from '../text/cells.js';
import {neutralize} from '../text/neutralize.js';
import type {Entry} from './entry.js';
import {markHedges} from './hedges.js';
import {run, wrapRuns, type Line} from './styled.js';

/** "¶2, 5" — where in the article a point rests, in the form the Source pane and the printed briefing use. */
export const paragraphRefs = (paragraphs: readonly number[]): string => `¶${paragraphs.join(', ')}`;

/** The kinds of summary entry, so the detail view knows what it is opening. */
export type SummaryEntryKind = 'source' | 'photo' | 'lede' | 'key-point';

export type SummaryEntry = Entry & {kind: SummaryEntryKind; index: number};

/** The photo's caption and credit, as both the Summary and the Source pane show them. */
export function photoLines(photo: NonNullable<Source['photo']>, width: number): Line[] {
	const credit = photo.credit ? ` (${neutralize(photo.credit)})` : '';
	return wrapRuns([run('Photo ', 'label'), run(`${neutralize(photo.caption)}${credit}`, 'dim')], width, 6);
}

/**
 * An entry whose lines are wrapped when first read. The pane shows two or three of the summary's entries at first,
 * and wrapping the lede and every key point up front was most of the summary's share of the first frame.
 */
function wrappedOnDemand(id: string, kind: SummaryEntryKind, index: number, wrap: () => Line[]): SummaryEntry {
	let lines: Line[] | undefined;
	return {
		id,
		kind,
		index,
		get lines() {
			return (lines ??= wrap());
		},
	};
}

/** The Summary pane: what the article is and says, each part a selectable entry wrapped to the pane's width. */
export function summaryEntries(briefing: Briefing, width: number): SummaryEntry[] {
	const {source, summary} = briefing;
	const entries: SummaryEntry[] = [];
	entries.push(
		wrappedOnDemand('source', 'source', 0, () => {
			const facts = [source.publisher, source.year?.toString()].filter(Boolean).map(text => neutralize(text!));
			const sourceLines: Line[] = [...wrapRuns([run(neutralize(source.headline), 'heading')], width), [run(facts.join(' · '), 'bold')]];
			if (source.url && isLinkable(source.url)) sourceLines.push([run('Link ', 'label'), {text: truncateToWidth(neutralize(source.url), Math.max(1, width - 5)), style: 'quote', link: source.url}]);
			if (source.tags.length > 0) sourceLines.push(...wrapRuns([run('Tags ', 'label'), run(source.tags.map(neutralize).join(' · '))], width, 5));
			return sourceLines;
		}),
	);

	const {photo} = source;
	if (photo) entries.push(wrappedOnDemand('photo', 'photo', 0, () => photoLines(photo, width)));

	entries.push(wrappedOnDemand('lede', 'lede', 0, () => wrapRuns(markHedges(neutralize(summary.lede)), width)));

	for (const [index, point] of summary.keyPoints.entries()) {
		entries.push(
			wrappedOnDemand(point.id, 'key-point', index, () =>
				wrapRuns([run('• ', 'marker'), ...markHedges(neutralize(point.text)), run(` ${paragraphRefs(point.paragraphs)}`, 'dim')], width, 2),
			),
		);
	}
	return entries;
}
