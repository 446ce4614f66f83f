import type {Briefing} from '../briefing/schema.js';
import {neutralize} from '../text/neutralize.js';
import type {SectionName} from './index.js';
import {bylineLabel, paragraphLabel, paragraphsLabel, partyLabel, quantityLabel, quoteDetails, speakerLabel} from './labels.js';

/**
 * Backslash-escapes the characters that would turn data into markup (emphasis, links, raw HTML, table cells),
 * after neutralizing it, so a briefing's text always renders as the text it is.
 */
function md(text: string): string {
	return neutralize(text).replace(/[\\`*_[\]<>|~]/g, '\\$&');
}

/**
 * Markdown for saving or pasting into notes. Lines are not wrapped: Markdown renderers reflow paragraphs
 * themselves, and a table row cannot be broken across lines.
 */
export type MarkdownOptions = {
	/** The sections to print, always in the briefing's order; every one when undefined. The title always is. */
	sections?: readonly SectionName[] | undefined;
};

export function formatMarkdown(briefing: Briefing, {sections}: MarkdownOptions = {}): string {
	const wanted = (section: SectionName) => sections === undefined || sections.includes(section);
	const {source, summary} = briefing;
	const out: string[] = [`# ${md(source.headline)}`, '', `*${md(bylineLabel(briefing))}*`];
	if (source.url) out.push('', `Source: ${md(source.url)}`);
	if (source.tags.length > 0) out.push('', `Tags: ${source.tags.map(tag => md(tag)).join(', ')}`);
	if (source.photo) {
		const credit = source.photo.credit ? ` (${md(source.photo.credit)})` : '';
		out.push('', `Photo: ${md(source.photo.caption)}${credit}`);
	}

	if (wanted('summary')) {
		out.push('', '## Summary', '', md(summary.lede));
		if (summary.keyPoints.length > 0) {
			out.push('', '### Key points', '');
			for (const point of summary.keyPoints) out.push(`- ${md(point.text)} (${paragraphsLabel(point.paragraphs)})`);
		}
	}

	if (wanted('quotes') && briefing.quotes.length > 0) {
		out.push('', '## Quotes', '');
		for (const quote of briefing.quotes) {
			out.push(`- **${md(speakerLabel(briefing, quote))}** (${md(quoteDetails(briefing, quote))})`, '', `  > ${md(quote.text)}`, '');
		}

		out.pop();
	}

	if (wanted('inventory') && briefing.inventory.length > 0) {
		out.push(
			'',
			'## Inventory',
			'',
			'| System | Category | Supplier → recipient | Quantity | Status | Likelihood | Claimed by | Hedges |',
			'| --- | --- | --- | --- | --- | --- | --- | --- |',
		);
		for (const item of briefing.inventory) {
			const cells = [
				md(item.system),
				item.category,
				`${md(partyLabel(item.supplier))} → ${md(partyLabel(item.recipient))}`,
				item.quantity ? md(quantityLabel(item.quantity)) : '',
				item.status,
				item.likelihood,
				md(item.claimedBy),
				item.hedges.map(hedge => md(hedge)).join(', '),
			];
			out.push(`| ${cells.join(' | ')} |`);
		}

		out.push('', '### Evidence', '');
		for (const item of briefing.inventory) {
			for (const span of item.evidence) out.push(`- **${md(item.system)}** (${paragraphLabel(span.paragraph)}): “${md(span.text)}”`);
		}
	}

	return `${out.join('\n')}\n`;
}
