/**
 * Runs a real program in a real pseudo-terminal (node-pty) and renders what it writes with a headless xterm, so
 * tests read the screen the way a user would see it.
 *
 *   const term = await openTerminal({args: ['dist/sitrep.js'], cols: 100, rows: 30});
 *   await term.waitForText('Inventory');
 *   term.press('down');
 *   ...
 *   await term.dispose();   // in afterEach
 */
import {closeSync, constants as fsConstants, openSync} from 'node:fs';
import {constants as osConstants} from 'node:os';
// Both packages are CommonJS. Node's ESM loader exposes node-pty's exports as named bindings through its
// cjs-module-lexer, but @xterm/headless is a webpack bundle whose `exports.Terminal` is assigned in a loop the lexer
// cannot see, so only the default import (module.exports) works for it; use the default import for both.
import nodePty from 'node-pty';
import type {IPty} from 'node-pty';
import xtermHeadless from '@xterm/headless';
import type {Terminal as XtermTerminal} from '@xterm/headless';
import {buildChildEnv, type EnvOverrides} from './env.js';
import {keyToBytes, type Key} from './keys.js';

export {buildChildEnv, type EnvOverrides} from './env.js';
export {keyToBytes, type Key, type NamedKey} from './keys.js';

const {Terminal} = xtermHeadless;

export const defaultTimeoutMs = 10_000;

export type OpenTerminalOptions = {
	/** Arguments for `file`; with the default file (this Node binary) the first one is the script. */
	args?: string[];
	/** Executable to run; defaults to `process.execPath`. */
	file?: string;
	cols?: number;
	rows?: number;
	/** Applied on top of the harness's clean environment; `undefined` removes a variable. */
	env?: EnvOverrides;
	cwd?: string;
	/**
	 * Run the program under `/bin/sh`, which records `stty -g` before and after it, so a test can check the program
	 * left the terminal's line settings as it found them. Read the result with `waitForShellExit()`.
	 */
	shellWrap?: boolean;
	/** Default timeout for every wait on this terminal. */
	timeoutMs?: number;
};

export type WaitOptions = {
	timeoutMs?: number;
	/** What is being waited for, for the timeout message. */
	description?: string;
};

export type ExitStatus = {
	exitCode: number;
	/** Name of the signal that ended the process, or undefined if it exited by itself. */
	signal: NodeJS.Signals | undefined;
};

export type ShellExitStatus = {
	/** The wrapped program's status as `$?` reports it (128 + n when signal n killed it). */
	exitCode: number;
	/** `stty -g` of the pty just before the program started. */
	sttyBefore: string;
	/** `stty -g` of the pty just after the program ended. */
	sttyAfter: string;
	/** How the wrapping shell itself ended. */
	shell: ExitStatus;
};

export type ScreenPredicate = (screen: string, term: PtyTerminal) => boolean;

type Waiter = {
	check: () => boolean;
	fail: (reason: string) => void;
	cancel: () => void;
};

const shellMarker = '__SITREP_HARNESS_STTY__';
const shellResultPattern = new RegExp(`${shellMarker} exit=(\\d+) before=(\\S+) after=(\\S+)`);

/**
 * `$0 "$@"` runs the program without re-quoting its arguments. The shell traps INT, QUIT and TERM (caught, not
 * ignored, so the program still gets default handlers after exec) so that Ctrl-C or kill() end only the program
 * and the shell survives to take the second reading. Nothing is printed before the program runs, so its first
 * frame lands where it would in a real session.
 */
const shellScript = [
	'trap : INT QUIT TERM',
	'before=$(stty -g)',
	'"$0" "$@"',
	'code=$?',
	'after=$(stty -g)',
	`printf '\\n${shellMarker} exit=%s before=%s after=%s\\n' "$code" "$before" "$after"`,
].join('\n');

export async function openTerminal(options: OpenTerminalOptions = {}): Promise<PtyTerminal> {
	return new PtyTerminal(options);
}

export class PtyTerminal {
	readonly pid: number;
	private readonly pty: IPty;
	private readonly xterm: XtermTerminal;
	private readonly shellWrapped: boolean;
	private readonly defaultTimeout: number;
	private raw = '';
	private lastOutputAt = Date.now();
	/** Resolves once xterm has parsed every chunk received so far. */
	private parsed: Promise<void> = Promise.resolve();
	private unparsedChunks = 0;
	private cursorShown = true;
	private exitStatus: ExitStatus | undefined;
	private readonly exited: Promise<ExitStatus>;
	private readonly waiters = new Set<Waiter>();
	private disposed = false;
	private slaveFd: number | undefined;

