/**
 * Every way out of the dashboard must leave the terminal as the user had it: line settings (stty), the normal
 * screen and a visible cursor. The program runs under the harness's wrapping shell, which reads `stty -g` before
 * and after it.
 */
import {afterEach, beforeAll, describe, expect, test} from 'vitest';
import type {PtyTerminal, ShellExitStatus} from './harness/terminal.js';
import {disposeAll, distPath, ensureBuilt, escapeSequence, isRunning, openShell, openSitrep, signalProgram, waitForDashboard, waitForText} from './support.js';

beforeAll(ensureBuilt);
afterEach(disposeAll);

/** The line the wrapping shell prints once the program has ended (see shellScript in the harness). */
const shellReport = /exit=\d+ before=\S+ after=\S+/;

async function openWrapped(): Promise<PtyTerminal> {
	const term = await openSitrep({cols: 100, rows: 30, shellWrap: true});
	await waitForDashboard(term);
	expect(term.isAlternateScreen()).toBe(true);
	expect(term.cursorVisible()).toBe(false);
	return term;
}

function expectRestored(term: PtyTerminal, result: ShellExitStatus): void {
	expect(result.sttyBefore).toMatch(/^[\da-f]+(:[\da-f]+)+$/);
	expect(result.sttyAfter).toBe(result.sttyBefore);
	expect(term.isAlternateScreen()).toBe(false);
	expect(term.cursorVisible()).toBe(true);
	expect(result.shell).toEqual({exitCode: 0, signal: undefined});
}

/** Milliseconds from now until the wrapping shell reports that the program ended. */
async function timeUntilProgramEnds(term: PtyTerminal, since: number): Promise<number> {
	const started = Date.now();
	await term.waitFor(() => shellReport.test(term.output(since)), {description: 'the program to end', timeoutMs: 3000});
	return Date.now() - started;
}

describe('leaving the dashboard restores the terminal', () => {
	test('q quits with status 0', async () => {
		const term = await openWrapped();
		term.press('q');
		const result = await term.waitForShellExit();
		expect(result.exitCode).toBe(0);
		expectRestored(term, result);
	});

	test('Ctrl-C from inside the help quits with status 0', async () => {
		const term = await openWrapped();
		term.press('?');
		await waitForText(term, /[━─] Keys [━─]/);
		term.press('C-c');
		const result = await term.waitForShellExit();
		expect(result.exitCode).toBe(0);
		expectRestored(term, result);
	});

	test('Ctrl-C from a detail view quits with status 0', async () => {
		const term = await openWrapped();
		term.press('enter');
		await waitForText(term, 'Summary 1 of 10');
		term.press('C-c');
		const result = await term.waitForShellExit();
		expect(result.exitCode).toBe(0);
		expectRestored(term, result);
	});

	test('SIGTERM ends it within a second, as 128 + 15', async () => {
		const term = await openWrapped();
		const since = term.mark();
		// The whole process group: the shell traps TERM and lives on to take its second stty reading.
		term.kill('SIGTERM');
		expect(await timeUntilProgramEnds(term, since)).toBeLessThan(1000);
		const result = await term.waitForShellExit();
		expect(result.exitCode).toBe(143);
		expectRestored(term, result);
	});

	test('SIGHUP (a dropped connection) ends it within a second, as 128 + 1', async () => {
		const term = await openWrapped();
		const since = term.mark();
		// Only the program: the shell does not trap HUP and would die before reporting.
		const pid = signalProgram(term, 'SIGHUP');
		expect(await timeUntilProgramEnds(term, since)).toBeLessThan(1000);
		expect(isRunning(pid)).toBe(false);
		const result = await term.waitForShellExit();
		expect(result.exitCode).toBe(129);
		expectRestored(term, result);
	});

	test('SIGTERM while the help is open still restores everything', async () => {
		const term = await openWrapped();
		term.press('?');
		await waitForText(term, /[━─] Keys [━─]/);
		const since = term.mark();
		signalProgram(term, 'SIGTERM');
		expect(await timeUntilProgramEnds(term, since)).toBeLessThan(1000);
		const result = await term.waitForShellExit();
		expect(result.exitCode).toBe(143);
		expectRestored(term, result);
	});
});

describe('without a terminal on stdout', () => {
	test('piped through cat it prints the text briefing with no escape sequences at all', async () => {
		const node = `'${process.execPath.replaceAll("'", "'\\''")}'`;
		const script = `'${distPath.replaceAll("'", "'\\''")}'`;
		const term = await openShell(`{ ${node} ${script}; echo "sitrep-exit=$?"; } | cat`);
		const status = await term.waitForExit();
		expect(status).toEqual({exitCode: 0, signal: undefined});
		const output = term.output();
		expect(output).toContain('sitrep-exit=0');
		expect(output).toContain('Russia and Iran developing ‘full-fledged defense partnership,’ White House says');
		expect(output).toContain('SUMMARY');
		expect(output).toContain('KEY POINTS');
		expect(output).toContain('John Kirby');
		expect(output).not.toMatch(escapeSequence);
		// Nothing but text, tabs and line ends (the pty turns \n into \r\n).
		expect(output).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
		expect(term.isAlternateScreen()).toBe(false);
	});

	test('a missing briefing file is one line on stderr and status 2, without touching the screen', async () => {
		const term = await openSitrep({args: ['/nonexistent/briefing.json']});
		const status = await term.waitForExit();
		expect(status).toEqual({exitCode: 2, signal: undefined});
		const output = term.output().replace(/\r?\n$/, '');
		expect(output).toMatch(/^sitrep: .*nonexistent\/briefing\.json/);
		expect(output).not.toMatch(/[\r\n]/);
		expect(output).not.toMatch(escapeSequence);
	});
});
