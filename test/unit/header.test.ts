import {readFileSync} from 'node:fs';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {briefingSchema, type Briefing} from '../../source/briefing/schema.js';
import {graphemes} from '../../source/text/cells.js';
import {BADGE, headerText} from '../../source/view-model/header.js';
import {MINIMUM} from '../../source/view-model/layout.js';

const seed: Briefing = briefingSchema.parse(
	JSON.parse(readFileSync(new URL('../../data/briefings/russia-iran-defense-partnership.json', import.meta.url), 'utf8')),
);
const withSource = (source: Partial<Briefing['source']>): Briefing => ({...seed, source: {...seed.source, ...source}});

/** `cut` is `full` itself, or a start of it (whole graphemes) followed by an ellipsis. */
function expectCutFrom(cut: string, full: string): void {
	if (cut === full) return;
	expect(cut.endsWith('…'), cut).toBe(true);
	const kept = graphemes(cut.slice(0, -1));
	expect(graphemes(full).slice(0, kept.length)).toEqual(kept);
}

describe('headerText', () => {
	it('gives the headline and the facts whole when they fit', () => {
		expect(headerText(seed, 100)).toEqual({
			headline: ` ${seed.source.headline}`,
			facts: ' Washington Examiner · 2022 · 8 quotes · 11 items',
		});
	});

	it('cuts both lines to the width, badge included, at every width the dashboard is drawn at', () => {
		const full = headerText(seed, 1000);
		for (let width = MINIMUM.columns; width <= 200; width++) {
			const {headline, facts} = headerText(seed, width);
			expect(stringWidth(BADGE + headline), `headline at ${width}`).toBeLessThanOrEqual(width);
			expect(stringWidth(facts), `facts at ${width}`).toBeLessThanOrEqual(width);
			expectCutFrom(headline, full.headline);
			expectCutFrom(facts, full.facts);
			// Cut only when needed, and then to the last cell: what Ink's own cut would have shown.
			if (headline !== full.headline) expect(stringWidth(BADGE + headline)).toBe(width);
		}
	});

	it('cuts wide characters and emoji between graphemes, never past the width', () => {
		const briefing = withSource({headline: '北约峰会：👩‍🚀 宇航员与🇺🇦代表团会面，讨论防空系统的交付时间表和培训计划的下一步安排', publisher: '新华社'});
		const full = headerText(briefing, 1000);
		for (let width = MINIMUM.columns; width <= 80; width++) {
			const {headline, facts} = headerText(briefing, width);
			expect(stringWidth(BADGE + headline), `at ${width}`).toBeLessThanOrEqual(width);
			// A two-cell grapheme that would end one cell past the width leaves that cell empty.
			if (headline !== full.headline) expect(stringWidth(BADGE + headline), `at ${width}`).toBeGreaterThanOrEqual(width - 1);
			expectCutFrom(headline, full.headline);
			expectCutFrom(facts, full.facts);
		}
	});

	it('neutralises control characters in the headline and the publisher, and leaves out a year the source lacks', () => {
		const briefing = withSource({headline: 'Title\u001b[2J here', publisher: 'Wire\u0007', year: undefined});
		expect(headerText(briefing, 100)).toEqual({headline: ' Title␛[2J here', facts: ' Wire␇ · 8 quotes · 11 items'});
	});
});
