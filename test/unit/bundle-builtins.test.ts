/*
 * Node's built-in modules that the bundle must not load at start, for what little it would use of them
 * (esbuild.mjs says why for each).
 */
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {beforeAll, expect, it} from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const app = join(root, 'dist', 'app.cjs');

beforeAll(() => {
	// `npm test` builds first; this only covers running vitest on its own in a fresh checkout.
	if (!existsSync(app)) spawnSync(process.execPath, ['esbuild.mjs'], {cwd: root, stdio: 'inherit'});
}, 60_000);

it('requires no assert module: signal-exit gets its one check built in, with its message', () => {
	const bundle = readFileSync(app, 'latin1');
	expect(bundle).not.toMatch(/require\(["'](?:node:)?assert["']\)/);
	// Both copies of signal-exit still check their callback, through the check the build gives them.
	expect(bundle.match(/\.equal\(typeof \w+,"function","a callback must be provided for exit handler"\)/g)).toHaveLength(2);
	expect(bundle).toMatch(/equal\((\w+),(\w+),(\w+)\)\{if\(\1!=\2\)throw new Error\(\3\)\}/);
});
