import type {Briefing, InventoryItem, Party} from '../briefing/schema.js';
import {neutralize} from '../text/neutralize.js';

/**
 * Plain text of a quotation or an inventory item, with where it comes from, for the clipboard. Only what the
 * briefing holds is written: a missing role, year or link is left out rather than filled in, and there is never a
 * date, because the article's own date is not in the data.
 */

/** Joins sentence parts with a full stop, without doubling one that a part already ends with. */
function sentences(parts: readonly string[]): string {
	return parts
		.filter(part => part !== '')
		.map(part => (/[.!?\u2026]$/.test(part) ? part : `${part}.`))
		.join(' ');
}

/** "Washington Examiner, 2022", then the link, when the briefing has one. */
function withSource(briefing: Briefing, parts: readonly string[]): string {
	const {publisher, year, url} = briefing.source;
	const name = [neutralize(publisher), year?.toString()].filter(part => part !== undefined).join(', ');
	// No full stop after the link: many programs would take it for part of the address.
	return sentences([...parts, name]) + (url ? ` ${neutralize(url)}` : '');
}

/** A name with its role from the people list, e.g. "John Kirby, National Security Council communications coordinator". */
function personWithRole(briefing: Briefing, name: string): string {
	const role = briefing.people.find(person => person.name === name)?.role;
	return role ? `${neutralize(name)}, ${neutralize(role)}` : neutralize(name);
}

const placeName = (paragraph: number): string => (paragraph === 0 ? 'headline' : `¶${paragraph}`);

/** `“…” — Speaker, role. Publisher, year.` — undefined when there is no quotation at `index`. */
export function quoteCitation(briefing: Briefing, index: number): string | undefined {
	const quote = briefing.quotes[index];
	if (!quote) return undefined;
	// The reader must not take a speaker the article only implies for one it names.
	const speaker = personWithRole(briefing, quote.speaker) + (quote.attribution === 'inferred' ? ' (attribution inferred from context)' : '');
	return `“${neutralize(quote.text)}” — ${withSource(briefing, [speaker])}`;
}

const party = (value: Party): string => `${neutralize(value.country)}${value.basis === 'inferred' ? ' (implied)' : ''}`;

function likelihood(item: InventoryItem): string {
	if (item.hedges.length === 0) return `likelihood ${item.likelihood}`;
	return `likelihood ${item.likelihood}, hedged “${item.hedges.map(neutralize).join('”, “')}”`;
}

/**
 * An item in three lines: what goes where in what number and how sure that is; the evidence in the article's
 * words; who claims it and where. Undefined when there is no item at `index`.
 */
export function itemCitation(briefing: Briefing, index: number): string | undefined {
	const item = briefing.inventory[index];
	if (!item) return undefined;
	const quantity = item.quantity ? neutralize(item.quantity.text) : 'quantity not given in the text';
	const what = `${neutralize(item.system)}: ${party(item.supplier)} → ${party(item.recipient)}; ${quantity}; status ${item.status}; ${likelihood(item)}.`;
	const evidence = `Evidence: ${item.evidence.map(span => `“${neutralize(span.text)}” (${placeName(span.paragraph)})`).join('; ')}.`;
	const claim = `Claimed by ${withSource(briefing, [personWithRole(briefing, item.claimedBy)])}`;
	return [what, evidence, claim].join('\n');
}
