import stringWidth from 'string-width';
import {afterEach, describe, expect, it} from 'vitest';
import {KEYMAP} from '../../source/keymap/keymap.js';
import {keysText} from '../../source/view-model/help.js';
import {columnsOf, KEYS, overflow, plain, renderDefault, renderSized, seed, settleFrames, until, type Rendered} from './harness.js';

const open: Rendered[] = [];
const track = (rendered: Rendered): Rendered => {
	open.push(rendered);
	return rendered;
};
afterEach(() => {
	for (const rendered of open.splice(0)) rendered.unmount();
});

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The text inside an overlay's frame (between ┃ and ┃), line by line. */
const overlayText = (screen: string[]): string[] =>
	screen.filter(line => line.startsWith('┃')).map(line => line.replace(/^┃ ?/, '').replace(/ ?┃$/, '').trimEnd());

/** Pages through the overlay on screen with Space until nothing is below, collecting every line it shows. */
async function readWholeOverlay(app: Rendered, page = ' '): Promise<string[]> {
	const seen: string[] = [];
	for (let round = 0; round < 200; round++) {
		const screen = app.screen();
		seen.push(...overlayText(screen));
		if (!screen.some(line => line.startsWith('┗') && line.includes('▼'))) return seen;
		const before = app.lastFrame();
		app.press(page);
		await until(() => app.lastFrame() !== before, () => plain(app.lastFrame()));
	}
	throw new Error('the overlay never reached its end');
}

/** The quotes pane's half of the split screen at 100 columns. */
const quotesColumn = (screen: string[]): string[] => screen.map(line => columnsOf(line, 50, 100));

const heavyTitle = (screen: string[], title: string): boolean => screen.some(line => line.includes(`┏━ ${title} `));
const lightTitle = (screen: string[], title: string): boolean => screen.some(line => line.includes(`╭─ ${title} `));

