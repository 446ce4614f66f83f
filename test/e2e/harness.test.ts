import {pbkdf2} from 'node:crypto';
import {afterEach, describe, expect, test} from 'vitest';
import {buildChildEnv, keyToBytes, openTerminal, type OpenTerminalOptions, type PtyTerminal} from './harness/terminal.js';

const open: PtyTerminal[] = [];

afterEach(async () => {
	await Promise.all(open.splice(0).map(async term => term.dispose()));
});

async function start(options: OpenTerminalOptions): Promise<PtyTerminal> {
	const term = await openTerminal({cols: 60, rows: 12, ...options});
	open.push(term);
	return term;
}

/** A Node one-liner run with `node -e`. */
async function node(script: string, options: OpenTerminalOptions = {}): Promise<PtyTerminal> {
	return start({args: ['-e', script], ...options});
}

/** Stays alive until killed, without touching the terminal. */
const idle = 'setInterval(() => {}, 1000);';

/** Echoes every chunk of input as a JSON string, one per line, once raw mode is on. */
const echoKeys = `
process.stdin.setRawMode(true);
process.stdin.on('data', chunk => {
	const text = chunk.toString();
	process.stdout.write('got ' + JSON.stringify(text) + '\\r\\n');
	if (text === 'q') process.exit(0);
});
process.stdout.write('ready\\r\\n');
`;

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

describe('screen', () => {
	test('reads printed text row by row, with trailing spaces trimmed', async () => {
		const term = await node(`process.stdout.write('first line   \\r\\n  second\\r\\nthird'); ${idle}`);
		await term.waitForText('third');
		expect(term.line(0)).toBe('first line');
		expect(term.line(1)).toBe('  second');
		expect(term.screen().split('\n')).toHaveLength(12);
		expect(term.screen().startsWith('first line\n  second\nthird\n')).toBe(true);
		expect(() => term.line(12)).toThrow(RangeError);
	});

	test('waitFor takes a predicate over the screen and resolves with that screen', async () => {
		const term = await node(`let n = 0; const t = setInterval(() => { process.stdout.write('tick ' + ++n + '\\r\\n'); if (n === 5) clearInterval(t); }, 5); ${idle}`);
		const screen = await term.waitFor(text => text.split('\n').filter(line => line.startsWith('tick')).length >= 5);
		expect(screen).toContain('tick 5');
	});

	test('a timed-out wait fails with a framed dump of the current screen', async () => {
		const term = await node(`process.stdout.write('Loading inventory...'); ${idle}`);
		await term.waitForText('Loading');
		const started = Date.now();
		const error = await term.waitForText('Ready', {timeoutMs: 200}).catch((error: unknown) => error);
		expect(Date.now() - started).toBeGreaterThanOrEqual(190);
		expect(error).toBeInstanceOf(Error);
		const {message} = error as Error;
		expect(message).toMatch(/^Gave up waiting for text Ready after \d+ ms: timed out\./);
		expect(message).toContain(' 0 |Loading inventory...');
		expect(message).toContain('still running');
		expect(message).toContain(`+${'-'.repeat(60)}+`);
	});

	test('a wait fails at once, not at the timeout, when the program exits without showing the text', async () => {
		const term = await node(`process.stdout.write('bye'); process.exit(2);`);
		const started = Date.now();
		await expect(term.waitForText('never', {timeoutMs: 5000})).rejects.toThrow(/the program exited \(exit code 2\)[\s\S]*0 \|bye/);
		expect(Date.now() - started).toBeLessThan(4000);
	});

	test('after exit, the screen reflects every byte, even a large final burst', async () => {
		const term = await node(`process.stdout.write('x'.repeat(400_000) + '\\r\\nLAST LINE\\r\\n', () => process.exit(0));`);
		await term.waitForExit();
		expect(term.output().length).toBeGreaterThan(400_000);
		expect(term.screen()).toContain('LAST LINE');
	});

	test('settle waits for a burst of output to stop', async () => {
		const term = await node(`let n = 0; const t = setInterval(() => { process.stdout.write('frame ' + ++n + '\\r'); if (n === 20) clearInterval(t); }, 5); ${idle}`);
		await term.waitForText('frame 1');
		// The quiet window is far above the 5 ms frame interval so a loaded machine cannot fake a pause.
		const screen = await term.settle(200);
		expect(screen).toContain('frame 20');
	});

	test('settle gives up on a program that never stops writing', async () => {
		const term = await node(`setInterval(() => process.stdout.write('.'), 5);`);
		await term.waitForText('.');
		await expect(term.settle(200, {timeoutMs: 500})).rejects.toThrow(/did not pause for 200 ms within 500 ms/);
	});
});

