import type {Briefing} from '../briefing/schema.js';
import {itemCitation, quoteCitation} from '../copy/citation.js';
import type {OpenOutcome} from '../copy/links.js';
import {formatSize} from '../files/read.js';
import type {PaneId} from '../navigation/state.js';
import {neutralize} from '../text/neutralize.js';

/**
 * What y and o do with the selected row, and what the status line then says, in one place for the dashboard and
 * the screen-reader view (each sentence is said the same way in both).
 */

/** The text y copies: a quotation or an item with its citation; undefined for rows that are neither. */
export function copyOf(briefing: Briefing, pane: PaneId, index: number): {text: string; what: string} | undefined {
	const text = pane === 'quotes' ? quoteCitation(briefing, index) : pane === 'inventory' ? itemCitation(briefing, index) : undefined;
	if (text === undefined) return undefined;
	return {text, what: pane === 'quotes' ? `quotation ${index + 1}` : `item ${index + 1}`};
}

export const NOTHING_TO_COPY = 'Select a quotation or an item to copy it.';

export function copiedNotice(what: string, bytes: number, truncated: boolean): string {
	return `Copied ${what} with its citation (${formatSize(bytes)})${truncated ? ', cut to fit the 100 KB a terminal takes' : ''}.`;
}

export const noSourceNotice = (pane: PaneId): string =>
	pane === 'source' ? 'This is the source.' : 'This row rests on no single passage of the source.';

/** The link a row has: a speaker's or claimant's own, else the article's. */
export function linkOf(briefing: Briefing, pane: PaneId, index: number): string | undefined {
	const urlOf = (name: string | undefined) => briefing.people.find(person => person.name === name)?.url;
	if (pane === 'quotes') return urlOf(briefing.quotes[index]?.speaker) ?? briefing.source.url;
	if (pane === 'inventory') return urlOf(briefing.inventory[index]?.claimedBy) ?? briefing.source.url;
	return briefing.source.url;
}

export const NO_LINK = 'No link here.';

export function openedNotice(outcome: OpenOutcome, url: string): string {
	const said: Record<OpenOutcome, string> = {
		opened: `Opened ${url}.`,
		'over-ssh': `Not opened over SSH, where a browser would open on the far machine: ${url}.`,
		'no-opener': `No browser to open it with here: ${url}.`,
		'not-linkable': `Only http, https and mailto links are opened: ${url}.`,
	};
	return neutralize(said[outcome]);
}
