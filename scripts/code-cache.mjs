// Records V8's code cache for a built app (see source/launch/launch.ts): runs the real program in a pty on its
// bundled briefing, goes through the keys a reader uses most, and lets the launcher write the bytecode of every
// function that ran when the session ends. Those functions then start compiled, which takes about 50 ms off the
// first frame and the cold-code cost off each key's first press.
import {existsSync, mkdtempSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';

/**
 * The session: moves and pages in each pane, the Source pane, a detail and its neighbours, the source of a claim,
 * the help, a search, the filter menu and the sort. Keys that reach outside (o opens a browser, y the clipboard)
 * are left out. Keys a minimal app does not know are ignored by it.
 */
const SESSION = ['j', 'j', 'k', ' ', 'b', 'G', 'g', '\t', 'j', '\t', 'j', '\t', 'j', '\t', '2', 'j', '\r', 'l', 'h', '\x1b', '3', 'j', '\r', 's', 'l', '\x1b', '\x1b', 's', '\x1b', '?', 'j', '\x1b', '/', 'I', 'r', 'a', 'n', '\r', 'n', 'N', '\x1b', 'f', 'j', ' ', '\x1b', '>', 'I', '<', '\x1b', '1'];

const QUIET_MS = 60;
const KEY_TIMEOUT_MS = 3000;
const SESSION_TIMEOUT_MS = 60_000;

/**
 * Runs `program` (the path of a built dist/sitrep.js) through the session and has it write its code cache to `cacheFile`.
 * Returns a reason when there is no cache (no node-pty on this machine, the program failed); the build goes on
 * without one, and the launcher then compiles the app at every start.
 */
export async function recordCodeCache({program, cacheFile: cachePath}) {
	const cacheFile = resolve(cachePath);
	let pty;
	try {
		pty = (await import('node-pty')).default;
	} catch (error) {
		return `node-pty is not available (${error.message})`;
	}

	rmSync(cacheFile, {force: true});
	// An empty home, so that the reader's own config file plays no part in what is recorded.
	const home = mkdtempSync(join(tmpdir(), 'sitrep-code-cache-'));
	const env = {...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), TERM: 'xterm-256color', LANG: 'C.UTF-8', SITREP_RECORD_CODE_CACHE: cacheFile};
	delete env.CI;
	delete env.NO_COLOR;
	try {
		const child = pty.spawn(process.execPath, [resolve(program)], {name: 'xterm-256color', cols: 100, rows: 30, cwd: home, env});
		const exited = new Promise(done => child.onExit(done));
		let lastOutput = 0;
		let output = 0;
		child.onData(data => {
			output += data.length;
			lastOutput = performance.now();
		});
		const settled = async () => {
			const began = performance.now();
			while (performance.now() - began < KEY_TIMEOUT_MS) {
				await new Promise(done => setTimeout(done, 10));
				if (output > 0 && performance.now() - lastOutput >= QUIET_MS) return;
			}
		};

		const session = (async () => {
			await settled();
			for (const key of SESSION) {
				child.write(key);
				await settled();
			}
			child.write('q');
			return exited;
		})();
		let timer;
		const timeout = new Promise(done => {
			timer = setTimeout(done, SESSION_TIMEOUT_MS, 'timeout');
		});
		const outcome = await Promise.race([session, timeout]);
		clearTimeout(timer);
		if (outcome === 'timeout') {
			child.kill();
			return `the session did not end within ${SESSION_TIMEOUT_MS / 1000} s`;
		}
		if (outcome.exitCode !== 0) return `the program exited with ${outcome.exitCode}`;
		if (!existsSync(cacheFile) || statSync(cacheFile).size === 0) return 'the program wrote no cache';
		return undefined;
	} finally {
		rmSync(home, {recursive: true, force: true});
	}
}
