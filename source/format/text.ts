import type {Briefing, InventoryItem} from '../briefing/schema.js';
import {neutralize} from '../text/neutralize.js';
import {
	bylineLabel,
	paragraphLabel,
	paragraphsLabel,
	partyLabel,
	quantityLabel,
	quoteDetails,
	speakerLabel,
} from './labels.js';
import type {SectionName} from './index.js';
import {wrap} from './wrap.js';

export type TextOptions = {
	width: number;
	/** The sections to print, always in the briefing's order; every one when undefined. The heading always is. */
	sections?: readonly SectionName[] | undefined;
};

const STEP = '  ';

/** Plain text for pipes and files: no colours, no escape sequences, every line at most `width` cells. */
export function formatText(briefing: Briefing, {width, sections}: TextOptions): string {
	const wanted = (section: SectionName) => sections === undefined || sections.includes(section);
	const out: string[] = [];
	/** Adds one wrapped paragraph; continuation lines hang under the first line's text. */
	const add = (text: string, indent = '', hanging = indent) => out.push(...wrap(text, width, {indent, hanging}));
	const blank = () => out.push('');

	const {source, summary} = briefing;
	add(neutralize(source.headline));
	add(bylineLabel(briefing));
	if (source.url) add(neutralize(source.url));
	if (source.tags.length > 0) add(`Tags: ${source.tags.map(tag => neutralize(tag)).join(', ')}`, '', STEP);
	if (source.photo) {
		const credit = source.photo.credit ? ` (${neutralize(source.photo.credit)})` : '';
		add(`Photo: ${neutralize(source.photo.caption)}${credit}`, '', STEP);
	}

	if (wanted('summary')) {
		blank();
		add('SUMMARY');
		add(neutralize(summary.lede), STEP);
		if (summary.keyPoints.length > 0) {
			blank();
			add('KEY POINTS');
			for (const point of summary.keyPoints) {
				add(`• ${neutralize(point.text)} (${paragraphsLabel(point.paragraphs)})`, STEP, STEP + STEP);
			}
		}
	}

	if (wanted('quotes') && briefing.quotes.length > 0) {
		blank();
		add('QUOTES');
		for (const [index, quote] of briefing.quotes.entries()) {
			if (index > 0) blank();
			add(`“${neutralize(quote.text)}”`, STEP, STEP + ' ');
			add(`— ${speakerLabel(briefing, quote)}`, STEP + STEP, STEP + STEP + STEP);
			add(`(${quoteDetails(briefing, quote)})`, STEP + STEP, STEP + STEP + ' ');
		}
	}

	if (wanted('inventory') && briefing.inventory.length > 0) {
		blank();
		add('INVENTORY');
		for (const [index, item] of briefing.inventory.entries()) {
			if (index > 0) blank();
			for (const [text, indent, hanging] of itemLines(item)) add(text, indent, hanging);
		}
	}

	return `${out.join('\n')}\n`;
}

function itemLines(item: InventoryItem): Array<[string, string, string]> {
	const detail = STEP + STEP;
	const hanging = detail + STEP;
	const lines: Array<[string, string, string]> = [
		[`${neutralize(item.system)} [${item.category}]`, STEP, detail],
		[`${partyLabel(item.supplier)} → ${partyLabel(item.recipient)}`, detail, hanging],
	];
	if (item.quantity) lines.push([`Quantity: ${quantityLabel(item.quantity)}`, detail, hanging]);
	lines.push([`Status: ${item.status}; likelihood: ${item.likelihood}; claimed by ${neutralize(item.claimedBy)}`, detail, hanging]);
	if (item.hedges.length > 0) lines.push([`Hedges: ${item.hedges.map(hedge => `“${neutralize(hedge)}”`).join(', ')}`, detail, hanging]);
	for (const span of item.evidence) {
		lines.push([`Evidence (${paragraphLabel(span.paragraph)}): “${neutralize(span.text)}”`, detail, hanging]);
	}

	return lines;
}
