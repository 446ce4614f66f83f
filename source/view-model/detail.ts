import type {Briefing, InventoryItem, Quote, Span} from '../briefing/schema.js';
import type {PaneId} from '../navigation/state.js';
import {isLinkable} from '../copy/links.js';
import {truncateToWidth} from '../text/cells.js';
import {neutralize} from '../text/neutralize.js';
import {HEDGE_MARK, markHedges} from './hedges.js';
import {HEDGE_LEGEND} from './inventory-view.js';
import {partyLabel, quantityLabel} from './inventory.js';
import {paragraphText} from '../briefing/paragraphs.js';
import {paragraphRefs, type SummaryEntry} from './summary.js';
import {run, wrapRuns, type Line} from './styled.js';


const paragraphName = (paragraph: number): string => (paragraph === 0 ? 'the headline' : `paragraph ${paragraph}`);

const LABEL_WIDTH = 12;

/** A "Label       value" line, the value wrapped under itself. */
function field(label: string, value: Line, width: number): Line[] {
	return wrapRuns([run(label.padEnd(LABEL_WIDTH), 'label'), ...value], width, LABEL_WIDTH);
}

const blank: Line = [run('')];

/**
 * A link on a line of its own, unwrapped (a hyperlink cut in two would be two links); an address that is not safe
 * to link (not http, https or mailto) is shown as text.
 */
function linkField(label: string, url: string, width: number): Line[] {
	const shown = truncateToWidth(neutralize(url), Math.max(1, width - LABEL_WIDTH));
	const link: Line[number] = isLinkable(url) ? {text: shown, style: 'quote', link: url} : run(shown);
	return [[run(label.padEnd(LABEL_WIDTH), 'label'), link]];
}

/** A paragraph with one span in the quote style, so the reader sees the claim in its context. */
function paragraphWithSpan(briefing: Briefing, span: Pick<Span, 'paragraph' | 'start' | 'end'>, width: number, hedges: readonly string[] = []): Line[] {
	const text = paragraphText(briefing, span.paragraph);
	if (text === undefined) return [];
	const before = neutralize(text.slice(0, span.start));
	const inside = neutralize(text.slice(span.start, span.end));
	const after = neutralize(text.slice(span.end));
	const line: Line = [
		...markHedges(before, 'dim', hedges),
		run('⟦', 'marker'),
		...markHedges(inside, 'quote', hedges),
		run('⟧', 'marker'),
		...markHedges(after, 'dim', hedges),
	];
	return wrapRuns([run('  '), ...line], width, 2);
}

function quoteDetail(briefing: Briefing, quote: Quote, width: number): Line[] {
	const person = briefing.people.find(candidate => candidate.name === quote.speaker);
	const continuedBy = briefing.quotes.find(other => other.continues === quote.id);
	const lines: Line[] = [...wrapRuns([run(`“${neutralize(quote.text)}”`, 'quote')], width), blank];
	lines.push(...field('Speaker', [run(neutralize(quote.speaker), 'bold')], width));
	if (person?.url) lines.push(...linkField('Link', person.url, width));
	if (person?.role) lines.push(...field('Role', [run(neutralize(person.role))], width));
	const how = {explicit: 'named in the text', pronoun: 'through a pronoun', inferred: 'inferred from context; the text names no one'}[quote.attribution];
	const cue = quote.cue ? [run(' — '), run(`“${neutralize(quote.cue.text)}”`, 'quote')] : [];
	lines.push(...field('Attribution', [run(how), ...cue], width));
	if (quote.verb) lines.push(...field('Verb', [run(neutralize(quote.verb))], width));
	lines.push(...field('Kind', [run(quote.kind === 'fragment' ? 'fragment, quoted inside a sentence' : 'full statement')], width));
	const previous = quote.continues ? briefing.quotes.find(other => other.id === quote.continues) : undefined;
	if (previous) lines.push(...field('Continues', [run(`“${neutralize(previous.text)}”`, 'quote')], width));
	if (continuedBy) lines.push(...field('Continued', [run(`“${neutralize(continuedBy.text)}”`, 'quote')], width));
	lines.push(blank, [run(`In ${paragraphName(quote.paragraph)}`, 'heading')]);
	lines.push(...paragraphWithSpan(briefing, quote, width));
	return lines;
}

