import {sliceToWidth, truncateToWidth} from '../text/cells.js';
import stringWidth from 'string-width';
import type {Briefing, Quote} from '../briefing/schema.js';
import {neutralize} from '../text/neutralize.js';
import {madeOnDemand, type Entries} from './entry.js';
import {run} from './styled.js';

const SPEAKER_COLUMN_MAX = 18;
/** Wider than any terminal: a row never shows more, so a 10,000-character quotation is not carried into every frame. */
const ROW_TEXT_MAX = 1_000;

/** How an attribution is written in lists: short, and in words rather than a colour. */
export const ATTRIBUTION_LABEL: Record<Quote['attribution'], string> = {
	explicit: 'named',
	pronoun: 'he/she said',
	inferred: 'inferred',
};

/**
 * The Quotes pane, one line per quotation: the speaker in a column, then the words. The full text, role and
 * attribution are in the detail; a line never wraps, so long lists scroll by whole quotations. A quotation's line is
 * made when it first comes into view.
 */
export function quoteEntries(briefing: Briefing): Entries {
	// A briefing has a handful of speakers and can have thousands of quotations: each name is measured, cut and
	// padded once: on ten thousand quotations, doing it for each one took about 20 ms of the first frame.
	const shown = new Map<string, string>();
	for (const {speaker} of briefing.quotes) if (!shown.has(speaker)) shown.set(speaker, neutralize(speaker));
	const column = Math.min(SPEAKER_COLUMN_MAX, Math.max(0, ...[...shown.values()].map(name => stringWidth(name))));
	const cells = new Map(
		[...shown].map(([name, safe]) => {
			const cut = truncateToWidth(safe, column);
			return [name, cut + ' '.repeat(Math.max(0, column - stringWidth(cut)))];
		}),
	);
	const {quotes} = briefing;
	return madeOnDemand(quotes.length, index => {
		const quote = quotes[index]!;
		return {
			id: quote.id,
			lines: [[run(cells.get(quote.speaker)!, 'bold'), run('  '), run(`“${sliceToWidth(neutralize(quote.text), ROW_TEXT_MAX)}”`, 'quote')]],
		};
	});
}
