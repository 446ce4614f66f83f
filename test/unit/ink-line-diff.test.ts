import xtermHeadless from '@xterm/headless';
import {describe, expect, it} from 'vitest';
// The patched Ink (patches/ink+6.8.0.patch) exports the function that writes only the changed stretch of a line.
// @ts-expect-error -- a build file of Ink without type declarations for this export
import {changedStretch} from '../../node_modules/ink/build/log-update.js';

const {Terminal} = xtermHeadless;
const diff = changedStretch as (previous: string | undefined, next: string) => string;

/** What a terminal shows after `writes`, as text plus each cell's style, so colour and inverse count too. */
async function draw(writes: string[]): Promise<string> {
	const term = new Terminal({cols: 60, rows: 2, allowProposedApi: true});
	for (const write of writes) await new Promise<void>(resolve => term.write(write, resolve));
	const line = term.buffer.active.getLine(0)!;
	const cells: string[] = [];
	for (let x = 0; x < 60; x++) {
		const cell = line.getCell(x)!;
		cells.push(`${cell.getChars() || ' '}:${cell.getFgColor()}:${cell.isInverse()}:${cell.isBold()}`);
	}
	term.dispose();
	return cells.join('|');
}

const SGR = {cyan: '\u001B[36m', reset: '\u001B[39m', inverse: '\u001B[7m', noInverse: '\u001B[27m', bold: '\u001B[1m', noBold: '\u001B[22m'};

const PAIRS: Array<[string, string, string]> = [
	['a position in a border', `${SGR.cyan}╭─ 2 Quotes ── 1/8 ─╮${SGR.reset}`, `${SGR.cyan}╭─ 2 Quotes ── 2/8 ─╮${SGR.reset}`],
	['the selection leaving a row', `┃ ▶ ${SGR.inverse}${SGR.bold}John Kirby  “top”${SGR.noBold}${SGR.noInverse} ┃`, '┃   John Kirby  “top”  ┃'],
	['the selection arriving on a row', '┃   John Kirby  “top”  ┃', `┃ ▶ ${SGR.inverse}${SGR.bold}John Kirby  “top”${SGR.noBold}${SGR.noInverse} ┃`],
	['a shorter line', 'Summary 10/10 and more text', 'Summary 9/10'],
	['a longer line', 'Summary 9/10', 'Summary 10/10 and more text'],
	['wide characters moving', '日本 abc 日本', '日本語 abc 日'],
	['a colour change only', `x ${SGR.cyan}word${SGR.reset} y`, 'x word y'],
	['no common start', 'abc', 'xyz'],
	['both side borders of a pane (focus)', `│ ${SGR.cyan}Quotes${SGR.reset} and a long line of text between │`, `┃ ${SGR.cyan}Quotes${SGR.reset} and a long line of text between ┃`],
	['changes far apart inside the line', 'name: Kirby   status: planned   likelihood: stated', 'name: Kirby   status: in-use    likelihood: stated!'],
	['changes far apart after wide characters', '日本 x a long unchanged stretch of text x', '日本 y a long unchanged stretch of text y'],
	['changes far apart after a character changed width', 'ab 日 a long unchanged stretch of text x', 'ab cd a long unchanged stretch of text y'],
];

describe("Ink's line updates, patched to write only what changed", () => {
	it.each(PAIRS)('leave the same screen as a full redraw for %s', async (_name, previous, next) => {
		const full = await draw([previous, `\r${next}\u001B[K`]);
		const updated = await draw([previous, diff(previous, next)]);
		expect(updated).toBe(full);
	});

	it('writes fewer bytes than the whole line when little changed', () => {
		const [, previous, next] = PAIRS[0]!;
		expect(diff(previous, next).length).toBeLessThan(20);
		expect(diff(previous, next).length).toBeLessThan(next.length);
	});

	it('writes changes far apart as separate stretches, jumping over what did not change', () => {
		const [, previous, next] = PAIRS.find(([name]) => name.startsWith('both side borders'))!;
		const update = diff(previous, next);
		expect(update.match(/\u001B\[\d+G/g)).toHaveLength(2);
		expect(update).not.toContain('long line of text');
		expect(update.length).toBeLessThan(20);
	});

	it('writes the whole line when there was none before', () => {
		expect(diff(undefined, 'new')).toBe('\u001B[1Gnew\u001B[K');
	});
});
