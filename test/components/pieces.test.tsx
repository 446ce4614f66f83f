import {Text} from 'ink';
import stringWidth from 'string-width';
import {afterEach, describe, expect, it} from 'vitest';
import {PaneFrame} from '../../source/ui/PaneFrame.js';
import {EntryList} from '../../source/ui/panes/EntryList.js';
import {InventoryTable} from '../../source/ui/panes/InventoryTable.js';
import {Pane} from '../../source/ui/panes/Pane.js';
import {TextOverlay} from '../../source/ui/overlays/TextOverlay.js';
import {StatusBar} from '../../source/ui/StatusBar.js';
import {TabStrip} from '../../source/ui/TabStrip.js';
import {TooSmall} from '../../source/ui/TooSmall.js';
import {fitInventoryTable, widestCells, inventoryRow} from '../../source/view-model/inventory.js';
import {quoteEntries} from '../../source/view-model/quotes.js';
import {run, type Line} from '../../source/view-model/styled.js';
import type {Entry} from '../../source/view-model/entry.js';
import {renderPiece, seed, until, type Rendered} from './harness.js';

const open: Rendered[] = [];
const draw = async (tree: Parameters<typeof renderPiece>[0]): Promise<string[]> => {
	const rendered = renderPiece(tree);
	open.push(rendered);
	await until(() => rendered.lastFrame() !== '');
	return rendered.screen();
};
afterEach(() => {
	for (const rendered of open.splice(0)) rendered.unmount();
});

const entry = (id: string, ...texts: string[]): Entry => ({id, lines: texts.map(text => [run(text)])});

describe('PaneFrame', () => {
	it('is exactly its size, with the title, position and hidden rows set into the border', async () => {
		const screen = await draw(
			<PaneFrame title="2 Quotes" focused={false} width={34} height={5} position="3/14" above={2} below={4}>
				<Text>inside</Text>
			</PaneFrame>,
		);
		expect(screen).toHaveLength(5);
		for (const line of screen) expect(stringWidth(line)).toBe(34);
		expect(screen[0]).toMatch(/^╭─ 2 Quotes ─+ 3\/14 ─╮$/);
		expect(screen[1]).toBe(`│ inside${' '.repeat(25)}│`);
		expect(screen[4]).toMatch(/^╰─+ ▲ 2 more ▼ 4 more ─╯$/);
	});

	it('draws focus as a heavy border, and a plain bottom when nothing is hidden', async () => {
		const screen = await draw(
			<PaneFrame title="1 Summary" focused width={20} height={3}>
				<Text>x</Text>
			</PaneFrame>,
		);
		expect(screen[0]).toMatch(/^┏━ 1 Summary ━+┓$/);
		expect(screen[1]).toMatch(/^┃ x +┃$/);
		expect(screen[2]).toBe(`┗${'━'.repeat(18)}┛`);
	});

	it('keeps its width when the title is longer than the border', async () => {
		const screen = await draw(
			<PaneFrame title="A title far too long for this narrow frame" focused={false} width={16} height={3} position="10/10" below={99}>
				<Text>x</Text>
			</PaneFrame>,
		);
		for (const line of screen) expect(stringWidth(line)).toBe(16);
	});
});

describe('EntryList', () => {
	const entries = [entry('a', 'alpha'), entry('b', 'bravo one', 'bravo two'), entry('c', 'charlie'), entry('d', 'delta')];

	it('draws the window from the offset, marks the selection on its first line and stops at the height', async () => {
		const screen = await draw(<EntryList entries={entries} cursor={{selected: 1, offset: 1}} width={20} height={3} focused />);
		expect(screen.map(line => line.trimEnd())).toEqual(['▶ bravo one', '  bravo two', '  charlie']);
	});

	it('cuts long lines to the width with an ellipsis', async () => {
		const screen = await draw(<EntryList entries={[entry('x', 'a line much longer than the list is wide')]} cursor={{selected: 0, offset: 0}} width={12} height={2} focused={false} />);
		expect(screen[0]).toBe('▶ a line mu…');
	});
});

