import xtermHeadless from '@xterm/headless';
import {describe, expect, it} from 'vitest';
// The patched Ink (patches/ink+6.8.0.patch): its incremental writer moves a block of lines that scrolled with
// delete-line and insert-line sequences, then writes only the lines that came into view.
import logUpdate from '../../node_modules/ink/build/log-update.js';

const {Terminal} = xtermHeadless;
const COLS = 40;
const ROWS = 14;

type Writer = ((frame: string) => boolean) & {done: () => void};
const createWriter = (logUpdate as unknown as {create: (stream: unknown, options: {incremental: boolean; showCursor: boolean; lineMoves?: boolean}) => Writer}).create;

/** Every cell of a terminal's screen, with its colour and attributes, one row a line. */
function cellsOf(term: InstanceType<typeof Terminal>): string {
	const rows: string[] = [];
	for (let y = 0; y < ROWS; y++) {
		const line = term.buffer.active.getLine(y)!;
		let row = '';
		for (let x = 0; x < COLS; x++) {
			const cell = line.getCell(x)!;
			row += `${cell.getChars() || ' '}${cell.getFgColor()}${cell.isInverse() ? 'i' : ''}${cell.getBgColor()}|`;
		}
		rows.push(row);
	}
	return rows.join('\n');
}

const feed = (term: InstanceType<typeof Terminal>, text: string) => new Promise<void>(resolve => term.write(text, resolve));

/** The screen after `writes`. convertEol, as every terminal here is made: the pty turns each newline Ink writes into
 * a carriage return and a line feed (onlcr). */
async function screenAfter(writes: string[]): Promise<string> {
	const term = new Terminal({cols: COLS, rows: ROWS, allowProposedApi: true, convertEol: true});
	for (const write of writes) await feed(term, write);
	const cells = cellsOf(term);
	term.dispose();
	return cells;
}

/** Draws `frames` one after another through the incremental writer; returns what each frame wrote. */
function drawFrames(frames: string[][]): string[] {
	const writes: string[] = [];
	const writer = createWriter({write: (chunk: string) => writes.push(chunk)}, {incremental: true, showCursor: true});
	const perFrame: string[] = [];
	for (const frame of frames) {
		const before = writes.length;
		writer(frame.join('\n'));
		perFrame.push(writes.slice(before).join(''));
	}
	return perFrame;
}

/** The screen after the frames, next to the screen a single full drawing of the last frame leaves. */
async function compare(frames: string[][]): Promise<{updated: string; fresh: string; lastWrite: string}> {
	const writes = drawFrames(frames);
	const updated = await screenAfter(writes);
	const fresh = await screenAfter(drawFrames([frames.at(-1)!]));
	return {updated, fresh, lastWrite: writes.at(-1)!};
}

const CYAN = '\u001B[36m';
const RESET = '\u001B[39m';
const INVERSE = '\u001B[7m';
const NO_INVERSE = '\u001B[27m';

/** A small dashboard: a header, a pane of `rows` list entries from `offset`, a status bar. */
function dashboard(items: string[], offset: number, selected: number, rows = 8): string[] {
	const lines = [`${CYAN}sitrep  header line${RESET}`, `┏━ Inventory ━━━ ${selected + 1}/${items.length} ━┓`];
	for (let row = 0; row < rows; row++) {
		const index = offset + row;
		const item = items[index] ?? '';
		lines.push(index === selected ? `┃ ${INVERSE}▶ ${item.padEnd(30)}${NO_INVERSE} ┃` : `┃   ${item.padEnd(30)} ┃`);
	}
	lines.push('┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛', `Inventory ${selected + 1}/${items.length}`);
	return lines;
}

const ITEMS = Array.from({length: 40}, (_, index) => `item ${index + 1} ${'ballistic missiles UAVs'.slice(0, 8 + (index % 13))}`);

