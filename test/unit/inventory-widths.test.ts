import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import type {InventoryItem} from '../../source/briefing/schema.js';
import {LIKELIHOODS, PARTY_BASES, STATUSES} from '../../source/briefing/vocabulary.js';
import {INVENTORY_COLUMNS, inventoryRow, widestCells, type CellWidths} from '../../source/view-model/inventory.js';
import {seededRandom} from '../support/seeded-random.js';

// widestCells measures each distinct system, quantity, word and pair of parties once instead of making every row;
// the table's columns depend on it matching the rows themselves, whatever the text. Plain ASCII pieces make some
// texts take its short cut, and the C0, C1 and bidi controls some that must not.
const PIECES = ['UAVs', 'Su-35', 'Iran', 'Russia', '無人機', '日本', '🚀', '👩‍🚀', 'Cafe\u0301', '\u0301', 'Türkiye', 'e\u0301', '\u200d', '🇺🇦', '\u001b[31m', '\u0007', '\u0085', '\u202e', 'tab\there', '(x)', ' ', '—', 'ＡＢ'];

function text(random: () => number): string {
	const count = 1 + Math.floor(random() * 3);
	return Array.from({length: count}, () => PIECES[Math.floor(random() * PIECES.length)]!).join(random() < 0.5 ? '' : ' ');
}

const pick = <T>(random: () => number, values: readonly T[]): T => values[Math.floor(random() * values.length)]!;

function randomItem(random: () => number, countries: readonly string[]): InventoryItem {
	return {
		id: 'x',
		category: 'uav',
		system: text(random),
		supplier: {country: pick(random, countries), basis: pick(random, PARTY_BASES)},
		recipient: {country: pick(random, countries), basis: pick(random, PARTY_BASES)},
		...(random() < 0.6 ? {quantity: {text: text(random)}} : {}),
		status: pick(random, STATUSES),
		likelihood: pick(random, LIKELIHOODS),
		hedges: [],
		claimedBy: 'Someone',
		evidence: [{text: 'x', paragraph: 1, start: 0, end: 1}],
	};
}

/** The widths as the rows themselves measure. */
function measuredFromRows(items: readonly InventoryItem[], arrow: string): CellWidths {
	const widest = {System: 0, Route: 0, Quantity: 0, Status: 0, Likelihood: 0};
	for (const item of items) {
		const row = inventoryRow(item, arrow);
		for (const column of INVENTORY_COLUMNS) widest[column] = Math.max(widest[column], stringWidth(row[column]));
	}
	return widest;
}

describe('widestCells', () => {
	it('is the widest cell of each column of the rows, over 500 seeded random inventories', () => {
		const random = seededRandom(20_261_126);
		for (let run = 0; run < 500; run++) {
			const countries = Array.from({length: 1 + Math.floor(random() * 4)}, () => text(random));
			const items = Array.from({length: Math.floor(random() * 12)}, () => randomItem(random, countries));
			const arrow = random() < 0.5 ? '→' : '->';
			expect(widestCells(items, arrow), `run ${run}`).toEqual(measuredFromRows(items, arrow));
		}
	});

	it('tells apart the same countries stated and inferred, and routes in each direction', () => {
		const base = randomItem(seededRandom(1), ['Iran']);
		const route = (from: string, fromBasis: 'stated' | 'inferred', to: string): InventoryItem => ({
			...base,
			supplier: {country: from, basis: fromBasis},
			recipient: {country: to, basis: 'stated'},
		});
		expect(widestCells([route('Iran', 'stated', 'Russia')]).Route).toBe(stringWidth('Iran → Russia'));
		expect(widestCells([route('Iran', 'stated', 'Russia'), route('Iran', 'inferred', 'Russia')]).Route).toBe(stringWidth('(Iran) → Russia'));
		expect(widestCells([route('日本', 'stated', 'Iran'), route('Iran', 'stated', 'Iran')]).Route).toBe(stringWidth('日本 → Iran'));
	});
});
