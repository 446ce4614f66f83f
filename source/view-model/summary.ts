import type {Briefing} from '../briefing/schema.js';
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

/** The Summary pane: what the article is and says, each part a selectable entry wrapped to the pane's width. */
export function summaryEntries(briefing: Briefing, width: number): SummaryEntry[] {
	const {source, summary} = briefing;
	const entries: SummaryEntry[] = [];
	const facts = [source.publisher, source.year?.toString()].filter(Boolean).map(text => neutralize(text!));
	const sourceLines: Line[] = [
		...wrapRuns([run(neutralize(source.headline), 'heading')], width),
		[run(facts.join(' · '), 'bold')],
	];
	if (source.url && isLinkable(source.url)) sourceLines.push([run('Link ', 'label'), {text: truncateToWidth(neutralize(source.url), Math.max(1, width - 5)), style: 'quote', link: source.url}]);
	if (source.tags.length > 0) sourceLines.push(...wrapRuns([run('Tags ', 'label'), run(source.tags.map(neutralize).join(' · '))], width, 5));
	entries.push({id: 'source', kind: 'source', index: 0, lines: sourceLines});

	if (source.photo) {
		const credit = source.photo.credit ? ` (${neutralize(source.photo.credit)})` : '';
		entries.push({
			id: 'photo',
			kind: 'photo',
			index: 0,
			lines: wrapRuns([run('Photo ', 'label'), run(`${neutralize(source.photo.caption)}${credit}`, 'dim')], width, 6),
		});
	}

	entries.push({id: 'lede', kind: 'lede', index: 0, lines: wrapRuns(markHedges(neutralize(summary.lede)), width)});

	for (const [index, point] of summary.keyPoints.entries()) {
		entries.push({
			id: point.id,
			kind: 'key-point',
			index,
			lines: wrapRuns([run('• ', 'marker'), ...markHedges(neutralize(point.text)), run(` ${paragraphRefs(point.paragraphs)}`, 'dim')], width, 2),
		});
	}
	return entries;
}
