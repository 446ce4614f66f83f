import {EventEmitter} from 'node:events';
import {readFileSync} from 'node:fs';
import {stripVTControlCharacters} from 'node:util';
import {render as inkRender, type Instance, type RenderOptions} from 'ink';
import {render as testingRender} from 'ink-testing-library';
import type {ReactElement} from 'react';
import stringWidth from 'string-width';
import {briefingSchema, type Briefing} from '../../source/briefing/schema.js';
import {App} from '../../source/ui/App.js';
import {UNICODE_GLYPHS} from '../../source/ui/glyphs.js';
import {themeFor} from '../../source/ui/theme.js';
import {LookProvider} from '../../source/ui/ThemeContext.js';

export const seed = (): Briefing =>
	briefingSchema.parse(JSON.parse(readFileSync(new URL('../../data/briefings/russia-iran-defense-partnership.json', import.meta.url), 'utf8')));

/** Keys as a terminal sends them. */
export const KEYS = {
	down: '\u001B[B',
	up: '\u001B[A',
	pageDown: '\u001B[6~',
	pageUp: '\u001B[5~',
	home: '\u001B[H',
	end: '\u001B[F',
	tab: '\t',
	shiftTab: '\u001B[Z',
	enter: '\r',
	escape: '\u001B',
	ctrlD: '\u0004',
	ctrlU: '\u0015',
} as const;

export const plain = (frame: string | undefined): string => stripVTControlCharacters(frame ?? '');
export const linesOf = (frame: string | undefined): string[] => plain(frame).split('\n');

/** Waits until `check` holds, polling; fails with the last frame so a broken test says what it saw. */
export async function until(check: () => boolean, describe: () => string = () => '', timeout = 2000): Promise<void> {
	const deadline = Date.now() + timeout;
	while (!check()) {
		if (Date.now() > deadline) throw new Error(`timed out waiting; last frame:\n${describe()}`);
		await new Promise(resolve => setTimeout(resolve, 5));
	}
}

/** Lets Ink handle pending input and render; used only to show that something did *not* happen. */
export const settleFrames = async (): Promise<void> => {
	for (let round = 0; round < 3; round++) await new Promise(resolve => setTimeout(resolve, 4));
};

/** A stdout of a chosen size, as ink-testing-library's but with rows and resize. */
export class SizedStdout extends EventEmitter {
	frames: string[] = [];
	isTTY = true;
	constructor(
		public columns: number,
		public rows: number,
	) {
		super();
	}
	write = (frame: string): boolean => {
		this.frames.push(frame);
		return true;
	};
	resize(columns: number, rows: number): void {
		this.columns = columns;
		this.rows = rows;
		this.emit('resize');
	}
}

/** A stdin that looks like a terminal to Ink and takes written keys. */
export class FakeStdin extends EventEmitter {
	isTTY = true;
	private data: string | null = null;
	write = (data: string): void => {
		this.data = data;
		this.emit('readable');
		this.emit('data', data);
	};
	read = (): string | null => {
		const {data} = this;
		this.data = null;
		return data;
	};
	setEncoding(): void {}
	setRawMode(): void {}
	resume(): void {}
	pause(): void {}
	ref(): void {}
	unref(): void {}
}

export type Rendered = {
	frames: string[];
	lastFrame: () => string;
	/** The last frame without escape sequences, as lines. */
	screen: () => string[];
	press: (keys: string) => void;
	/** Waits for the plain screen to contain `text`. */
	see: (text: string) => Promise<void>;
	unmount: () => void;
	columns: number;
	rows: number;
	resize?: (columns: number, rows: number) => void;
	/** Resolves when the app exits (only for renderSized). */
	exited?: Promise<unknown>;
};

function wrap(rendered: {frames: string[]; lastFrame: () => string | undefined; stdin: {write: (data: string) => void}; unmount: () => void}, columns: number, rows: number): Rendered {
	const lastFrame = () => rendered.lastFrame() ?? '';
	const screen = () => linesOf(lastFrame());
	return {
		frames: rendered.frames,
		lastFrame,
		screen,
		press: keys => rendered.stdin.write(keys),
		see: text => until(() => plain(lastFrame()).includes(text), () => plain(lastFrame())),
		unmount: rendered.unmount,
		columns,
		rows,
	};
}

export const withLook = (tree: ReactElement, color = false): ReactElement => (
	<LookProvider value={{theme: themeFor({color}), glyphs: UNICODE_GLYPHS}}>{tree}</LookProvider>
);

/** The App through ink-testing-library: 100 columns, and no rows, so App takes 24. */
export function renderDefault(briefing: Briefing = seed()): Rendered {
	return wrap(testingRender(withLook(<App briefing={briefing} />)), 100, 24);
}

/** Any tree through ink-testing-library (100 columns). */
export function renderPiece(tree: ReactElement): Rendered {
	return wrap(testingRender(withLook(tree)), 100, 24);
}

/**
 * `tree` drawn by Ink itself, not ink-testing-library, on a fake terminal of `columns` x `rows` in Ink's debug mode
 * (each write is a whole frame). `options` add to or override the defaults (Ink's screen-reader output, say).
 */
export function renderOnFakeTerminal(tree: ReactElement, columns: number, rows: number, options: RenderOptions = {}): {stdout: SizedStdout; stdin: FakeStdin; instance: Instance} {
	const stdout = new SizedStdout(columns, rows);
	const stdin = new FakeStdin();
	const instance = inkRender(tree, {
		stdout: stdout as unknown as NodeJS.WriteStream,
		stderr: new SizedStdout(columns, rows) as unknown as NodeJS.WriteStream,
		stdin: stdin as unknown as NodeJS.ReadStream,
		debug: true,
		exitOnCtrlC: false,
		patchConsole: false,
		...options,
	});
	return {stdout, stdin, instance};
}

/** The App on a terminal of `columns` x `rows`, drawn in Ink's debug mode (each write is a whole frame). */
export function renderSized(columns: number, rows: number, briefing: Briefing = seed()): Rendered {
	const {stdout, stdin, instance} = renderOnFakeTerminal(withLook(<App briefing={briefing} />), columns, rows);
	const rendered = wrap({frames: stdout.frames, lastFrame: () => stdout.frames.at(-1), stdin, unmount: () => instance.unmount()}, columns, rows);
	rendered.exited = instance.waitUntilExit();
	rendered.resize = (newColumns, newRows) => {
		stdout.resize(newColumns, newRows);
		rendered.columns = newColumns;
		rendered.rows = newRows;
	};
	return rendered;
}

/** Lines of a frame wider than `columns` cells, and whether there are more lines than the frame may have. */
export function overflow(frame: string, columns: number, rows: number): string[] {
	const lines = linesOf(frame);
	const problems = lines.filter(line => stringWidth(line) > columns).map(line => `${stringWidth(line)} cells: ${line}`);
	if (lines.length > rows - 1) problems.push(`${lines.length} lines on a terminal of ${rows} rows`);
	return problems;
}

/** The cells of a line from column `from` (inclusive) to `to` (exclusive), counting wide characters as two. */
export function columnsOf(line: string, from: number, to: number): string {
	let at = 0;
	let out = '';
	for (const character of line) {
		const width = stringWidth(character);
		if (at >= from && at + width <= to) out += character;
		at += width;
	}
	return out;
}