describe('keys', () => {
	test('named keys reach the program as xterm byte sequences', async () => {
		const term = await node(echoKeys);
		await term.waitForText('ready');
		const cases: Array<[Parameters<PtyTerminal['press']>[0], string]> = [
			['down', '"\\u001b[B"'],
			['up', '"\\u001b[A"'],
			['pagedown', '"\\u001b[6~"'],
			['enter', '"\\r"'],
			['shift-tab', '"\\u001b[Z"'],
			['C-c', '"\\u0003"'],
			['x', '"x"'],
		];
		for (const [key, echoed] of cases) {
			const before = term.mark();
			term.press(key);
			// eslint-disable-next-line no-await-in-loop -- one key at a time, so chunks cannot merge
			await term.waitFor(() => term.output(before).includes(`got ${echoed}`), {description: `echo of ${key}`, timeoutMs: 2000});
		}

		term.press('q');
		expect(await term.waitForExit()).toEqual({exitCode: 0, signal: undefined});
	});

	test('cursor keys switch to SS3 form when the program enables application cursor mode', async () => {
		const term = await node(`process.stdout.write('\\u001b[?1h'); ${echoKeys}`);
		await term.waitForText('ready');
		term.press('up');
		await term.waitForText('got "\\u001bOA"');
	});

	test('key names map to bytes, and unknown names are refused', () => {
		expect(keyToBytes('C-a')).toBe('\u0001');
		expect(keyToBytes('C-z')).toBe('\u001A');
		expect(keyToBytes('home')).toBe('\u001B[H');
		expect(keyToBytes('end')).toBe('\u001B[F');
		expect(keyToBytes('pageup')).toBe('\u001B[5~');
		expect(keyToBytes('escape')).toBe('\u001B');
		expect(keyToBytes('tab')).toBe('\t');
		expect(keyToBytes('backspace')).toBe('\u007F');
		expect(keyToBytes('left')).toBe('\u001B[D');
		expect(keyToBytes('right', {applicationCursorKeys: true})).toBe('\u001BOC');
		expect(keyToBytes('é')).toBe('é');
		expect(() => keyToBytes('downn')).toThrow(/Unknown key "downn"/);
		expect(() => keyToBytes('\u0007')).toThrow(/Unknown key/);
	});
});

