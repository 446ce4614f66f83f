import {render as testingRender} from 'ink-testing-library';
import stringWidth from 'string-width';
import {afterEach, describe, expect, it} from 'vitest';
import {ScreenReaderApp} from '../../source/ui/screen-reader/ScreenReaderApp.js';
import {TerminalControlProvider, type TerminalControl} from '../../source/ui/TerminalControl.js';
import {KEYS, plain, renderOnFakeTerminal, seed, settleFrames, until} from './harness.js';

/** Box drawing and block elements: none may appear in any frame. */
const BOX_DRAWING = /[─-╿]/;
const GLYPHS = /[▶▼▲┃⟦⟧]/;

type Spoken = {frames: string[]; text: () => string; press: (keys: string) => Promise<void>; see: (text: string) => Promise<void>; exited: Promise<unknown>; copied: string[]};

const open: Array<{unmount: () => void}> = [];
afterEach(() => {
	for (const each of open.splice(0)) each.unmount();
});

/** The view as Ink draws it for a screen reader, on a terminal of the given size; each write is a whole frame. */
function renderSpoken(columns = 80, rows = 24): Spoken {
	const copied: string[] = [];
	const control: TerminalControl = {suspend() {}, onRedrawNeeded: () => () => {}, copy: text => (copied.push(text), {bytes: text.length, truncated: false}), openLink: () => 'no-opener'};
	const {stdout, stdin, instance} = renderOnFakeTerminal(
		<TerminalControlProvider value={control}>
			<ScreenReaderApp briefing={seed()} />
		</TerminalControlProvider>,
		columns,
		rows,
		{isScreenReaderEnabled: true},
	);
	open.push(instance);
	const text = () => plain(stdout.frames.at(-1));
	const see = (wanted: string) => until(() => text().includes(wanted), text);
	return {
		frames: stdout.frames,
		text,
		see,
		async press(keys) {
			const before = stdout.frames.length;
			stdin.write(keys);
			await until(() => stdout.frames.length > before, text).catch(() => {});
		},
		exited: instance.waitUntilExit(),
		copied,
	};
}

const problems = (frames: readonly string[], columns: number, rows: number): string[] =>
	frames.flatMap(frame => {
		const lines = plain(frame).split('\n');
		return [
			...lines.filter(line => BOX_DRAWING.test(line) || GLYPHS.test(line)).map(line => `drawn: ${line}`),
			...lines.filter(line => stringWidth(line) > columns).map(line => `${stringWidth(line)} cells: ${line}`),
			...(lines.length > rows - 1 ? [`${lines.length} lines on ${rows} rows`] : []),
		];
	});