	constructor(options: OpenTerminalOptions) {
		const cols = options.cols ?? 100;
		const rows = options.rows ?? 30;
		const file = options.file ?? process.execPath;
		const args = options.args ?? [];
		this.shellWrapped = options.shellWrap ?? false;
		this.defaultTimeout = options.timeoutMs ?? defaultTimeoutMs;

		this.xterm = new Terminal({cols, rows, allowProposedApi: true, scrollback: 1000});
		this.trackCursorVisibility();

		this.pty = nodePty.spawn(this.shellWrapped ? '/bin/sh' : file, this.shellWrapped ? ['-c', shellScript, file, ...args] : args, {
			name: 'xterm-256color',
			cols,
			rows,
			cwd: options.cwd ?? process.cwd(),
			env: buildChildEnv(options.env),
		});
		this.pid = this.pty.pid;
		this.holdSlaveOpen();

		this.pty.onData(chunk => {
			this.raw += chunk;
			this.lastOutputAt = Date.now();
			this.unparsedChunks++;
			// xterm parses asynchronously but in order, so the newest chunk's callback marks everything received so far.
			this.parsed = new Promise<void>(resolve => {
				this.xterm.write(chunk, () => {
					this.unparsedChunks--;
					resolve();
					this.checkWaiters();
				});
			});
		});

		this.exited = new Promise<ExitStatus>(resolve => {
			this.pty.onExit(({exitCode, signal}) => {
				this.releaseSlave();
				this.exitStatus = {exitCode, signal: signalName(signal)};
				resolve(this.exitStatus);
				// node-pty emits exit only after the pty closed, so no data is still on its way: once xterm has
				// caught up, nothing can satisfy a waiter any more.
				void this.parsed.then(() => {
					this.checkWaiters();
					for (const waiter of this.waiters) {
						waiter.fail(`the program exited (${describeExit(this.exitStatus!)})`);
					}
				});
			});
		});
	}

	/** The visible screen: one string per row joined by `\n`, trailing spaces trimmed from each row. */
	screen(): string {
		return this.visibleRows().join('\n');
	}

	/** Visible row `n`, counting from 0 at the top. */
	line(n: number): string {
		if (!Number.isInteger(n) || n < 0 || n >= this.xterm.rows) {
			throw new RangeError(`line(${n}): the screen has rows 0..${this.xterm.rows - 1}`);
		}

		return this.rowText(this.xterm.buffer.active.baseY + n);
	}

	/** Everything in the active buffer, scrollback included (the alternate screen has none). */
	history(): string {
		const buffer = this.xterm.buffer.active;
		const lines: string[] = [];
		for (let y = 0; y < buffer.length; y++) {
			lines.push(this.rowText(y));
		}

		return lines.join('\n').replace(/\n+$/, '');
	}

	/** Every byte the program has written (decoded as UTF-8), from offset `since` (see `mark()`). */
	output(since = 0): string {
		return this.raw.slice(since);
	}

	/** An offset into `output()`, to look only at what is written after this point. */
	mark(): number {
		return this.raw.length;
	}

	/** DECTCEM as of the last byte parsed (`CSI ?25l` hides, `CSI ?25h` and a full reset show). */
	cursorVisible(): boolean {
		return this.cursorShown;
	}

	isAlternateScreen(): boolean {
		return this.xterm.buffer.active.type === 'alternate';
	}

	cursor(): {x: number; y: number} {
		const buffer = this.xterm.buffer.active;
		return {x: buffer.cursorX, y: buffer.cursorY};
	}

	get cols(): number {
		return this.xterm.cols;
	}

	get rows(): number {
		return this.xterm.rows;
	}

	/** The mouse reporting the program asked for (xterm's name: none, x10, vt200, drag or any). */
	mouseTracking(): string {
		return this.xterm.modes.mouseTrackingMode;
	}

