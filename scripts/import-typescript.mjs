// Node 20 cannot import TypeScript directly, so maintenance scripts bundle the module they need with esbuild
// (already a dependency for the build) into a temporary file and import that.
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';

/** Imports a TypeScript module of the project by path and returns its exports. */
export async function importTypeScript(entry) {
	const directory = await mkdtemp(join(tmpdir(), 'sitrep-script-'));
	try {
		const bundle = join(directory, 'module.mjs');
		await build({entryPoints: [entry], outfile: bundle, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning'});
		return await import(pathToFileURL(bundle).href);
	} finally {
		await rm(directory, {recursive: true, force: true});
	}
}
