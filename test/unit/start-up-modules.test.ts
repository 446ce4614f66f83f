/*
 * Modules that sitrep's dependencies used to load at every start without needing them, each kept out by a patch in
 * patches/ (see README). child_process, with net and dgram behind it, is loaded once a command is run.
 */
import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Imports `specifier` in a fresh Node, runs `then` there, and says which of Node's modules were loaded. */
function builtinsLoadedBy(specifier: string, then = ''): {loaded: string[]; output: string} {
	const script = `const m = await import(${JSON.stringify(specifier)}); ${then}; console.log(JSON.stringify(process.moduleLoadList));`;
	const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {cwd: root, encoding: 'utf8'});
	expect(result.stderr).toBe('');
	const lines = result.stdout.trim().split('\n');
	return {loaded: JSON.parse(lines.at(-1)!) as string[], output: lines.slice(0, -1).join('\n')};
}

describe('modules kept off the start-up path', () => {
	it('terminal-size (Ink asks it for the size) loads child_process only when it must run a command', () => {
		expect(builtinsLoadedBy('terminal-size').loaded).not.toContain('NativeModule child_process');
		// Still a size without a terminal on stdout: from /dev/tty, or from tput, run through child_process.
		const {output} = builtinsLoadedBy('terminal-size', 'console.log(JSON.stringify(m.default()))');
		expect(JSON.parse(output)).toEqual({columns: expect.any(Number), rows: expect.any(Number)});
	});

	it('ink-table loads no crypto (it hashed every row with object-hash, which loads it)', () => {
		const {loaded} = builtinsLoadedBy('ink-table');
		expect(loaded).toContain('NativeModule tty');
		expect(loaded).not.toContain('NativeModule crypto');
	});

	it('meow loads no child_process', () => {
		expect(builtinsLoadedBy('meow').loaded).not.toContain('NativeModule child_process');
	});
});