	/**
	 * Clicks (left press and release) or turns the wheel at a cell, counted from 0 at the top left, as xterm reports
	 * it in the SGR encoding. Like a real terminal, it sends nothing when the program has not asked for reports;
	 * it says so by returning false.
	 */
	mouse(action: 'click' | 'wheel-up' | 'wheel-down', column: number, row: number): boolean {
		if (this.xterm.modes.mouseTrackingMode === 'none') return false;
		const at = `${column + 1};${row + 1}`;
		if (action === 'click') this.write(`\u001B[<0;${at}M\u001B[<0;${at}m`);
		else this.write(`\u001B[<${action === 'wheel-up' ? 64 : 65};${at}M`);
		return true;
	}

	/** Sends one key (or the same key `times` times) as the bytes a real xterm would. */
	press(key: Key, times = 1): void {
		const bytes = keyToBytes(key, {applicationCursorKeys: this.xterm.modes.applicationCursorKeysMode});
		this.write(bytes.repeat(times));
	}

	/** Sends raw bytes to the program's input. */
	write(data: string): void {
		if (this.exitStatus !== undefined || this.disposed) {
			throw new Error(`cannot write ${JSON.stringify(data)}: the program has already exited`);
		}

		this.pty.write(data);
	}

	/**
	 * Draws on the emulated screen as another program sharing the terminal would (a `wall` message, a background
	 * job), without the program under test seeing any of it. `write` is for the program's input.
	 */
	async drawFromElsewhere(data: string): Promise<void> {
		await new Promise<void>(resolve => this.xterm.write(data, resolve));
	}

	/** Resizes the pty (the program gets SIGWINCH) and the emulated screen together. */
	resize(cols: number, rows: number): void {
		this.pty.resize(cols, rows);
		this.xterm.resize(cols, rows);
		this.checkWaiters();
	}

	/**
	 * Signals the program's whole process group: node-pty starts the child as a session leader, so this reaches
	 * the program, anything it spawned and, when shell-wrapped, the shell (which traps TERM/INT/QUIT and lives on).
	 */
	kill(signal: NodeJS.Signals = 'SIGTERM'): void {
		if (this.exitStatus !== undefined) {
			return;
		}

		try {
			process.kill(-this.pid, signal);
		} catch {
			this.pty.kill(signal);
		}
	}

	/** Resolves with the screen once `predicate` holds; checked after every chunk of output is parsed. */
	async waitFor(predicate: ScreenPredicate, options: WaitOptions = {}): Promise<string> {
		const description = options.description ?? `screen to satisfy ${predicate.toString()}`;
		// Made here so the stack points at the test line that waited, not at a timer.
		const error = new Error(description);
		await this.parsed;
		return new Promise<string>((resolve, reject) => {
			const started = Date.now();
			const timeoutMs = options.timeoutMs ?? this.defaultTimeout;
			let timer: NodeJS.Timeout | undefined;
			const finish = () => {
				clearTimeout(timer);
				this.waiters.delete(waiter);
			};
			const waiter: Waiter = {
				check: () => {
					// Only judge a fully parsed screen, so a half-written frame does not count.
					if (this.unparsedChunks > 0 || !predicate(this.screen(), this)) {
						return false;
					}

					finish();
					resolve(this.screen());
					return true;
				},
				fail: reason => {
					finish();
					error.message = this.failureMessage(`Gave up waiting for ${description} after ${Date.now() - started} ms: ${reason}.`);
					reject(error);
				},
				cancel: finish,
			};

			if (waiter.check()) {
				return;
			}

			if (this.exitStatus !== undefined && this.unparsedChunks === 0) {
				waiter.fail(`the program exited (${describeExit(this.exitStatus)})`);
				return;
			}

			this.waiters.add(waiter);
			timer = setTimeout(() => {
				waiter.fail('timed out');
			}, timeoutMs);
		});
	}

	/** Waits until the screen contains `text` (or matches the pattern). */
	async waitForText(text: string | RegExp, options: WaitOptions = {}): Promise<string> {
		const matches = typeof text === 'string' ? (screen: string) => screen.includes(text) : (screen: string) => text.test(screen);
		return this.waitFor(matches, {description: `text ${String(text)}`, ...options});
	}

	/** Waits until `text` is no longer on the screen. */
	async waitForNoText(text: string | RegExp, options: WaitOptions = {}): Promise<string> {
		const matches = typeof text === 'string' ? (screen: string) => screen.includes(text) : (screen: string) => text.test(screen);
		return this.waitFor(screen => !matches(screen), {description: `text ${String(text)} to disappear`, ...options});
	}

