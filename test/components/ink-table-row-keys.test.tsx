import {Text} from 'ink';
import {Table, type CellProps} from 'ink-table';
import {render} from 'ink-testing-library';
import {useEffect} from 'react';
import {describe, expect, it} from 'vitest';

// The patched ink-table (patches/ink-table+1.1.1.patch) keys a row by its place in the table. Unpatched, the key was
// a SHA-1 of the row's contents, so a row whose text changed (the selection mark moving, the window scrolling) was
// unmounted and built again with all its cells, which made every move in the Inventory pane cost a rebuild.
function countingCell(mounts: string[]) {
	return function CountingCell({children}: CellProps) {
		const text = String(children);
		useEffect(() => {
			mounts.push(text.trim());
		}, []);
		return <Text>{text}</Text>;
	};
}

const rowsFrom = (offset: number, selected: number) =>
	['UAVs', 'ballistic missiles', 'Su-35s', 'helicopters', 'air defense', 'drone factory'].slice(offset, offset + 3).map((system, index) => ({
		system: `${offset + index === selected ? '>' : ' '} ${system}`,
	}));

describe('ink-table rows', () => {
	it('are updated in place when the selection moves or the window scrolls, not mounted again', () => {
		const mounts: string[] = [];
		const Cell = countingCell(mounts);
		const {lastFrame, rerender} = render(<Table data={rowsFrom(0, 0)} columns={['system']} cell={Cell} />);
		expect(mounts).toEqual(['> UAVs', 'ballistic missiles', 'Su-35s']);

		rerender(<Table data={rowsFrom(0, 1)} columns={['system']} cell={Cell} />);
		expect(lastFrame()).toContain('> ballistic missiles');
		rerender(<Table data={rowsFrom(3, 3)} columns={['system']} cell={Cell} />);
		const frame = lastFrame()!;
		expect(frame).toContain('> helicopters');
		expect(frame).toContain('drone factory');
		expect(frame).not.toContain('UAVs');
		expect(mounts).toHaveLength(3);
	});
});