describe('terminal modes', () => {
	test('tracks cursor visibility from ?25l / ?25h, last one wins', async () => {
		const term = await node(`
			process.stdout.write('\\u001b[?25lhidden\\r\\n');
			process.stdin.setRawMode(true);
			process.stdin.once('data', () => process.stdout.write('\\u001b[?25l\\u001b[?25hshown\\r\\n'));
		`);
		expect(term.cursorVisible()).toBe(true);
		await term.waitForText('hidden');
		expect(term.cursorVisible()).toBe(false);
		expect(term.output()).toContain('\u001B[?25l');
		term.press('enter');
		await term.waitForText('shown');
		expect(term.cursorVisible()).toBe(true);
	});

	test('follows the alternate screen in and out, with the raw bytes kept', async () => {
		const term = await node(`
			process.stdout.write('main screen\\r\\n\\u001b[?1049h\\u001b[HALT SCREEN');
			process.stdin.setRawMode(true);
			process.stdin.once('data', () => { process.stdout.write('\\u001b[?1049l'); process.exit(0); });
		`);
		await term.waitForText('ALT SCREEN');
		expect(term.isAlternateScreen()).toBe(true);
		expect(term.screen()).not.toContain('main screen');
		term.press('q');
		await term.waitForExit();
		expect(term.isAlternateScreen()).toBe(false);
		expect(term.screen()).toContain('main screen');
		expect(term.screen()).not.toContain('ALT SCREEN');
		expect(term.output()).toMatch(/\u001B\[\?1049h[\s\S]*\u001B\[\?1049l/);
	});

	test('resize reaches the program as SIGWINCH with the new size', async () => {
		const term = await node(`
			const report = () => process.stdout.write('size ' + process.stdout.columns + 'x' + process.stdout.rows + '\\r\\n');
			process.stdout.on('resize', report);
			report();
			${idle}
		`);
		await term.waitForText('size 60x12');
		term.resize(80, 20);
		await term.waitForText('size 80x20');
		expect([term.cols, term.rows]).toEqual([80, 20]);
		expect(term.screen().split('\n')).toHaveLength(20);
	});
});

describe('process', () => {
	test('reports the exit code', async () => {
		const term = await node('process.exit(3)');
		expect(await term.waitForExit()).toEqual({exitCode: 3, signal: undefined});
	});

	test('kill delivers a signal and reports it by name', async () => {
		const term = await node(`process.stdout.write('up'); ${idle}`);
		await term.waitForText('up');
		term.kill('SIGTERM');
		const status = await term.waitForExit();
		expect(status.signal).toBe('SIGTERM');
	});

	test('waitForExit times out with the screen when the program keeps running', async () => {
		const term = await node(`process.stdout.write('still here'); ${idle}`);
		await term.waitForText('still here');
		await expect(term.waitForExit(150)).rejects.toThrow(/still running after 150 ms[\s\S]*still here/);
	});

	test('dispose kills a running program', async () => {
		const term = await node(`process.stdout.write('alive'); ${idle}`);
		await term.waitForText('alive');
		expect(isRunning(term.pid)).toBe(true);
		await term.dispose();
		expect(isRunning(term.pid)).toBe(false);
	});

	test("input still on its way when a terminal is disposed reaches that terminal, never the next one's program", async () => {
		const first = await node(echoKeys);
		await first.waitForText('ready');
		// node-pty writes input on libuv's thread pool: keep its four threads busy, so that the write below is still
		// queued when dispose kills the program and the pty closes, freeing its descriptor number for the next pty.
		const busy = Array.from({length: 4}, async () => new Promise(resolve => {
			pbkdf2('sitrep', 'salt', 200_000, 64, 'sha512', resolve);
		}));
		first.write('exit\r');
		await first.dispose();
		const second = await node(echoKeys);
		await second.waitForText('ready');
		await Promise.all(busy);
		// Time for a stray write to arrive and be echoed.
		await new Promise(resolve => setTimeout(resolve, 300));
		expect(second.screen()).not.toContain('got');
		second.press('q');
		expect((await second.waitForExit()).exitCode).toBe(0);
	});

	test('the child gets a clean interactive environment, with caller overrides applied', async () => {
		const saved = {CI: process.env['CI'], COLUMNS: process.env['COLUMNS']};
		process.env['CI'] = 'true';
		process.env['COLUMNS'] = '33';
		try {
			const term = await node(
				`const e = process.env; process.stdout.write(JSON.stringify({ci: e.CI ?? null, term: e.TERM, lang: e.LANG, columns: e.COLUMNS ?? null, extra: e.EXTRA, home: e.HOME ?? null, tty: process.stdout.isTTY}) + '\\r\\n');`,
				{env: {EXTRA: 'yes', HOME: undefined}},
			);
			await term.waitForExit();
			const reported: unknown = JSON.parse(term.output().trim());
			expect(reported).toEqual({ci: null, term: 'xterm-256color', lang: 'C.UTF-8', columns: null, extra: 'yes', home: null, tty: true});
		} finally {
			for (const [name, value] of Object.entries(saved)) {
				if (value === undefined) {
					delete process.env[name];
				} else {
					process.env[name] = value;
				}
			}
		}
	});

	test('buildChildEnv strips CI and colour markers', () => {
		const env = buildChildEnv({NO_COLOR: '1'}, {CI: '1', GITHUB_ACTIONS: 'true', FORCE_COLOR: '3', LC_ALL: 'C', PATH: '/bin', TERM: 'dumb'});
		expect(env).toEqual({PATH: '/bin', TERM: 'xterm-256color', LANG: 'C.UTF-8', XDG_CONFIG_HOME: '/nonexistent/sitrep-test-config', NO_COLOR: '1'});
	});
});

describe('shell-wrapped stty check', () => {
	test('a program that enters and leaves raw mode leaves stty as it found it', async () => {
		const term = await start({
			shellWrap: true,
			args: ['-e', `process.stdin.setRawMode(true); process.stdout.write('raw'); process.stdin.once('data', () => { process.stdin.setRawMode(false); process.exit(0); });`],
		});
		await term.waitForText('raw');
		term.press('q');
		const result = await term.waitForShellExit();
		expect(result.exitCode).toBe(0);
		expect(result.sttyBefore).toMatch(/^[\da-f]+(:[\da-f]+)+$/);
		expect(result.sttyAfter).toBe(result.sttyBefore);
	});

	test('a program that leaves the terminal raw is caught, and its exit code comes through', async () => {
		const term = await start({shellWrap: true, file: '/bin/sh', args: ['-c', 'stty raw -echo; exit 4']});
		const result = await term.waitForShellExit();
		expect(result.exitCode).toBe(4);
		expect(result.sttyAfter).not.toBe(result.sttyBefore);
		expect(result.shell).toEqual({exitCode: 0, signal: undefined});
	});

	test('Ctrl-C without raw mode ends only the program; the shell still reports', async () => {
		const term = await start({shellWrap: true, args: ['-e', `process.stdout.write('waiting'); ${idle}`]});
		await term.waitForText('waiting');
		term.press('C-c');
		const result = await term.waitForShellExit();
		expect(result.exitCode).toBe(130);
		expect(result.sttyAfter).toBe(result.sttyBefore);
	});

	test('waitForShellExit refuses an unwrapped terminal', async () => {
		const term = await node('process.exit(0)');
		await expect(term.waitForShellExit()).rejects.toThrow(/shellWrap: true/);
	});
});
