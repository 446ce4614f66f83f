#!/usr/bin/env node
// `npm run bench [-- --quick]`: builds the production bundle the way `npm run build` does, bundles the benchmark
// (TypeScript, it imports the e2e pty harness) with esbuild into node_modules/.cache, and runs it. Benchmarks are
// not tests: this exits 0 whether or not the targets are met, and non-zero only if the benchmark itself breaks.
import {spawnSync} from 'node:child_process';
import {mkdirSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = join(root, 'node_modules', '.cache', 'sitrep-bench');
const argv = process.argv.slice(2);

if (!argv.includes('--no-build')) {
	const built = spawnSync(process.execPath, ['esbuild.mjs'], {cwd: root, stdio: 'inherit'});
	if (built.status !== 0) {
		console.error('bench: `node esbuild.mjs` failed');
		process.exit(1);
	}
}

mkdirSync(cacheDir, {recursive: true});
const outfile = join(cacheDir, 'bench.mjs');
await build({
	entryPoints: [join(root, 'bench', 'bench.ts')],
	outfile,
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	// node-pty, @xterm/headless and esbuild stay imports, resolved from the project's node_modules.
	packages: 'external',
	logLevel: 'warning',
});

const bench = await import(pathToFileURL(outfile).href);
await bench.main({root, cacheDir, argv, command: ['npm run bench', ...(argv.length > 0 ? ['--', ...argv] : [])].join(' ')});
