import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import type {InventoryItem} from '../../source/briefing/schema.js';
import {InventoryTable} from '../../source/ui/panes/InventoryTable.js';
import {fitInventoryTable, widestCells, fitTableCell, inventoryRow} from '../../source/view-model/inventory.js';

const item = (system: string, country: string): InventoryItem => ({
	id: `x-${Math.random().toString(36).slice(2)}`,
	category: 'uav',
	system,
	supplier: {country, basis: 'stated'},
	recipient: {country: 'Russia', basis: 'stated'},
	status: 'delivered',
	likelihood: 'stated',
	hedges: [],
	claimedBy: 'Someone',
	evidence: [{text: 'x', paragraph: 1, start: 0, end: 1}],
});

const strip = (text: string): string => text.replace(/\u001B\[[0-9;]*m/g, '');

describe('the inventory table with wide and combining characters', () => {
	it('keeps every border in the same column', () => {
		const items = [item('UAVs', 'Iran'), item('無人機 Shahed-136', '日本'), item('🚀 rocket', 'Iran'), item('Cafe\u0301 drone', 'Türkiye')];
		const rows = items.map(entry => inventoryRow(entry));
		const fitted = fitInventoryTable(widestCells(items), 90)!;
		expect(fitted).toBeDefined();
		const {lastFrame} = render(<InventoryTable rows={rows} fitted={fitted} cursor={{selected: 1, offset: 0}} visible={4} focused />);
		const lines = strip(lastFrame()!).split('\n');
		const widths = new Set(lines.map(line => stringWidth(line)));
		expect(widths.size, lines.join('\n')).toBe(1);
		// The column borders line up: the display column of each "│" is the same on every data row.
		const borderColumns = (line: string): number[] => {
			const columns: number[] = [];
			let at = 0;
			for (const character of line) {
				if ('│┼┬┴├┤┌┐└┘'.includes(character)) columns.push(at);
				at += stringWidth(character);
			}
			return columns;
		};
		const expected = borderColumns(lines[1]!);
		for (const line of lines.slice(1, -1)) expect(borderColumns(line), line).toEqual(expected);
		expect(lines.join('\n')).toContain('無人機');
	});

	it('pads or trims a cell to its display width', () => {
		expect(stringWidth(fitTableCell(' 無人機      ', 8))).toBe(8);
		expect(fitTableCell(' ab   ', 5)).toBe(' ab  ');
		expect(stringWidth(fitTableCell(' 無人機無人機無人機 ', 6))).toBe(6);
	});
});