	/**
	 * Resolves once no output has arrived for `quietMs` and all of it is parsed, i.e. the frame has settled.
	 * Rejects if the program keeps writing for longer than the timeout. Quiet time counts from the last output or,
	 * before any, from the spawn: right after opening, wait for the first frame's text before settling, or a slow
	 * start-up passes for a settled (empty) screen.
	 */
	async settle(quietMs = 50, options: WaitOptions = {}): Promise<string> {
		const error = new Error('settle');
		const timeoutMs = options.timeoutMs ?? this.defaultTimeout;
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			await this.parsed;
			const quietFor = Date.now() - this.lastOutputAt;
			if (this.exitStatus !== undefined || (quietFor >= quietMs && this.unparsedChunks === 0)) {
				return this.screen();
			}

			if (Date.now() + (quietMs - quietFor) > deadline) {
				error.message = this.failureMessage(`Output did not pause for ${quietMs} ms within ${timeoutMs} ms.`);
				throw error;
			}

			// Sleep exactly until the quiet period would end; new output pushes lastOutputAt and we go round again.
			await new Promise(resolve => setTimeout(resolve, quietMs - quietFor));
		}
	}

	/** Waits for the program (or, when shell-wrapped, the shell) to end; the screen is fully parsed by then. */
	async waitForExit(timeoutMs = this.defaultTimeout): Promise<ExitStatus> {
		const error = new Error('waitForExit');
		let timer: NodeJS.Timeout | undefined;
		const timedOut = new Promise<never>((_resolve, reject) => {
			timer = setTimeout(() => {
				error.message = this.failureMessage(`The program was still running after ${timeoutMs} ms.`);
				reject(error);
			}, timeoutMs);
		});
		try {
			const status = await Promise.race([this.exited, timedOut]);
			await this.parsed;
			return status;
		} finally {
			clearTimeout(timer);
		}
	}

	/** For `shellWrap` terminals: waits for the shell to end and returns the program's status and both stty readings. */
	async waitForShellExit(timeoutMs = this.defaultTimeout): Promise<ShellExitStatus> {
		if (!this.shellWrapped) {
			throw new Error('waitForShellExit() needs openTerminal({shellWrap: true})');
		}

		const shell = await this.waitForExit(timeoutMs);
		const match = shellResultPattern.exec(this.raw);
		if (match === null) {
			throw new Error(this.failureMessage(`The wrapping shell ended (${describeExit(shell)}) without reporting stty settings.`));
		}

		const [, exitCode, sttyBefore, sttyAfter] = match;
		return {exitCode: Number(exitCode), sttyBefore: sttyBefore!, sttyAfter: sttyAfter!, shell};
	}

	/** Kills the program if it is still running, waits (briefly) for it to go, and frees the emulator. */
	async dispose(): Promise<void> {
		if (this.disposed) {
			return;
		}

		this.disposed = true;
		// Left pending rather than rejected: a wait still open here belongs to a test that already failed, and a
		// second, unhandled rejection would only bury that failure.
		for (const waiter of this.waiters) {
			waiter.cancel();
		}

		await this.inputWritten();
		if (this.exitStatus === undefined) {
			// Output no longer matters; letting the pty hang up spares the 200 ms drain described at holdSlaveOpen().
			this.releaseSlave();
			this.kill('SIGKILL');
			let timer: NodeJS.Timeout | undefined;
			await Promise.race([this.exited, new Promise(resolve => {
				timer = setTimeout(resolve, 2000);
			})]);
			clearTimeout(timer);
		}

		this.releaseSlave();
		this.xterm.dispose();
	}

	/**
	 * Waits (briefly) until node-pty has written all the input it was given. node-pty writes on libuv's thread pool
	 * (fs.write on the pty master's descriptor) and takes a write off its queue only once it is done. A write still
	 * on its way when the pty closes goes to whatever next gets that descriptor number, which in a test file is the
	 * next test's pty: seen once under a full `npm test`, a shell's `exit\r` from one test reached the next test's
	 * sitrep, whose Enter opened a detail. The queue is node-pty's own and not public; without it there is nothing to
	 * wait for.
	 */
	private async inputWritten(timeoutMs = 2000): Promise<void> {
		const stream = Reflect.get(this.pty, '_writeStream') as {_writeQueue?: unknown} | undefined;
		const queue = stream?._writeQueue;
		if (!Array.isArray(queue)) {
			return;
		}

		const deadline = Date.now() + timeoutMs;
		while (queue.length > 0 && Date.now() < deadline) {
			await new Promise(resolve => setTimeout(resolve, 1));
		}
	}

	/**
	 * On Linux the last few kilobytes a program writes just before exiting can be lost (node-pty issues #85, #726):
	 * when the child's last handle on the pty closes, the master read fails with EIO and node-pty tears the stream
	 * down with output still unread. Holding our own handle on the slave side keeps the pty from hanging up, so the
	 * master drains normally; node-pty then closes the stream itself about 200 ms after the child exits (its
	 * fallback for a socket that never closes), which is what makes exit slightly slower than the child's.
	 */
	private holdSlaveOpen(): void {
		const ptsName = (this.pty as IPty & {ptsName?: unknown}).ptsName;
		if (process.platform === 'win32' || typeof ptsName !== 'string') {
			return;
		}

		try {
			this.slaveFd = openSync(ptsName, fsConstants.O_RDWR | fsConstants.O_NOCTTY);
		} catch {
			// Without it we only lose the protection above; the harness still works.
		}
	}

	private releaseSlave(): void {
		if (this.slaveFd !== undefined) {
			closeSync(this.slaveFd);
			this.slaveFd = undefined;
		}
	}

	/** A message followed by the screen as it is now, framed so blank rows and trailing text are visible. */
	private failureMessage(headline: string): string {
		const width = this.xterm.cols;
		const border = `+${'-'.repeat(width)}+`;
		const rows = this.visibleRows().map((row, index) => `${String(index).padStart(2)} |${row.padEnd(width)}|`);
		const state = [
			this.exitStatus === undefined ? 'still running' : describeExit(this.exitStatus),
			`cursor ${this.cursorShown ? 'visible' : 'hidden'}`,
			this.isAlternateScreen() ? 'alternate screen' : 'normal screen',
			`${this.raw.length} bytes received`,
		].join(', ');
		return [headline, `Screen (${width}x${this.xterm.rows}; ${state}):`, `   ${border}`, ...rows, `   ${border}`].join('\n');
	}

	private visibleRows(): string[] {
		const top = this.xterm.buffer.active.baseY;
		const rows: string[] = [];
		for (let y = 0; y < this.xterm.rows; y++) {
			rows.push(this.rowText(top + y));
		}

		return rows;
	}

	private rowText(y: number): string {
		// translateToString(true) trims only cells never written to; spaces a program printed (Ink pads every row
		// to the box width) survive it, so trim those too.
		return (this.xterm.buffer.active.getLine(y)?.translateToString(true) ?? '').replace(/ +$/, '');
	}

	private checkWaiters(): void {
		for (const waiter of [...this.waiters]) {
			waiter.check();
		}
	}

	/**
	 * The public API has no DECTCEM getter, so follow it with parser hooks. They run in parse order and return false
	 * so xterm still handles the sequences itself.
	 */
	private trackCursorVisibility(): void {
		const setCursor = (visible: boolean) => (params: Array<number | number[]>) => {
			if (params.includes(25)) {
				this.cursorShown = visible;
			}

			return false;
		};
		this.xterm.parser.registerCsiHandler({prefix: '?', final: 'h'}, setCursor(true));
		this.xterm.parser.registerCsiHandler({prefix: '?', final: 'l'}, setCursor(false));
		// RIS (ESC c) and DECSTR (CSI ! p) both bring the cursor back.
		this.xterm.parser.registerEscHandler({final: 'c'}, () => {
			this.cursorShown = true;
			return false;
		});
		this.xterm.parser.registerCsiHandler({intermediates: '!', final: 'p'}, () => {
			this.cursorShown = true;
			return false;
		});
	}
}

function signalName(signal: number | undefined): NodeJS.Signals | undefined {
	if (signal === undefined || signal === 0) {
		return undefined;
	}

	const entry = Object.entries(osConstants.signals).find(([, number]) => number === signal);
	return entry?.[0] as NodeJS.Signals | undefined;
}

function describeExit(status: ExitStatus): string {
	return status.signal === undefined ? `exit code ${status.exitCode}` : `killed by ${status.signal}`;
}
