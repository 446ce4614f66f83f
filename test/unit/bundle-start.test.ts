/*
 * Work the bundle must not do at every start for what little it gains: loading a Node module for one check
 * (esbuild.mjs says why), decoding Yoga's WebAssembly the slow way (patches/yoga-layout+3.2.1.patch).
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

it("decodes Yoga's WebAssembly with Buffer, not with atob and a loop over its characters", () => {
	const bundle = readFileSync(app, 'latin1');
	// patches/yoga-layout+3.2.1.patch: 2.6 ms of every start became 0.2 ms (the same bytes).
	expect(bundle).toMatch(/new Uint8Array\(Buffer\.from\(\w+\.slice\(37\),"base64"\)\)/);
});