const LIKELIHOOD_MEANING: Record<InventoryItem['likelihood'], string> = {
	stated: 'stated as fact',
	assessed: 'an assessment by officials or intelligence',
	possible: 'a possibility, not a fact',
	reported: 'reported, not confirmed',
};

function itemDetail(briefing: Briefing, item: InventoryItem, width: number): Line[] {
	const party = (label: string, value: InventoryItem['supplier']): Line[] =>
		field(label, [run(partyLabel(value), 'bold'), run(value.basis === 'inferred' ? '  implied by the text, not named' : '', 'dim')], width);
	const lines: Line[] = [...wrapRuns([run(neutralize(item.system), 'heading'), run(`  ${item.category}`, 'dim')], width), blank];
	lines.push(...party('Supplier', item.supplier), ...party('Recipient', item.recipient));
	lines.push(...field('Quantity', [run(quantityLabel(item)), run(item.quantity ? '' : '  not given in the text', 'dim')], width));
	lines.push(...field('Status', [run(item.status)], width));
	const likelihood = item.likelihood === 'stated' ? [run(item.likelihood, 'bold')] : [run(HEDGE_MARK, 'marker'), run(item.likelihood, 'hedge')];
	lines.push(...field('Likelihood', [...likelihood, run(` — ${LIKELIHOOD_MEANING[item.likelihood]}`)], width));
	// Each hedge with what it does to the claim, so the reader need not know the legend by heart.
	for (const [index, hedge] of item.hedges.entries()) {
		const meaning = HEDGE_LEGEND[hedge.toLowerCase()];
		lines.push(...field(index === 0 ? 'Hedges' : '', [run(HEDGE_MARK, 'marker'), run(neutralize(hedge), 'hedge'), run(meaning ? ` — ${meaning}` : '')], width));
	}
	lines.push(...field('Claimed by', [run(neutralize(item.claimedBy))], width));
	lines.push(blank, [run(item.evidence.length === 1 ? 'Evidence' : `Evidence (${item.evidence.length} spans)`, 'heading')]);
	for (const span of item.evidence) {
		lines.push(...wrapRuns([run(`${paragraphRefs([span.paragraph])}  `, 'dim'), ...markHedges(`“${neutralize(span.text)}”`, 'quote', item.hedges)], width, 2));
	}
	for (const span of item.evidence) {
		lines.push(blank, [run(`In ${paragraphName(span.paragraph)}`, 'heading')], ...paragraphWithSpan(briefing, span, width, item.hedges));
	}
	return lines;
}

