import {describe, expect, it} from 'vitest';
import {filterMenuLines, filterMenuOptions} from '../../source/view-model/filter-menu.js';
import {HEDGE_MARK} from '../../source/view-model/hedges.js';
import {HEDGE_LEGEND, inventoryView, LIKELIHOOD_LEGEND} from '../../source/view-model/inventory-view.js';
import type {Line} from '../../source/view-model/styled.js';
import {seedBriefing} from '../e2e/support.js';

const seed = seedBriefing();
const textOf = (line: Line): string => line.map(part => part.text).join('');

describe('the filter menu', () => {
	const filter = {categories: ['uav' as const]};
	const options = filterMenuOptions(seed, filter, inventoryView(seed.inventory, filter).counts);
	const {lines, lineOf} = filterMenuLines(options, 2, 80);
	const text = lines.map(textOf);

	it('lists every option with its box in words, its count, and the selection marked', () => {
		expect(lineOf).toHaveLength(options.length);
		for (const [index, option] of options.entries()) {
			const line = text[lineOf[index]!]!;
			expect(line).toContain(option.on ? '[x] ' : '[ ] ');
			expect(line).toContain(option.value);
			expect(line.trimEnd().endsWith(` ${option.count}`)).toBe(true);
			expect(line.startsWith('▶ ')).toBe(index === 2);
		}
		expect(options.find(option => option.value === 'uav')?.on).toBe(true);
	});

	it('closes with what every likelihood means, the hedged ones marked', () => {
		for (const [likelihood, meaning] of Object.entries(LIKELIHOOD_LEGEND)) {
			const mark = likelihood === 'stated' ? '' : HEDGE_MARK;
			expect(text.some(line => line.startsWith(`${mark}${likelihood}  ${meaning.split(' ')[0]}`)), likelihood).toBe(true);
		}
		expect(text.some(line => line.startsWith(`${HEDGE_MARK} marks a hedged word`))).toBe(true);
	});

	it('and with what every hedge word does to a claim', () => {
		for (const [word, meaning] of Object.entries(HEDGE_LEGEND)) expect(text, word).toContain(`${HEDGE_MARK}${word}  ${meaning}`);
		// Every hedge of the bundled briefing has an entry.
		for (const hedge of seed.inventory.flatMap(item => item.hedges)) expect(HEDGE_LEGEND[hedge.toLowerCase()], hedge).toBeDefined();
	});

	it('wraps the legends to the width it is given (option lines are cut by the overlay, one option a line)', () => {
		for (const width of [30, 50]) {
			const menu = filterMenuLines(options, 0, width);
			const legend = menu.lines.slice(menu.lineOf.at(-1)! + 1);
			expect(legend.length).toBeGreaterThan(Object.keys(HEDGE_LEGEND).length);
			for (const line of legend) expect(textOf(line).length).toBeLessThanOrEqual(width);
		}
	});
});
