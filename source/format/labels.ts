import type {Briefing, Party, Person, Quote} from '../briefing/schema.js';
import {neutralize} from '../text/neutralize.js';

/** Wording shared by the text and markdown formats, so both describe a briefing the same way. Output is neutralized. */

export function paragraphLabel(paragraph: number): string {
	return paragraph === 0 ? 'headline' : `¶${paragraph}`;
}

export function paragraphsLabel(paragraphs: readonly number[]): string {
	return paragraphs.map(paragraph => paragraphLabel(paragraph)).join(', ');
}

export function partyLabel(party: Party): string {
	return `${neutralize(party.country)}${party.basis === 'inferred' ? ' (inferred)' : ''}`;
}

export function personNamed(briefing: Briefing, name: string): Person | undefined {
	return briefing.people.find(person => person.name === name);
}

/** "Speaker, role" when the speaker's role is known. */
export function speakerLabel(briefing: Briefing, quote: Quote): string {
	const role = personNamed(briefing, quote.speaker)?.role;
	return neutralize(role ? `${quote.speaker}, ${role}` : quote.speaker);
}

/** How the quotation is tied to its speaker, e.g. "said; explicit attribution; ¶2". */
export function quoteDetails(briefing: Briefing, quote: Quote): string {
	const parts = [
		quote.verb ? neutralize(quote.verb) : undefined,
		`${quote.attribution} attribution`,
		quote.kind,
		paragraphLabel(quote.paragraph),
		quote.continues ? 'continues the quote before' : undefined,
	];
	return parts.filter(Boolean).join('; ');
}

export function quantityLabel(quantity: {text: string; value?: number | undefined}): string {
	const text = neutralize(quantity.text);
	return quantity.value === undefined || text.includes(String(quantity.value)) ? text : `${text} (${quantity.value})`;
}

/** "Publisher · 2024": the line under the headline. */
export function bylineLabel(briefing: Briefing): string {
	const {publisher, year} = briefing.source;
	return [neutralize(publisher), year === undefined ? undefined : String(year)].filter(Boolean).join(' · ');
}
