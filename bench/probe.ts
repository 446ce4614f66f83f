/**
 * A benchmark session: the e2e harness's PtyTerminal plus what a benchmark needs on top of it, namely a precise
 * timestamp and byte count for every chunk the program writes, and a second headless xterm fed the same chunks so
 * the screen can be read cell by cell (characters and attributes, which the harness's text screen leaves out).
 */
import {performance} from 'node:perf_hooks';
import {readFileSync} from 'node:fs';
import type {IPty} from 'node-pty';
import xtermHeadless from '@xterm/headless';
import type {Terminal as XtermTerminal} from '@xterm/headless';
import {openTerminal, type EnvOverrides, type PtyTerminal, type Key} from '../test/e2e/harness/terminal.js';

const {Terminal} = xtermHeadless;

export type Chunk = {at: number; bytes: number};

/** One cell as drawn: its text and an attribute key (colours and flags), so a restyled cell counts as changed. */
export type Cell = {chars: string; width: number; style: string; sgr: string};
export type Snapshot = Cell[][];

export class Session {
	readonly chunks: Chunk[] = [];
	private mirror: XtermTerminal;
	/** Output not yet given to the mirror: it is parsed only when a snapshot is taken, outside any timed window. */
	private unmirrored: string[] = [];

	private constructor(readonly term: PtyTerminal, readonly spawnedAt: number, cols: number, rows: number) {
		this.mirror = new Terminal({cols, rows, allowProposedApi: true, scrollback: 0});
		// The harness keeps its node-pty handle private and timestamps output with Date.now() (1 ms steps, and only
		// the latest chunk); a second listener on the same pty sees every chunk in the same order, stamped with
		// performance.now(). Listeners run synchronously as each chunk arrives, before either xterm parses it.
		const pty = Reflect.get(term, 'pty') as IPty | undefined;
		if (pty === undefined || typeof pty.onData !== 'function') {
			throw new Error('bench: the harness no longer exposes its pty as `pty`; update bench/probe.ts');
		}

		pty.onData(chunk => {
			this.chunks.push({at: performance.now(), bytes: Buffer.byteLength(chunk, 'utf8')});
			this.unmirrored.push(chunk);
		});
	}

	/** `env` goes on top of the harness's environment for the child; `undefined` removes a variable. */
	static async open(args: string[], cols: number, rows: number, env: EnvOverrides): Promise<Session> {
		const spawnedAt = performance.now();
		const term = await openTerminal({args, cols, rows, env, timeoutMs: 30_000});
		// openTerminal spawns synchronously and output can only arrive on a later event-loop turn, so no chunk is missed.
		return new Session(term, spawnedAt, cols, rows);
	}

	get pid(): number {
		return this.term.pid;
	}

	/** Chunks that arrived after `since` (a performance.now() time). */
	chunksAfter(since: number): Chunk[] {
		return this.chunks.filter(chunk => chunk.at > since);
	}

	bytesAfter(since: number): number {
		return this.chunksAfter(since).reduce((sum, chunk) => sum + chunk.bytes, 0);
	}

	lastChunkAt(): number {
		return this.chunks.at(-1)?.at ?? this.spawnedAt;
	}

	/**
	 * Waits until output has started after `since` and then paused for `quietMs`; resolves with the time of the last
	 * byte before the pause. Resolves with undefined if nothing at all arrives within `firstByteTimeoutMs`.
	 */
	async quiet(since: number, quietMs = 30, firstByteTimeoutMs = 3000, timeoutMs = 30_000): Promise<number | undefined> {
		const deadline = performance.now() + timeoutMs;
		const firstDeadline = performance.now() + firstByteTimeoutMs;
		for (;;) {
			const last = this.lastChunkAt();
			const now = performance.now();
			if (last <= since) {
				if (now >= firstDeadline) return undefined;
				await sleep(Math.min(5, firstDeadline - now));
				continue;
			}

			if (now - last >= quietMs) {
				await this.term.settle(0);
				if (this.lastChunkAt() === last) return last;
				continue;
			}

			if (now > deadline) throw new Error(`bench: output did not pause for ${quietMs} ms within ${timeoutMs} ms`);
			await sleep(quietMs - (now - last));
		}
	}

	/** Writes one key (or the same key `times` times in one write) and returns the time just before writing. */
	press(key: Key, times = 1): number {
		const at = performance.now();
		this.term.press(key, times);
		return at;
	}

	async waitFor(predicate: (screen: string) => boolean, description: string, timeoutMs = 30_000): Promise<string> {
		return this.term.waitFor(predicate, {description, timeoutMs});
	}

	screen(): string {
		return this.term.screen();
	}

	/** The screen cell by cell, as of everything received so far. */
	async snapshot(): Promise<Snapshot> {
		const data = this.unmirrored.join('');
		this.unmirrored = [];
		await new Promise<void>(resolve => {
			this.mirror.write(data, resolve);
		});
		const buffer = this.mirror.buffer.active;
		const cell = buffer.getNullCell();
		const rows: Snapshot = [];
		for (let y = 0; y < this.mirror.rows; y++) {
			const line = buffer.getLine(buffer.baseY + y);
			const row: Cell[] = [];
			for (let x = 0; x < this.mirror.cols; x++) {
				line?.getCell(x, cell);
				row.push(describeCell(cell));
			}

			rows.push(row);
		}

		return rows;
	}

	/** Peak resident set size of the program so far, in bytes (VmHWM), or undefined if /proc cannot tell. */
	peakRss(): number | undefined {
		try {
			const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
			const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
			return match ? Number(match[1]) * 1024 : undefined;
		} catch {
			return undefined;
		}
	}

	async close(): Promise<void> {
		await this.term.dispose();
		this.mirror.dispose();
	}
}

type XtermCell = ReturnType<XtermTerminal['buffer']['active']['getNullCell']>;

function describeCell(cell: XtermCell): Cell {
	const flags = [
		cell.isBold() ? 1 : 0,
		cell.isDim() ? 2 : 0,
		cell.isItalic() ? 3 : 0,
		cell.isUnderline() ? 4 : 0,
		cell.isBlink() ? 5 : 0,
		cell.isInverse() ? 7 : 0,
		cell.isInvisible() ? 8 : 0,
		cell.isStrikethrough() ? 9 : 0,
	].filter(flag => flag !== 0);
	const fg = colour(cell.getFgColorMode(), cell.getFgColor(), cell.isFgDefault(), cell.isFgPalette(), 30, 38);
	const bg = colour(cell.getBgColorMode(), cell.getBgColor(), cell.isBgDefault(), cell.isBgPalette(), 40, 48);
	const params = [0, ...flags, ...fg, ...bg];
	return {
		chars: cell.getChars() || (cell.getWidth() === 0 ? '' : ' '),
		width: cell.getWidth(),
		style: params.join(';'),
		sgr: `\u001B[${params.join(';')}m`,
	};
}

/** The SGR parameters that select a colour the shortest usual way (16 colours, 256-colour palette or RGB). */
function colour(_mode: number, value: number, isDefault: boolean, isPalette: boolean, base: number, extended: number): number[] {
	if (isDefault) return [];
	if (isPalette) {
		if (value < 8) return [base + value];
		if (value < 16) return [base + 60 + value - 8];
		return [extended, 5, value];
	}

	return [extended, 2, (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

export async function sleep(ms: number): Promise<void> {
	await new Promise(resolve => setTimeout(resolve, Math.max(0, ms)));
}