describe('the dashboard at 100x24', () => {
	it('shows the headline, the three panes and the key hints, within the terminal', async () => {
		const app = track(renderDefault());
		await app.see('3 Inventory');
		const text = plain(app.lastFrame());
		expect(text).toContain(seed().source.headline);
		expect(text).toContain('Washington Examiner');
		for (const title of ['1 Summary', '2 Quotes', '3 Inventory']) expect(text).toContain(title);
		const status = app.screen().at(-1)!;
		for (const hint of ['↑↓ move', 'Tab pane', 'Enter detail', '? help', 'q quit']) expect(status).toContain(hint);
		expect(status).toMatch(/Summary 1\/10\s*$/);
		expect(heavyTitle(app.screen(), '1 Summary')).toBe(true);
		expect(lightTitle(app.screen(), '2 Quotes')).toBe(true);
		expect(overflow(app.lastFrame(), 100, 24)).toEqual([]);
	});

	it('moves the ▶ mark to the second quote with 2 then j', async () => {
		const app = track(renderDefault());
		await app.see('3 Inventory');
		app.press('2');
		await until(() => heavyTitle(app.screen(), '2 Quotes'), () => plain(app.lastFrame()));
		app.press('j');
		await app.see('Quotes 2/8');
		const marked = quotesColumn(app.screen()).filter(line => line.includes('▶'));
		expect(marked).toHaveLength(1);
		expect(marked[0]).toContain('John Kirby');
		expect(marked[0]).toContain(seed().quotes[1]!.text);
		app.press(KEYS.up);
		await app.see('Quotes 1/8');
		expect(quotesColumn(app.screen()).find(line => line.includes('▶'))).toContain('White House');
	});

	it('counts every key of a burst written at once', async () => {
		const app = track(renderDefault());
		await app.see('3 Inventory');
		app.press('2');
		await app.see('Quotes 1/8');
		app.press('jjj');
		await app.see('Quotes 4/8');
		expect(quotesColumn(app.screen()).find(line => line.includes('▶'))).toContain('several hundred UAVs');
	});

	it('cycles focus with Tab and back with Shift-Tab, showing it with a heavy border', async () => {
		const app = track(renderDefault());
		await app.see('Summary 1/10');
		const order = ['2 Quotes', '3 Inventory', '4 Source', '1 Summary'];
		for (const title of order) {
			app.press(KEYS.tab);
			await until(() => heavyTitle(app.screen(), title), () => plain(app.lastFrame()));
			for (const other of order.filter(candidate => candidate !== title)) expect(heavyTitle(app.screen(), other)).toBe(false);
		}
		for (const title of ['4 Source', '3 Inventory', '2 Quotes', '1 Summary']) {
			app.press(KEYS.shiftTab);
			await until(() => heavyTitle(app.screen(), title), () => plain(app.lastFrame()));
		}
	});

	it('selects the last item with G and opens its detail with Enter; Esc closes it', async () => {
		const app = track(renderDefault());
		await app.see('3 Inventory');
		app.press('3');
		await until(() => heavyTitle(app.screen(), '3 Inventory'), () => plain(app.lastFrame()));
		app.press('G');
		await app.see('Inventory 11/11');
		expect(app.screen().some(line => line.startsWith('┏━ 3 Inventory') && line.includes(' 11/11 '))).toBe(true);
		const last = seed().inventory[10]!;
		expect(app.screen().find(line => line.startsWith('┃│ ▶'))).toContain(last.system.slice(0, 20));

		app.press(KEYS.enter);
		await app.see('Item 11 of 11');
		const shown = squash((await readWholeOverlay(app)).join(' '));
		// The article's words, under sitrep's hedge marks; every hedge of the item is marked.
		const detail = shown.replaceAll('≈', '');
		for (const hedge of last.hedges) expect(shown).toContain(`≈${hedge}`);
		for (const span of last.evidence) expect(detail).toContain(squash(span.text));
		expect(detail).toContain(`Supplier ${last.supplier.country}`);

		app.press(KEYS.escape);
		await app.see('2 Quotes');
		expect(plain(app.lastFrame())).not.toContain('Item 11 of 11');
		expect(app.screen().at(-1)).toMatch(/Inventory 11\/11\s*$/);
	});

	it('moves by pages, half pages and to the ends with PgDn/PgUp, Ctrl-d/Ctrl-u, g/G and Home/End', async () => {
		const app = track(renderDefault());
		await app.see('3 Inventory');
		app.press('3');
		await app.see('Inventory 1/11');
		// The inventory table shows three rows at this size, so a page is three rows and half a page one.
		const shownRows = app.screen().filter(line => /^┃│ [▶ ] /.test(line)).length;
		expect(shownRows).toBe(3);
		const steps: Array<[string, string]> = [
			[KEYS.pageDown, '4/11'],
			[KEYS.pageDown, '7/11'],
			[KEYS.pageUp, '4/11'],
			[KEYS.ctrlD, '5/11'],
			[KEYS.ctrlU, '4/11'],
			[KEYS.end, '11/11'],
			[KEYS.home, '1/11'],
			['G', '11/11'],
			['g', '1/11'],
			[' ', '4/11'],
			['b', '1/11'],
			[KEYS.down, '2/11'],
			['k', '1/11'],
		];
		for (const [key, position] of steps) {
			app.press(key);
			await until(() => app.screen().at(-1)!.includes(`Inventory ${position}`), () => `after ${JSON.stringify(key)} wanted ${position}\n${plain(app.lastFrame())}`);
		}
	});

	it('announces hidden rows with "▼ N more" and "▲ N more"', async () => {
		const app = track(renderDefault());
		await app.see('3 Inventory');
		const shown = quotesColumn(app.screen()).filter(line => line.includes('“')).length;
		const quotes = seed().quotes.length;
		expect(shown).toBeLessThan(quotes);
		const bottom = () => quotesColumn(app.screen()).find(line => line.startsWith('╰') || line.startsWith('┗'))!;
		expect(bottom()).toContain(`▼ ${quotes - shown} more`);
		app.press('2');
		await app.see('Quotes 1/8');
		app.press('G');
		await app.see('Quotes 8/8');
		expect(bottom()).toContain(`▲ ${quotes - shown} more`);
		expect(bottom()).not.toContain('▼');
	});

	it('lists every binding of the keymap in the help, paging to the end', async () => {
		const app = track(renderDefault());
		await app.see('3 Inventory');
		app.press('?');
		await app.see('Dashboard (here)');
		expect(app.screen().at(-1)).toContain('Esc close');
		const help = (await readWholeOverlay(app, 'j')).map(line => line.trim());
		for (const binding of KEYMAP) {
			const keys = keysText(binding.keys);
			expect(
				help.some(line => line.startsWith(keys) && line.endsWith(binding.description)),
				`${binding.layer}: ${keys} ${binding.description}`,
			).toBe(true);
		}
		// G goes to the end and g back to the top.
		app.press('g');
		await app.see('Dashboard (here)');
		app.press('G');
		await until(() => !plain(app.lastFrame()).includes('Dashboard (here)'), () => plain(app.lastFrame()));
		expect(app.screen().find(line => line.startsWith('┗'))).not.toContain('▼');
	});

	it.each([
		['Esc', KEYS.escape],
		['q', 'q'],
		['?', '?'],
	])('closes the help with %s and nothing else', async (_name, key) => {
		const app = track(renderDefault());
		await app.see('3 Inventory');
		app.press('?');
		await app.see('Dashboard (here)');
		app.press(key);
		await app.see('3 Inventory');
		await settleFrames();
		expect(plain(app.lastFrame())).not.toContain('Dashboard (here)');
		expect(plain(app.lastFrame())).toContain('2 Quotes');
	});

	it('closes only the top layer with Esc and q', async () => {
		const app = track(renderDefault());
		await app.see('3 Inventory');
		app.press('2');
		await app.see('Quotes 1/8');
		app.press(KEYS.enter);
		await app.see('Quote 1 of 8');
		app.press('?');
		await app.see('Detail (here)');
		app.press(KEYS.escape);
		await until(() => !plain(app.lastFrame()).includes('Detail (here)'), () => plain(app.lastFrame()));
		expect(plain(app.lastFrame())).toContain('Quote 1 of 8');
		app.press('?');
		await app.see('Detail (here)');
		app.press('q');
		await app.see('Quote 1 of 8');
		expect(plain(app.lastFrame())).not.toContain('Detail (here)');
		app.press('q');
		await app.see('3 Inventory');
		expect(plain(app.lastFrame())).not.toContain('Quote 1 of 8');
	});

	it('steps through rows inside the detail with → and ←, and scrolls it', async () => {
		const app = track(renderDefault());
		await app.see('3 Inventory');
		app.press('3');
		await app.see('Inventory 1/11');
		app.press(KEYS.enter);
		await app.see('Item 1 of 11');
		app.press('l');
		await app.see('Item 2 of 11');
		expect(plain(app.lastFrame())).toContain(seed().inventory[1]!.system);
		app.press('h');
		await app.see('Item 1 of 11');
		const first = overlayText(app.screen())[0];
		app.press('j');
		await until(() => overlayText(app.screen())[0] !== first, () => plain(app.lastFrame()));
		expect(app.screen().find(line => line.startsWith('┗'))).toMatch(/▲ 1 more/);
		app.press(KEYS.escape);
		await app.see('Inventory 1/11');
	});

	it('never draws a line wider than the terminal, whatever is open', async () => {
		const app = track(renderDefault());
		await app.see('3 Inventory');
		for (const key of ['2', 'jjjj', KEYS.enter, 'G', '?', 'G', KEYS.escape, KEYS.escape, '3', 'G', KEYS.enter, KEYS.escape, '1', 'G', KEYS.enter]) {
			app.press(key);
			await settleFrames();
		}
		for (const frame of new Set(app.frames)) expect(overflow(frame, 100, 24)).toEqual([]);
	});
});

