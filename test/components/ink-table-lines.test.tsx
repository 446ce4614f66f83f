import {Box, Text} from 'ink';
import {Table, type CellProps} from 'ink-table';
import {render} from 'ink-testing-library';
import type {PropsWithChildren} from 'react';
import stringWidth from 'string-width';
import {afterAll, describe, expect, it, vi} from 'vitest';

// Colour and inverse video are what the second test looks at; Ink's chalk decides whether to write them when loaded.
vi.hoisted(() => {
	process.env['FORCE_COLOR'] = '1';
});
afterAll(() => {
	delete process.env['FORCE_COLOR'];
});

// The patched ink-table (patches/ink-table+1.1.1.patch) draws each line of a table as one Ink text with its skeleton
// and cells nested in it, instead of a row of separate texts: one Yoga node a line instead of eleven for five columns.
const data = [
	{system: 'UAVs', route: 'Iran → Russia', quantity: 'several hundred'},
	{system: 'ballistic missiles', route: 'Iran → Russia', quantity: 'hundreds'},
];
const columns: Array<keyof (typeof data)[number]> = ['system', 'route', 'quantity'];
const strip = (text: string): string => text.replace(/\u001B\[[0-9;]*m/g, '');

function MarkedCell({children, column}: CellProps) {
	const text = String(children);
	return <Text inverse={column === 0 && text.includes('UAVs')}>{text}</Text>;
}

describe('ink-table lines', () => {
	it('are one line each, cut at the edge of a box narrower than the table rather than wrapped', () => {
		const wide = strip(render(<Table data={data} columns={columns} />).lastFrame()!).split('\n');
		expect(wide).toHaveLength(3 + 2 * data.length);
		const tableWidth = stringWidth(wide[0]!);

		const {lastFrame} = render(
			<Box width={tableWidth - 10}>
				<Table data={data} columns={columns} />
			</Box>,
		);
		const narrow = strip(lastFrame()!).split('\n');
		expect(narrow).toHaveLength(wide.length);
		for (const [index, line] of narrow.entries()) {
			expect(stringWidth(line)).toBeLessThanOrEqual(tableWidth - 10);
			expect(wide[index]!.startsWith(line.slice(0, -1))).toBe(true);
		}
	});

	it('keep each cell its own style within the line', () => {
		const frame = render(<Table data={data} columns={columns} cell={MarkedCell} />).lastFrame()!;
		const uavs = frame.split('\n').find(line => line.includes('UAVs'))!;
		// ink-table's skeleton is bold; inverse video covers the first cell and nothing else.
		const bold = (text: string) => `\u001B[1m${text}\u001B[22m`;
		expect(uavs).toBe(`${bold('│')}\u001B[7m UAVs               \u001B[27m${bold('│')} Iran → Russia ${bold('│')} several hundred ${bold('│')}`);
		const missiles = frame.split('\n').find(line => line.includes('ballistic'))!;
		expect(missiles).not.toContain('\u001B[7m');
	});

	it('of nothing but skeleton come to the skeleton component whole, and read as before', () => {
		const pieces: string[] = [];
		function RecordedSkeleton({children}: PropsWithChildren) {
			pieces.push(String(children));
			return <Text bold>{children}</Text>;
		}

		const frame = strip(render(<Table data={data} columns={columns} skeleton={RecordedSkeleton} />).lastFrame()!).split('\n');
		// The top, a line above each row, and the bottom: each drawn as one piece, the whole line.
		const ruled = [frame[0]!, ...data.map((_row, index) => frame[2 + 2 * index]!), frame.at(-1)!];
		expect(ruled.map(line => line[0])).toEqual(['┌', '├', '├', '└']);
		for (const line of ruled) expect(pieces).toContain(line);
		expect(ruled[0]).toMatch(/^┌─+┬─+┬─+┐$/);
		// The lines with text keep a piece for each border between their cells.
		const textLines = frame.length - ruled.length;
		expect(pieces.filter(piece => piece === '│')).toHaveLength(textLines * (columns.length + 1));
		expect(pieces).toHaveLength(ruled.length + textLines * (columns.length + 1));
	});
});
