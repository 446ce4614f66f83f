/**
 * Shared pieces for the end-to-end tests that drive the built program (dist/sitrep.js) in a real pty.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import stringWidth from 'string-width';
import type {Briefing} from '../../source/briefing/schema.js';
import {openTerminal, type OpenTerminalOptions, type PtyTerminal} from './harness/terminal.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const distPath = path.join(repoRoot, 'dist', 'sitrep.js');

/** For a `beforeAll`: `npm test` builds first, but a lone `vitest run` may find no bundle. */
export function ensureBuilt(): void {
	if (!existsSync(distPath)) {
		execFileSync(process.execPath, ['esbuild.mjs'], {cwd: repoRoot, stdio: 'ignore'});
	}
}

export type SitrepOptions = Omit<OpenTerminalOptions, 'args' | 'file'> & {
	/** Arguments after the script path. */
	args?: string[];
};

const open: PtyTerminal[] = [];

/** Starts `node dist/sitrep.js ...args` in a pty (100x30 unless told); closed by `disposeAll()`. */
export async function openSitrep(options: SitrepOptions = {}): Promise<PtyTerminal> {
	const {args = [], ...rest} = options;
	const term = await openTerminal({cols: 100, rows: 30, cwd: repoRoot, ...rest, args: [distPath, ...args]});
	open.push(term);
	return term;
}

/** Runs a shell command line in a pty (for pipes); closed by `disposeAll()`. */
export async function openShell(command: string, options: Omit<OpenTerminalOptions, 'args' | 'file'> = {}): Promise<PtyTerminal> {
	const term = await openTerminal({cols: 100, rows: 30, cwd: repoRoot, ...options, file: '/bin/sh', args: ['-c', command]});
	open.push(term);
	return term;
}

/** For an `afterEach`. */
export async function disposeAll(): Promise<void> {
	await Promise.all(open.splice(0).map(async term => term.dispose()));
}

const beginSynchronizedUpdate = '\u001B[?2026h';
const endSynchronizedUpdate = '\u001B[?2026l';

/**
 * True unless the program is halfway through a frame. Ink brackets every frame in a synchronized update
 * (`CSI ?2026h` ... `CSI ?2026l`), but a frame can reach the pty in more than one chunk and the harness judges the
 * screen after each chunk, so without this a wait can pass on a half-drawn screen: the top rows new, the rest old.
 */
export function frameComplete(term: PtyTerminal): boolean {
	const output = term.output();
	return output.lastIndexOf(beginSynchronizedUpdate) <= output.lastIndexOf(endSynchronizedUpdate);
}

/** `term.waitFor`, judged only on whole frames. */
export async function waitForScreen(term: PtyTerminal, predicate: (screen: string) => boolean, description: string, timeoutMs?: number): Promise<string> {
	return term.waitFor(screen => frameComplete(term) && predicate(screen), {description, ...(timeoutMs === undefined ? {} : {timeoutMs})});
}

/** `term.waitForText`, judged only on whole frames. */
export async function waitForText(term: PtyTerminal, text: string | RegExp, timeoutMs?: number): Promise<string> {
	const matches = typeof text === 'string' ? (screen: string) => screen.includes(text) : (screen: string) => text.test(screen);
	return waitForScreen(term, matches, `text ${String(text)}`, timeoutMs);
}

/** `term.waitForNoText`, judged only on whole frames. */
export async function waitForNoText(term: PtyTerminal, text: string | RegExp, timeoutMs?: number): Promise<string> {
	const matches = typeof text === 'string' ? (screen: string) => screen.includes(text) : (screen: string) => text.test(screen);
	return waitForScreen(term, screen => !matches(screen), `text ${String(text)} to disappear`, timeoutMs);
}

/** The dashboard's first frame: the header line and the status bar are both drawn. */
export async function waitForDashboard(term: PtyTerminal): Promise<string> {
	return waitForScreen(term, screen => screen.startsWith(' sitrep') && screen.includes(' move'), 'the dashboard');
}

/** The status bar: the row that carries the key hints. */
export function statusLine(screen: string): string | undefined {
	// The status bar starts with the move hint: the up and down keys (arrows, unless a config rebinds them).
	return screen.split('\n').find(row => /^ \S+ move /.test(row));
}

/** Waits until the right-hand side of the status bar reads e.g. "Quotes 2/8". */
export async function waitForPosition(term: PtyTerminal, position: string): Promise<string> {
	return waitForScreen(term, screen => statusLine(screen)?.endsWith(` ${position}`) ?? false, `status bar position "${position}"`);
}

/** Rows wider than `cols` terminal cells (there should be none). */
export function overlongRows(screen: string, cols: number): string[] {
	return screen.split('\n').filter(row => stringWidth(row) > cols);
}

/** The pids whose parent is `parentPid`, read from /proc (falls back to pgrep). */
export function childPids(parentPid: number): number[] {
	try {
		return readdirSync('/proc')
			.filter(entry => /^\d+$/.test(entry))
			.filter(entry => {
				try {
					// "pid (comm) state ppid ...": comm may hold spaces or parentheses, so split after the last ")".
					const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
					const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
					return Number(fields[1]) === parentPid;
				} catch {
					return false;
				}
			})
			.map(Number);
	} catch {
		const out = execFileSync('pgrep', ['-P', String(parentPid)], {encoding: 'utf8'});
		return out.split('\n').filter(Boolean).map(Number);
	}
}

/**
 * Signals only the program, not the shell around it. `term.kill()` signals the whole process group, and the
 * wrapping shell traps TERM, INT and QUIT but not HUP, so a group-wide SIGHUP would end the shell before it can take
 * its second stty reading. With `shellWrap` the program is the shell's only child.
 */
export function signalProgram(term: PtyTerminal, signal: NodeJS.Signals, shellWrapped = true): number {
	let pid = term.pid;
	if (shellWrapped) {
		const children = childPids(term.pid);
		if (children.length !== 1) {
			throw new Error(`expected the shell (pid ${term.pid}) to have one child, found ${JSON.stringify(children)}`);
		}

		pid = children[0]!;
	}

	process.kill(pid, signal);
	return pid;
}

export function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

/** CSI, OSC, DCS and other ESC-introduced sequences, plus C1 CSI. */
export const escapeSequence = /[\u001B\u009B]/;

/** A fresh copy of the bundled briefing, to read expectations from or to change for a test. */
export function seedBriefing(): Briefing {
	return JSON.parse(readFileSync(path.join(repoRoot, 'data/briefings/russia-iran-defense-partnership.json'), 'utf8')) as Briefing;
}