describe('other terminal sizes', () => {
	it.each([
		[20, 6],
		[30, 8],
		[40, 12],
		[59, 30],
		[60, 24],
		[100, 30],
		[120, 40],
		[200, 60],
	])('fits %ix%i with the panes, a detail and the help', async (columns, rows) => {
		const app = track(renderSized(columns, rows));
		await until(() => app.frames.length > 0);
		for (const key of ['3', 'G', KEYS.enter, '?', KEYS.escape, KEYS.escape, '2', KEYS.enter]) {
			app.press(key);
			await settleFrames();
		}
		expect(app.frames.length).toBeGreaterThan(0);
		for (const frame of new Set(app.frames)) expect(overflow(frame, columns, rows)).toEqual([]);
	});

	it('asks for a bigger terminal below 30x8 and quits with q', async () => {
		const app = track(renderSized(20, 6));
		await app.see('Enlarge the terminal');
		expect(plain(app.lastFrame())).toContain('20x6, need 30x8');
		app.press('q');
		await app.exited;
	});

	it('shows one pane under a tab strip when narrow, and switches tabs with the number keys', async () => {
		const app = track(renderSized(40, 12));
		await app.see('[1 Summary]');
		expect(app.screen()[1]).toMatch(/\[1 Summary\] +2 Q +3 I +4 S/);
		expect(plain(app.lastFrame())).not.toContain('┏━ 2 Quotes');
		app.press('2');
		await app.see('[2 Quotes]');
		expect(heavyTitle(app.screen(), '2 Quotes')).toBe(true);
		expect(plain(app.lastFrame())).not.toContain('1 Summary ━');
	});

	it('puts the inventory beside summary and quotes when wide', async () => {
		const app = track(renderSized(120, 40));
		await app.see('3 Inventory');
		const titles = app.screen().find(line => line.includes('1 Summary'))!;
		expect(titles).toContain('3 Inventory');
		expect(titles).not.toContain('2 Quotes');
		// All eleven items fit, so nothing is announced as hidden.
		for (const item of seed().inventory) expect(plain(app.lastFrame())).toContain(item.system.slice(0, 7));
	});

	it('follows the terminal when it is resized', async () => {
		const app = track(renderSized(100, 30));
		await app.see('3 Inventory');
		app.resize!(40, 12);
		await app.see('[1 Summary]');
		app.resize!(20, 6);
		await app.see('Enlarge the terminal');
		app.resize!(120, 40);
		await app.see('3 Inventory');
		for (const frame of app.frames.slice(-1)) expect(overflow(frame, 120, 40)).toEqual([]);
	});

	it('quits with q on the dashboard and with Ctrl-c from a detail', async () => {
		const first = track(renderSized(100, 30));
		await first.see('3 Inventory');
		first.press('q');
		await first.exited;
		const second = track(renderSized(100, 30));
		await second.see('3 Inventory');
		second.press(KEYS.enter);
		await second.see('Summary 1 of 10');
		second.press('\u0003');
		await second.exited;
	});
});