function summaryDetail(briefing: Briefing, entry: SummaryEntry, width: number): Line[] {
	const {source, summary} = briefing;
	switch (entry.kind) {
		case 'source': {
			const lines: Line[] = [...wrapRuns([run(neutralize(source.headline), 'heading')], width), blank];
			lines.push(...field('Publisher', [run(neutralize(source.publisher))], width));
			lines.push(...field('Year', [run(source.year ? String(source.year) : 'not given in the text', source.year ? 'plain' : 'dim')], width));
			lines.push(...field('Date', [run('not given in the text', 'dim')], width));
			if (source.url) lines.push(...linkField('Link', source.url, width));
			lines.push(...field('Tags', [run(source.tags.map(neutralize).join(' · ') || 'none')], width));
			lines.push(...field('Paragraphs', [run(String(briefing.article.paragraphs.length))], width));
			lines.push(...field('Quotations', [run(String(briefing.quotes.length))], width));
			lines.push(...field('Inventory', [run(`${briefing.inventory.length} items`)], width));
			return lines;
		}
		case 'photo': {
			const photo = source.photo!;
			const lines: Line[] = [[run('Photo caption', 'heading')], ...wrapRuns([run(neutralize(photo.caption))], width), blank];
			if (photo.credit) lines.push(...field('Credit', [run(neutralize(photo.credit))], width));
			lines.push(blank, ...wrapRuns([run('A date in the caption is the photo’s, not the article’s.', 'dim')], width));
			return lines;
		}
		case 'lede':
			return [[run('Lede', 'heading')], ...wrapRuns(markHedges(neutralize(summary.lede)), width)];
		case 'key-point': {
			const point = summary.keyPoints[entry.index]!;
			const lines: Line[] = [[run(`Key point ${entry.index + 1} of ${summary.keyPoints.length}`, 'heading')]];
			lines.push(...wrapRuns(markHedges(neutralize(point.text)), width), blank);
			for (const paragraph of point.paragraphs) {
				const text = paragraphText(briefing, paragraph);
				if (text === undefined) continue;
				lines.push([run(`Rests on ${paragraphName(paragraph)}`, 'heading')], ...wrapRuns([run('  '), ...markHedges(neutralize(text), 'dim')], width, 2), blank);
			}
			return lines;
		}
	}
}

/** A paragraph of the source, and the quotations and items that rest on it. */
function paragraphDetail(briefing: Briefing, index: number, width: number): Line[] {
	const paragraphs = briefing.article.paragraphs.length;
	if (index > paragraphs) {
		const photo = briefing.source.photo;
		return photo ? [[run('Photo caption', 'heading')], ...wrapRuns([run(neutralize(photo.caption))], width)] : [];
	}
	const text = paragraphText(briefing, index) ?? '';
	const lines: Line[] = [[run(index === 0 ? 'Headline' : `Paragraph ${index} of ${paragraphs}`, 'heading')], ...wrapRuns(markHedges(neutralize(text)), width), blank];
	const quotes = briefing.quotes.filter(quote => quote.paragraph === index);
	const items = briefing.inventory.filter(item => item.evidence.some(span => span.paragraph === index));
	if (quotes.length > 0) lines.push([run(`Quotations here (${quotes.length})`, 'heading')], ...quotes.flatMap(quote => wrapRuns([run(`${neutralize(quote.speaker)}  `, 'bold'), run(`“${neutralize(quote.text)}”`, 'quote')], width, 2)), blank);
	if (items.length > 0) lines.push([run(`Inventory resting on it (${items.length})`, 'heading')], ...items.flatMap(item => wrapRuns([run('• ', 'marker'), run(neutralize(item.system))], width, 2)));
	return lines;
}

/** Title of the detail layer, e.g. "Quote 3 of 14". */
export function detailTitle(briefing: Briefing, pane: PaneId, index: number, summary: readonly SummaryEntry[]): string {
	switch (pane) {
		case 'quotes':
			return `Quote ${index + 1} of ${briefing.quotes.length}`;
		case 'inventory':
			return `Item ${index + 1} of ${briefing.inventory.length}`;
		case 'summary':
			return `Summary ${index + 1} of ${summary.length}`;
		case 'source':
			return index === 0 ? 'Headline' : index > briefing.article.paragraphs.length ? 'Photo caption' : `Paragraph ${index}`;
	}
}

/** The full text of the selected row of a pane, wrapped to `width`. */
export function detailLines(briefing: Briefing, pane: PaneId, index: number, width: number, summary: readonly SummaryEntry[]): Line[] {
	switch (pane) {
		case 'quotes': {
			const quote = briefing.quotes[index];
			return quote ? quoteDetail(briefing, quote, width) : [];
		}
		case 'inventory': {
			const item = briefing.inventory[index];
			return item ? itemDetail(briefing, item, width) : [];
		}
		case 'summary': {
			const entry = summary[index];
			return entry ? summaryDetail(briefing, entry, width) : [];
		}
		case 'source':
			return paragraphDetail(briefing, index, width);
	}
}