describe("Ink's incremental writer, patched to move lines that scrolled", () => {
	it.each([
		['one row up (j at the bottom of the window)', dashboard(ITEMS, 0, 7), dashboard(ITEMS, 1, 8)],
		['two rows up (a table row and its rule)', dashboard(ITEMS, 0, 7), dashboard(ITEMS, 2, 9)],
		['one row down (k at the top of the window)', dashboard(ITEMS, 5, 5), dashboard(ITEMS, 4, 4)],
		['three rows down', dashboard(ITEMS, 5, 5), dashboard(ITEMS, 2, 2)],
		['a whole page (nothing in common)', dashboard(ITEMS, 0, 7), dashboard(ITEMS, 8, 15)],
		['to the end of the list, with blank rows after it', dashboard(ITEMS, 30, 35), dashboard(ITEMS, 36, 39)],
	])('leaves the screen a full drawing would for %s', async (_name, before, after) => {
		const {updated, fresh} = await compare([before, after]);
		expect(updated).toBe(fresh);
	});

	it('writes a one-row scroll in a fraction of the bytes of rewriting the moved lines', async () => {
		const before = dashboard(ITEMS, 0, 7);
		const after = dashboard(ITEMS, 1, 8);
		const {lastWrite} = await compare([before, after]);
		expect(lastWrite).toMatch(/\u001B\[1M/);
		expect(lastWrite).toMatch(/\u001B\[1L/);
		// Without the move, each line that differs would be written: at least its changed stretch, here most of it.
		const changedLines = after.filter((line, index) => line !== before[index]).join('').length;
		expect(lastWrite.length).toBeLessThan(changedLines / 2);
	});

	it('writes the lines out instead on a terminal without line insert and delete (lineMoves: false)', async () => {
		const before = dashboard(ITEMS, 0, 7);
		const after = dashboard(ITEMS, 1, 8);
		const writes: string[] = [];
		const writer = createWriter({write: (chunk: string) => writes.push(chunk)}, {incremental: true, showCursor: true, lineMoves: false});
		writer(before.join('\n'));
		writer(after.join('\n'));
		expect(writes.at(-1)).not.toMatch(/\u001B\[\d+[LM]/);
		expect(await screenAfter(writes)).toBe(await screenAfter(drawFrames([after])));
	});

	it('does not shift when nothing scrolled (a selection moving within the window)', () => {
		const [, lastWrite] = drawFrames([dashboard(ITEMS, 0, 2), dashboard(ITEMS, 0, 3)]);
		expect(lastWrite).not.toMatch(/\u001B\[\d+[LM]/);
	});

	it('keeps the screen right through a long random walk of scrolls, pages, jumps and resizes of the list', async () => {
		// A seeded generator, so a failure can be run again.
		let seed = 42;
		const random = (below: number) => {
			seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
			return seed % below;
		};
		const term = new Terminal({cols: COLS, rows: ROWS, allowProposedApi: true, convertEol: true});
		let shifts = 0;
		const writer = createWriter(
			{
				write: (chunk: string) => {
					if (/\u001B\[\d+M/.test(chunk)) shifts++;
					void feed(term, chunk);
				},
			},
			{incremental: true, showCursor: true},
		);
		let offset = 0;
		let rows = 8;
		for (let step = 0; step < 150; step++) {
			const move = random(6);
			if (move === 0) offset = Math.min(ITEMS.length - 1, offset + 1 + random(3));
			else if (move === 1) offset = Math.max(0, offset - 1 - random(3));
			else if (move === 2) offset = random(ITEMS.length);
			else if (move === 3) rows = 5 + random(5);
			const frame = dashboard(ITEMS, offset, offset + random(rows), rows);
			writer(frame.join('\n'));
			await feed(term, '');
			expect(cellsOf(term), `step ${step}`).toBe(await screenAfter(drawFrames([frame])));
		}
		term.dispose();
		// The walk must move lines often enough to test it (rows that change in a few far-apart cells are cheaper to
		// write in place than to move, so not every scroll is a shift).
		expect(shifts).toBeGreaterThan(10);
	});
});