describe('a hostile briefing', () => {
	const HOSTILE = '\u001B[2J\u001B]0;pwned\u0007\u009B31m\u0000\u007F\u202Eevil';

	function hostile() {
		const briefing = seed();
		briefing.source.headline += ` ${HOSTILE}`;
		briefing.quotes[1]!.text += HOSTILE;
		briefing.quotes[1]!.speaker = `Kirby${HOSTILE}`;
		briefing.inventory[0]!.system = `UAVs${HOSTILE}`;
		return briefing;
	}

	/** A frame with Ink's own colour codes taken out: nothing else may be an escape or a control. */
	const leftovers = (frame: string): string[] =>
		[...frame.replace(/\u001B\[[0-9;]*m/g, '')].filter(character => /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/.test(character));

	it('shows stand-ins for escapes and controls instead of sending them to the terminal', async () => {
		const app = track(renderSized(120, 40, hostile()));
		await app.see('3 Inventory');
		app.press('2');
		await app.see('Quotes 1/8');
		app.press('j');
		await app.see('Quotes 2/8');
		app.press(KEYS.enter);
		await app.see('Quote 2 of 8');
		const detail = plain(app.lastFrame());
		expect(detail).toContain('␛[2J');
		expect(detail).toContain('␛]0;pwned␇');
		expect(detail).toContain('<U+009B>');
		expect(detail).toContain('␀');
		expect(detail).toContain('␡');
		expect(detail).toContain('<U+202E>');
		expect(detail).toContain('Kirby␛[2J');
		for (const frame of app.frames) expect(leftovers(frame).map(character => character.codePointAt(0)!.toString(16))).toEqual([]);
		// The dashboard frames showed the hostile headline and item too.
		expect(app.frames.some(frame => plain(frame).includes('UAVs␛'))).toBe(true);
		for (const frame of new Set(app.frames)) expect(overflow(frame, 120, 40)).toEqual([]);
	});

	it('is just as safe at the default size, where the text is cut', async () => {
		const app = track(renderDefault(hostile()));
		await app.see('3 Inventory');
		app.press('2');
		await app.see('Quotes 1/8');
		app.press('j');
		await app.see('Quotes 2/8');
		app.press(KEYS.enter);
		await app.see('Quote 2 of 8');
		expect(plain(app.lastFrame())).toContain('␛]0;pwned␇');
		for (const frame of app.frames) expect(leftovers(frame)).toEqual([]);
		for (const frame of app.frames) for (const line of plain(frame).split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(100);
	});
});
