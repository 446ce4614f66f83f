/**
 * Bundles bench/minimal-ink.tsx exactly as sitrep is bundled, by running the project's own esbuild.mjs (so its
 * options cannot drift apart from the benchmark's copy) in a temporary folder: esbuild.mjs builds
 * `source/cli.tsx` into `dist/app.cjs` relative to its working directory, with the launcher `dist/sitrep.js` and the
 * app's code cache beside it, and there `source/cli.tsx` only imports the minimal app by absolute path, so packages
 * still resolve from the project's node_modules. The minimal app so starts from a code cache too.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

export function buildMinimalInk(root: string): string {
	const directory = join(tmpdir(), 'sitrep-bench', 'minimal-ink');
	rmSync(directory, {recursive: true, force: true});
	mkdirSync(join(directory, 'source'), {recursive: true});
	writeFileSync(join(directory, 'source', 'cli.tsx'), `import ${JSON.stringify(join(root, 'bench', 'minimal-ink.tsx'))};\n`);
	const result = spawnSync(process.execPath, [join(root, 'esbuild.mjs')], {cwd: directory, stdio: 'inherit'});
	const outfile = join(directory, 'dist', 'sitrep.js');
	const app = join(directory, 'dist', 'app.cjs');
	if (result.status !== 0 || !existsSync(outfile) || !existsSync(app) || !readFileSync(app, 'utf8').includes('"ready"')) {
		throw new Error(`bench: building the minimal Ink app with esbuild.mjs in ${directory} failed (does esbuild.mjs still write relative to its working directory?)`);
	}

	return outfile;
}
