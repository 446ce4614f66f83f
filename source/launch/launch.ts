/*
 * The program's entry, built into dist/sitrep.js. It runs the app (source/cli.tsx, built into dist/app.cjs) from V8's
 * code cache, so that a start neither parses the 700 KB app nor compiles the functions the first frame and the
 * common keys run: the cache holds their bytecode, recorded at build time by scripts/code-cache.mjs while it drove
 * the real program through a session in a pty. Measured on the seed briefing, the first frame came about 50 ms
 * sooner (266 -> 214 ms, alternating runs) and 44 ms sooner on the large one. Node 20 has no compile cache of its
 * own for modules (module.enableCompileCache came in Node 22), which is why the app is a script, compiled here.
 *
 * V8 checks that a cache fits before it uses any of it: the V8 version, the flags and the source's length. The
 * build names the cache after a digest of app.cjs as well, because the length alone would not tell two builds
 * apart. When V8 refuses the cache (another Node), it compiles the app as if there were none: slower, not wrong.
 */
import './v8-flags.js';
import {capYoungGeneration, letYoungGenerationGrow} from './young-generation.js';
import {readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';
import vm from 'node:vm';

/** The cache's file name for this build of app.cjs, set by esbuild.mjs. */
declare const SITREP_CODE_CACHE_FILE: string;

type App = (require: NodeJS.Require, importMeta: ImportMeta) => Promise<void>;

const appFile = fileURLToPath(new URL('app.cjs', import.meta.url));
const cacheFile = fileURLToPath(new URL(SITREP_CODE_CACHE_FILE, import.meta.url));
// Set only by scripts/code-cache.mjs: record the cache when this session ends, instead of reading one.
const recordTo = process.env['SITREP_RECORD_CODE_CACHE'];

function readCache(): Buffer | undefined {
	try {
		return readFileSync(cacheFile);
	} catch {
		return undefined;
	}
}

/** For --debug: a slow start is the first thing a refused or missing cache shows, and nothing else tells them apart. */
function describeCache(compiled: vm.Script): string {
	if (compiled.cachedDataRejected === undefined) return `missing (${cacheFile}): the app was compiled`;
	return compiled.cachedDataRejected ? 'refused by this Node: the app was compiled' : 'used';
}

function compileApp(): App {
	// The build makes sure the app is pure ASCII, which latin1 reads as it stands, without decoding.
	const script = new vm.Script(readFileSync(appFile, 'latin1'), {
		filename: appFile,
		cachedData: recordTo ? undefined : readCache(),
		importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
	});
	if (recordTo) {
		process.once('exit', () => {
			// The cache carries V8's flags as they are when it is made; they must be those it is read with, at launch.
			capYoungGeneration();
			writeFileSync(recordTo, script.createCachedData());
		});
	}
	else if (process.argv.includes('--debug')) process.stderr.write(`sitrep: code cache ${describeCache(script)}\n`);
	return script.runInThisContext() as App;
}

const require = createRequire(import.meta.url);
// Node 20 maps stack traces through source maps for modules only, so a debugging run loads the app as one.
const app = process.sourceMapsEnabled ? (require(appFile) as {app: App}).app : compileApp();
// Only now: the young generation's growth is one of the flags V8 compares before it accepts the code cache.
letYoungGenerationGrow();
await app(require, import.meta);
