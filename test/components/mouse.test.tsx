import stringWidth from 'string-width';
import {afterEach, describe, expect, it} from 'vitest';
import {plain, renderSized, until, type Rendered} from './harness.js';

const open: Rendered[] = [];
afterEach(() => {
	for (const rendered of open.splice(0)) rendered.unmount();
});
const sized = (columns: number, rows: number): Rendered => {
	const rendered = renderSized(columns, rows);
	open.push(rendered);
	return rendered;
};

/** The cell where `text` is drawn (first occurrence), as a terminal counts it from 0. */
function cellOf(app: Rendered, text: string): {column: number; row: number} {
	const screen = app.screen();
	const row = screen.findIndex(line => line.includes(text));
	if (row < 0) throw new Error(`"${text}" is not on screen:\n${screen.join('\n')}`);
	return {column: stringWidth(screen[row]!.slice(0, screen[row]!.indexOf(text))), row};
}

const report = (code: number, {column, row}: {column: number; row: number}, final = 'M') => `\u001B[<${code};${column + 1};${row + 1}${final}`;
const click = (app: Rendered, text: string) => {
	const cell = cellOf(app, text);
	app.press(report(0, cell) + report(0, cell, 'm'));
};
const wheel = (app: Rendered, text: string, direction: 'up' | 'down') => app.press(report(direction === 'up' ? 64 : 65, cellOf(app, text)));
const status = (app: Rendered): string => app.screen().at(-1) ?? '';
const changes = async (app: Rendered, act: () => void): Promise<void> => {
	const before = app.lastFrame();
	act();
	await until(() => app.lastFrame() !== before, () => plain(app.lastFrame()));
};

describe('the mouse on the dashboard', () => {
	it('selects the quotation clicked and focuses its pane', async () => {
		const app = sized(100, 30);
		await app.see('Summary 1/10');
		await changes(app, () => click(app, 'top military backer'));
		expect(status(app)).toMatch(/Quotes 2\/8\s*$/);
		expect(app.screen().find(line => line.includes('top military backer'))).toMatch(/▶ John Kirby/);
		expect(app.screen().some(line => line.includes('┏━ 2 Quotes'))).toBe(true);
	});

	it('opens the row in detail on a second click', async () => {
		const app = sized(100, 30);
		await app.see('Summary 1/10');
		await changes(app, () => click(app, 'top military backer'));
		await changes(app, () => click(app, 'top military backer'));
		await app.see('Quote 2 of 8');
		// Clicks on the detail do nothing; Esc goes back as always.
		const before = app.lastFrame();
		click(app, 'Quote 2 of 8');
		app.press('\u001B');
		await app.see('Quotes 2/8');
		expect(before).toContain('Quote 2 of 8');
	});

	it('selects the inventory row clicked, in the table', async () => {
		const app = sized(100, 30);
		await app.see('Summary 1/10');
		await changes(app, () => click(app, 'ballistic missiles'));
		expect(status(app)).toMatch(/Inventory 2\/11\s*$/);
		expect(app.screen().find(line => line.includes('ballistic missiles'))).toContain('▶ ballistic missiles');
	});

	it('scrolls the pane under the pointer with the wheel, leaving the focus where it is', async () => {
		const app = sized(100, 30);
		await app.see('Summary 1/10');
		expect(app.screen().join('\n')).not.toMatch(/▲ \d+ more/);
		await changes(app, () => wheel(app, 'Route', 'down'));
		const screen = app.screen().join('\n');
		expect(screen).toMatch(/▲ 2 more/);
		expect(status(app)).toMatch(/Summary 1\/10\s*$/);
		expect(screen).not.toContain('│ UAVs');
		await changes(app, () => wheel(app, 'Route', 'up'));
		expect(app.screen().join('\n')).not.toMatch(/▲ \d+ more/);
	});

	it('scrolls the help with the wheel, and lists the mouse in it', async () => {
		const app = sized(100, 30);
		await app.see('Summary 1/10');
		app.press('?');
		await app.see('Dashboard (here)');
		await changes(app, () => wheel(app, 'Dashboard (here)', 'down'));
		expect(app.screen().join('\n')).not.toContain('Dashboard (here)');
		expect(app.screen().join('\n')).toMatch(/▲ 3 more/);
		for (let notch = 0; notch < 40; notch++) wheel(app, '┃', 'down');
		await app.see('Mouse (start sitrep with --mouse)');
	});

	it('focuses a tab clicked in the narrow layout', async () => {
		const app = sized(50, 30);
		await app.see('Summary 1/10');
		await changes(app, () => click(app, ' 3 Inventory '));
		expect(status(app)).toMatch(/Inventory 1\/11\s*$/);
		expect(app.screen().join('\n')).toContain('[3 Inventory]');
	});

	it('never types a report into the search line or reads it as keys', async () => {
		const app = sized(100, 30);
		await app.see('Summary 1/10');
		app.press('/');
		await app.see('/▏');
		app.press('kir');
		await app.see('/kir▏');
		wheel(app, 'Route', 'down');
		click(app, 'Route');
		app.press('by');
		await app.see('/kirby▏');
		expect(app.screen().join('\n')).not.toContain('[<');
		app.press('\u001B');
		await app.see('Enter detail');
		// "<" alone would sort the inventory by the previous column; the same character inside a report must not.
		click(app, 'sitrep');
		app.press('j');
		await app.see('Summary 2/10');
		expect(app.screen().join('\n')).toMatch(/3 Inventory [─━]/);
		expect(app.screen().join('\n')).not.toContain('sorted by');
	});
});
