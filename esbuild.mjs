// Builds what `bin` and `npm start` run: dist/app.cjs, the whole program in one production bundle, and
// dist/sitrep.js, the launcher that runs it from V8's code cache (see source/launch/launch.ts), then records that
// cache. Bundling with production React and without Ink's development-only modules roughly triples start-up speed
// over running the sources through a loader; the code cache takes about a fifth off what is left.
import {build} from 'esbuild';
import {createHash} from 'node:crypto';
import {chmod, readFile, rm} from 'node:fs/promises';
import {createRequire, isBuiltin} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {recordCodeCache} from './scripts/code-cache.mjs';
import {esmFacade, withProductionEnvironment} from './scripts/esm-facade.mjs';

const require = createRequire(import.meta.url);
const appFile = 'dist/app.cjs';
const launcherFile = 'dist/sitrep.js';

/**
 * Modules replaced in the bundle:
 * - react-devtools-core and ws are only imported by Ink's devtools, which it loads when DEV is set; never ship them.
 * - is-in-ci: in CI mode Ink draws nothing until exit. sitrep only starts Ink when stdin and stdout are both
 *   terminals, so a CI variable inherited into a real terminal (a shell opened from a CI job, a container) must not
 *   blank the dashboard.
 */
const STUBS = {
	'react-devtools-core': 'export default {initialize() {}, connectToDevTools() {}};',
	'is-in-ci': 'export default false;',
	ws: 'export default class WebSocket {}',
};
const stubModules = {
	name: 'stub-modules',
	setup(builder) {
		builder.onResolve({filter: /^(react-devtools-core|is-in-ci|ws)$/}, args => ({path: args.path, namespace: 'stub'}));
		builder.onLoad({filter: /.*/, namespace: 'stub'}, args => ({contents: STUBS[args.path], loader: 'js'}));
	},
};

/**
 * Every string-width in the bundle (Ink's, ink-table's, ours) goes through source/text/fast-string-width.ts,
 * which answers the common cases without string-width's Unicode machinery; the wrapper itself gets the real one.
 */
const fastStringWidth = {
	name: 'fast-string-width',
	setup(builder) {
		const wrapper = fileURLToPath(new URL('source/text/fast-string-width.ts', import.meta.url));
		builder.onResolve({filter: /^string-width$/}, args => (args.importer === wrapper ? undefined : {path: wrapper}));
	},
};

/**
 * zod's error messages in some fifty languages, of which sitrep uses none (its messages are its own, in English):
 * about 280 KB, a quarter of the bundle, that every start would parse. Only English, zod's default, is kept.
 */
const englishOnlyZod = {
	name: 'english-only-zod',
	setup(builder) {
		builder.onResolve({filter: /\/locales\/index\.js$/}, args =>
			/[\\/]zod[\\/]/.test(args.importer) ? {path: path.join(path.dirname(args.importer), args.path), namespace: 'zod-locales'} : undefined,
		);
		builder.onLoad({filter: /.*/, namespace: 'zod-locales'}, args => ({
			contents: "export {default as en} from './en.js';",
			resolveDir: path.dirname(args.path),
			loader: 'js',
		}));
	},
};

/**
 * The app is compiled by the launcher as a script, where `import` statements, `import.meta` and top-level await do
 * not exist. So Node's built-in modules come from the launcher's `require`, `import.meta` is the launcher's, and
 * the bundle is the body of an async function (banner and footer), which the launcher calls with both. The
 * function is the script's value; loaded as a CommonJS module instead (how the launcher runs it under
 * `--enable-source-maps`, which Node 20 does not apply to vm scripts), it is the module's `app` export.
 */
const builtinsByRequire = {
	name: 'builtins-by-require',
	setup(builder) {
		builder.onResolve({filter: /^[\w:/]+$/}, args => {
			if (!isBuiltin(args.path)) return undefined;
			// The module below requires the built-in; that call is left to the launcher's require.
			if (args.kind === 'require-call') return {path: args.path, external: true};
			return {path: args.path, namespace: 'builtin'};
		});
		builder.onLoad({filter: /.*/, namespace: 'builtin'}, args => ({contents: esmFacade(args.path, require(args.path)), loader: 'js'}));
	},
};

