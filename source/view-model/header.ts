import type {Briefing} from '../briefing/schema.js';
import {cellWidth, truncateToWidth} from '../text/cells.js';
import {neutralize} from '../text/neutralize.js';

/** The product's name at the start of the header, drawn as a badge. */
export const BADGE = ' sitrep ';

/** The header's two lines as text: the headline after the badge, and where the briefing comes from. */
export type HeaderText = {headline: string; facts: string};

/**
 * The header cut to the terminal's width here, not by Ink: Ink cuts a text that is too wide by way of slice-ansi,
 * whose first cut makes an Intl.Segmenter and so loads ICU's break rules: 12-15 ms of the first frame at 80 columns
 * and below, where the seed's headline does not fit, or of the first resize to such a width. Cut here, one-cell
 * text is never segmented.
 */
export function headerText(briefing: Briefing, width: number): HeaderText {
	const {source} = briefing;
	const facts = [
		neutralize(source.publisher),
		source.year === undefined ? undefined : String(source.year),
		`${briefing.quotes.length} quotes`,
		`${briefing.inventory.length} items`,
	].filter(Boolean);
	return {
		headline: truncateToWidth(` ${neutralize(source.headline)}`, Math.max(0, width - cellWidth(BADGE))),
		facts: truncateToWidth(` ${facts.join(' · ')}`, width),
	};
}
