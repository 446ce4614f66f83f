import {describe, expect, it} from 'vitest';
import {HEDGE_MARK} from '../../source/view-model/hedges.js';
import {sourceView} from '../../source/view-model/source.js';
import type {Line} from '../../source/view-model/styled.js';
import {seedBriefing} from '../e2e/support.js';

const seed = seedBriefing();
const textOf = (line: Line): string => line.map(part => part.text).join('');
/** The article's words on a line: without sitrep's marks. */
const wordsOf = (line: Line): string => line.filter(part => part.style !== 'marker').map(part => part.text).join('');

describe('the source view', () => {
	it.each([30, 60, 96])('puts every quotation’s anchor on the line where its ⟦ opens, at width %i', width => {
		for (const quote of seed.quotes) {
			const {lines, anchors} = sourceView(seed, width, [{paragraph: quote.paragraph, start: quote.start, end: quote.end}], 0);
			const line = textOf(lines[anchors[0]!]!);
			expect(line, `${quote.id} at ${width}`).toContain('⟦');
		}
	});

	it.each([30, 60, 96])('puts every evidence span’s anchor on its line when hedge marks come before it, at width %i', width => {
		for (const item of seed.inventory) {
			const spans = item.evidence.map(span => ({paragraph: span.paragraph, start: span.start, end: span.end}));
			for (const current of spans.keys()) {
				const {lines, anchors} = sourceView(seed, width, spans, current);
				expect(textOf(lines[anchors[current]!]!), `${item.id} span ${current} at ${width}`).toContain('⟦');
			}
		}
	});

	it('shows each paragraph’s words exactly, whatever is marked', () => {
		const item = seed.inventory.find(entry => entry.evidence.length > 1)!;
		const spans = item.evidence.map(span => ({paragraph: span.paragraph, start: span.start, end: span.end}));
		const {lines} = sourceView(seed, 60, spans, 0);
		const words = lines.map(wordsOf).join(' ').replace(/\s+/g, ' ');
		for (const paragraph of seed.article.paragraphs) expect(words).toContain(paragraph.replace(/\s+/g, ' '));
	});

	it('marks the current passage with ⟦ ⟧ and the others by underline style, hedges within both', () => {
		const item = seed.inventory.find(entry => entry.evidence.length > 1 && entry.evidence.some(span => /\bmay\b/.test(span.text)))!;
		const spans = item.evidence.map(span => ({paragraph: span.paragraph, start: span.start, end: span.end}));
		const runs = sourceView(seed, 500, spans, 0).lines.flat();
		expect(runs.filter(part => part.text === '⟦')).toHaveLength(1);
		expect(runs.some(part => part.style === 'passage')).toBe(true);
		// A hedge inside a passage keeps its mark: a hedged claim never reads as stated.
		const hedged = item.evidence.find(span => /\bmay\b/.test(span.text))!;
		const passage = runs.findIndex(part => (part.style === 'passage' || part.style === 'quote') && hedged.text.startsWith(part.text.trim()) && part.text.trim() !== '');
		expect(passage).toBeGreaterThanOrEqual(0);
		expect(runs.slice(passage).some(part => part.text === HEDGE_MARK)).toBe(true);
		expect(runs.some(part => part.style === 'hedge' && part.text === 'may')).toBe(true);
	});
});