/**
 * signal-exit 3 (Ink and restore-cursor each bring a copy) requires Node's assert module for one check, that the
 * callback it is given is a function; loading assert took 1.5-2.2 ms of every start. The copies get that check alone,
 * with assert.equal's loose comparison and its message.
 */
const signalExitCheck = {
	name: 'signal-exit-check',
	setup(builder) {
		builder.onResolve({filter: /^assert$/}, args =>
			/[\\/]signal-exit[\\/]/.test(args.importer) ? {path: 'assert', namespace: 'signal-exit-check'} : undefined,
		);
		builder.onLoad({filter: /.*/, namespace: 'signal-exit-check'}, () => ({
			contents: 'module.exports = {equal(actual, expected, message) { if (actual != expected) throw new Error(message); }};',
			loader: 'js',
		}));
	},
};

/**
 * CommonJS packages that many of sitrep's modules import: each importing module would otherwise get a copy of the
 * package's exports of its own. Imported through one ES module each instead (see esmFacade).
 */
const SHARED_COMMONJS = ['react', 'react/jsx-runtime'];
const sharedCommonJs = {
	name: 'shared-commonjs',
	setup(builder) {
		const filter = new RegExp(`^(${SHARED_COMMONJS.map(name => name.replace('/', '\\/')).join('|')})$`);
		// One facade per package, resolved from where the first importer is (bench/build-minimal.ts builds elsewhere).
		builder.onResolve({filter}, args =>
			args.kind === 'import-statement' ? {path: args.path, namespace: 'shared-commonjs', pluginData: {resolveDir: args.resolveDir}} : undefined,
		);
		builder.onLoad({filter: /.*/, namespace: 'shared-commonjs'}, args => {
			const {resolveDir} = args.pluginData;
			const load = () => createRequire(path.join(resolveDir, 'importer.js'))(args.path);
			return {contents: esmFacade(args.path, withProductionEnvironment(load)), resolveDir, loader: 'js'};
		});
	},
};

const shared = {
	bundle: true,
	platform: 'node',
	target: 'node20',
	minify: true,
	legalComments: 'none',
	logLevel: 'warning',
};

await rm('dist', {recursive: true, force: true});
await build({
	...shared,
	entryPoints: ['source/cli.tsx'],
	outfile: appFile,
	format: 'esm',
	sourcemap: 'linked',
	define: {'process.env.NODE_ENV': '"production"', 'import.meta': '__sitrepImportMeta'},
	jsx: 'automatic',
	plugins: [signalExitCheck, builtinsByRequire, sharedCommonJs, stubModules, fastStringWidth, englishOnlyZod],
	banner: {js: '(typeof exports == "object" ? exports : {}).app = async function (require, __sitrepImportMeta) {"use strict";'},
	footer: {js: '};'},
});

const app = await readFile(appFile);
// Pure ASCII, so that V8 holds the app's source (which it keeps for as long as the program runs) at one byte a
// character rather than two, and the launcher reads it without decoding UTF-8. esbuild escapes non-ASCII text in
// strings but leaves it in regular expressions; write those with \\u escapes.
const nonAscii = /[^\x00-\x7f]/.exec(app.toString('latin1'));
if (nonAscii) {
	const around = app.toString('utf8', Math.max(0, nonAscii.index - 60), nonAscii.index + 20);
	throw new Error(`esbuild.mjs: ${appFile} has a non-ASCII character at byte ${nonAscii.index}, in: ${around}`);
}
const digest = createHash('sha256').update(app).digest('hex').slice(0, 16);
const cacheName = `app-${digest}.cache`;
await build({
	...shared,
	// By absolute path: bench/build-minimal.ts runs this file in another folder, with only source/cli.tsx of its own.
	entryPoints: [fileURLToPath(new URL('source/launch/launch.ts', import.meta.url))],
	outfile: launcherFile,
	format: 'esm',
	define: {SITREP_CODE_CACHE_FILE: JSON.stringify(cacheName)},
	banner: {js: '#!/usr/bin/env node'},
});
await chmod(launcherFile, 0o755);

const noCache = await recordCodeCache({program: launcherFile, cacheFile: path.join('dist', cacheName)});
if (noCache) process.stderr.write(`esbuild.mjs: built without a code cache, so each start compiles the app: ${noCache}\n`);