describe('the screen-reader view', () => {
	it('opens on the Summary pane in words, with the keys said last', async () => {
		const app = renderSpoken();
		await app.see('Summary pane, 1 of 4 panes. Item 1 of 10.');
		const lines = app.text().split('\n');
		expect(lines[1]).toMatch(/^Selected: Item 1 of 10: Source: Russia and Iran developing/);
		// The keys wrap onto two lines at 80 columns; what is above them says what is not shown.
		expect(lines.at(-3)).toMatch(/^\d+ more below\.$/);
		expect(lines.slice(-2).join(' ')).toBe('Keys: j next, k previous, Tab next pane, Enter details, question mark help, q quit.');
	});

	it('says "Quote 2 of 8, John Kirby" after 2 then j, and never draws a box', async () => {
		const app = renderSpoken();
		await app.see('Summary pane');
		await app.press('2');
		await app.see('Quotes pane, 2 of 4 panes. Quote 1 of 8.');
		await app.press('j');
		await app.see('Quotes pane, 2 of 4 panes. Quote 2 of 8.');
		expect(app.text()).toContain('Selected: Quote 2 of 8, John Kirby, attribution explicit (named in the text)');
		expect(problems(app.frames, 80, 24)).toEqual([]);
	});

	it('moves with Tab, the arrows and G through the same reducer as the dashboard', async () => {
		const app = renderSpoken();
		await app.see('Summary pane');
		await app.press(KEYS.tab);
		await app.see('Quotes pane, 2 of 4 panes.');
		await app.press(KEYS.tab);
		await app.see('Inventory pane, 3 of 4 panes. Item 1 of 11.');
		await app.press(KEYS.down);
		await app.see('Item 2 of 11.');
		expect(app.text()).toContain('Selected: Item 2 of 11: ballistic missiles. Supplier Iran, recipient Russia.');
		await app.press('G');
		await app.see('Inventory pane, 3 of 4 panes. Item 11 of 11.');
		expect(app.text()).not.toContain('more below');
		await app.press(KEYS.shiftTab);
		await app.see('Quotes pane, 2 of 4 panes.');
	});

	it('opens the detail with Enter, goes to the next row with l and back with Escape', async () => {
		const app = renderSpoken();
		await app.see('Summary pane');
		await app.press('2');
		await app.see('Quotes pane');
		await app.press('j');
		await app.see('Quote 2 of 8.');
		await app.press(KEYS.enter);
		await app.see('Detail of quote 2 of 8.');
		expect(app.text()).toContain('Quotation: “top military backer”');
		expect(app.text().replace(/\n/g, ' ')).toContain('Keys: j next line, k previous line, l next row, h previous row, q back, question mark help.');
		await app.press('l');
		await app.see('Detail of quote 3 of 8.');
		await app.press(KEYS.escape);
		await app.see('Quotes pane, 2 of 4 panes. Quote 3 of 8.');
		expect(problems(app.frames, 80, 24)).toEqual([]);
	});

	it('reads the help generated from the keymap, and pages through it', async () => {
		const app = renderSpoken(80, 16);
		await app.see('Summary pane');
		await app.press('?');
		await app.see('Help: every key, in words.');
		expect(app.text()).toContain('Key j or down arrow: Next row.');
		await app.press(' ');
		await until(() => /Lines (?!1 )\d+ to/.test(app.text()), app.text);
		await app.press('q');
		await app.see('Summary pane, 1 of 4 panes.');
		expect(problems(app.frames, 80, 16)).toEqual([]);
	});

	it('jumps to the source with s and says the marked passage', async () => {
		const app = renderSpoken();
		await app.see('Summary pane');
		await app.press('2');
		await app.see('Quotes pane');
		await app.press('j');
		await app.see('Quote 2 of 8.');
		await app.press('s');
		await app.see('Source view, in paragraph 1.');
		expect(app.text()).toContain('Marked passage, the current one, in paragraph 1: “top military backer”');
		await app.press(KEYS.escape);
		await app.see('Quotes pane');
	});

	it('copies the selected quotation with y and says so', async () => {
		const app = renderSpoken();
		await app.see('Summary pane');
		await app.press('y');
		await app.see('Select a quotation or an item to copy it.');
		await app.press('2');
		await app.see('Quotes pane');
		await app.press('y');
		await app.see('Copied quotation 1 with its citation');
		expect(app.copied).toHaveLength(1);
		expect(app.copied[0]).toContain('full-fledged defense partnership');
	});

	it('says what o did with the selected row: here the seed has no link', async () => {
		const app = renderSpoken();
		await app.see('Summary pane');
		await app.press('o');
		await app.see('No link here.');
	});

	it('stays within a small terminal in every frame', async () => {
		const app = renderSpoken(32, 9);
		await app.see('Summary pane');
		for (const keys of ['j', 'j', '3', KEYS.enter, 'j', KEYS.escape, '4', 'G', '?']) await app.press(keys);
		await app.see('Help');
		expect(problems(app.frames, 32, 9)).toEqual([]);
	});

	it('quits with q', async () => {
		const app = renderSpoken();
		await app.see('Summary pane');
		await app.press('q');
		await expect(app.exited).resolves.toBeUndefined();
	});
});

describe('the screen-reader view without Ink’s screen-reader output', () => {
	it('draws the same words and no box through ink-testing-library', async () => {
		const rendered = testingRender(<ScreenReaderApp briefing={seed()} />);
		open.push(rendered);
		const text = () => plain(rendered.lastFrame());
		await until(() => text().includes('Summary pane, 1 of 4 panes.'), text);
		rendered.stdin.write('2');
		await until(() => text().includes('Quote 1 of 8.'), text);
		rendered.stdin.write('j');
		await until(() => text().includes('Quote 2 of 8, John Kirby'), text);
		await settleFrames();
		for (const frame of rendered.frames) expect(plain(frame)).not.toMatch(BOX_DRAWING);
	});
});
