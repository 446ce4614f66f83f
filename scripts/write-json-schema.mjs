// Regenerates schema/briefing.schema.json from the zod schema. Node 20 cannot import TypeScript directly, so the
// generator module is bundled with esbuild (already a dependency for the build) into a temporary file first.
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';

const output = 'schema/briefing.schema.json';
const directory = await mkdtemp(join(tmpdir(), 'sitrep-schema-'));
try {
	const bundle = join(directory, 'json-schema.mjs');
	await build({
		entryPoints: ['source/briefing/json-schema.ts'],
		outfile: bundle,
		bundle: true,
		platform: 'node',
		format: 'esm',
		logLevel: 'warning',
	});
	const {serializeBriefingJsonSchema} = await import(pathToFileURL(bundle).href);
	await writeFile(output, serializeBriefingJsonSchema());
	console.log(`wrote ${output}`);
} finally {
	await rm(directory, {recursive: true, force: true});
}