describe('Pane', () => {
	it('shows quotes with the position and how many are hidden below', async () => {
		const briefing = seed();
		const content = {kind: 'entries' as const, entries: quoteEntries(briefing), width: 36, height: 3};
		const screen = await draw(<Pane pane="quotes" content={content} cursor={{selected: 2, offset: 0}} focused width={40} height={5} />);
		expect(screen[0]).toMatch(/^┏━ 2 Quotes ━+ 3\/8 ━┓$/);
		expect(screen.filter(line => line.includes('▶'))).toHaveLength(1);
		expect(screen.find(line => line.includes('▶'))).toContain('John Kirby');
		expect(screen[4]).toContain('▼ 5 more');
	});
});

describe('InventoryTable', () => {
	it('shows the rows in the window, the selected one marked, no wider than fitted', async () => {
		const briefing = seed();
		const rows = briefing.inventory.map(item => inventoryRow(item));
		const fitted = fitInventoryTable(widestCells(briefing.inventory), 80)!;
		const screen = await draw(<InventoryTable rows={rows} fitted={fitted} cursor={{selected: 4, offset: 3}} visible={3} focused />);
		const body = screen.filter(line => line.startsWith('│'));
		expect(body).toHaveLength(4);
		expect(body[0]).toMatch(/│ System\s+│ Route/);
		expect(body[2]).toContain('▶ helicopt');
		expect(body.filter(line => line.includes('▶'))).toHaveLength(1);
		expect(screen.join('\n')).not.toContain('UAVs');
		for (const line of screen) expect(stringWidth(line)).toBeLessThanOrEqual(fitted.width);
	});
});

describe('TextOverlay', () => {
	const lines: Line[] = Array.from({length: 12}, (_, index) => [run(`line ${index + 1}`)]);

	it('shows the lines from the scroll, the percentage read and what is hidden', async () => {
		const screen = await draw(<TextOverlay title="Keys" lines={lines} scroll={3} width={30} height={6} />);
		expect(screen.slice(1, 5).map(line => line.replace(/[┃ ]+$/, '').replace(/^┃ /, ''))).toEqual(['line 4', 'line 5', 'line 6', 'line 7']);
		expect(screen[0]).toMatch(/Keys.* 58% /);
		expect(screen[5]).toContain('▲ 3 more ▼ 5 more');
	});

	it('never scrolls past the last page', async () => {
		const screen = await draw(<TextOverlay title="Keys" lines={lines} scroll={99} width={30} height={6} />);
		expect(screen[4]).toContain('line 12');
		expect(screen[0]).toContain('100%');
		expect(screen[5]).not.toContain('▼');
	});
});

describe('StatusBar, TabStrip and TooSmall', () => {
	it('fills the width with the layer’s hints and where the user is', async () => {
		const screen = await draw(<StatusBar layer="detail" width={80} where="Quotes 3/8" />);
		// Ink drops the trailing space of a line, so the bar ends right after the position.
		expect(stringWidth(`${screen[0]!} `)).toBe(80);
		expect(screen[0]).toMatch(/^ ↑↓ move .*Esc back +Quotes 3\/8$/);
		expect(screen[0]).not.toContain('quit');
	});

	it('drops hints that do not fit rather than the position', async () => {
		const screen = await draw(<StatusBar layer="dashboard" width={30} where="Inventory 11/11" />);
		expect(stringWidth(screen[0]!)).toBeLessThanOrEqual(30);
		expect(screen[0]).toMatch(/^ ↑↓ move +Inventory 11\/11$/);
	});

	it('brackets the focused tab', async () => {
		const screen = await draw(<TabStrip focus="inventory" width={100} />);
		expect(screen[0]).toBe(' 1 Summary  2 Quotes [3 Inventory] 4 Source');
		// Too narrow for every title: the others by number and initial.
		expect((await draw(<TabStrip focus="inventory" width={30} />))[0]).toBe(' 1 S  2 Q [3 Inventory] 4 S');
	});

	it('says what size is needed', async () => {
		const screen = await draw(<TooSmall columns={25} rows={7} />);
		expect(screen.map(line => line.trimEnd())).toEqual(['Enlarge the terminal', '25x7, need 30x8', 'q quits']);
	});
});
