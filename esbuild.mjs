// Builds the one-file production bundle that `bin` and `npm start` run. Bundling with production React and
// without Ink's development-only modules roughly triples start-up speed over running the sources through a loader.
import {build} from 'esbuild';
import {chmod} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const outfile = 'dist/sitrep.js';

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

await build({
	entryPoints: ['source/cli.tsx'],
	outfile,
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	minify: true,
	sourcemap: 'linked',
	legalComments: 'none',
	define: {'process.env.NODE_ENV': '"production"'},
	jsx: 'automatic',
	plugins: [stubModules, fastStringWidth, englishOnlyZod],
	// CommonJS dependencies inside an ESM bundle still call require() for Node built-ins.
	banner: {
		js: "#!/usr/bin/env node\nimport {createRequire as __sitrepCreateRequire} from 'node:module';\nconst require = __sitrepCreateRequire(import.meta.url);",
	},
	logLevel: 'warning',
});
await chmod(outfile, 0o755);
