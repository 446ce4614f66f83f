/*
 * Keys whose effect comes from a follow-up commit are drawn in the key's own frame: s commits a request and the
 * layout effect that carries it out commits the source view (source/ui/useRowRequests.ts); y's notice likewise.
 * With a passive effect, or without Ink drawing at the end of the turn (patches/ink+6.8.0.patch), the follow-up
 * waited out Ink's frame throttle: 17 ms a key at sitrep's 60 frames a second. The dashboard runs here under Ink
 * as sitrep runs it, in a Node of its own without the CI variables (Ink would draw nothing), with the throttle at
 * one frame a second, so that waiting it out and not waiting cannot be mistaken for each other.
 */
import {spawnSync} from 'node:child_process';
import {mkdirSync, rmSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {afterAll, expect, it} from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Beside the project's packages, which the bundle imports (Ink as patched), not in the temporary folder.
const outdir = path.join(root, 'node_modules', '.cache', `sitrep-follow-up-${process.pid}`);
afterAll(() => rmSync(outdir, {recursive: true, force: true}));

it('draws the source view that s opens and the notice that y shows without waiting for the frame throttle', async () => {
	mkdirSync(outdir, {recursive: true});
	const outfile = path.join(outdir, 'follow-up-app.mjs');
	await build({entryPoints: [path.join(root, 'test', 'support', 'follow-up-app.tsx')], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning'});
	const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'CI' && name !== 'CONTINUOUS_INTEGRATION'));
	const briefing = path.join(root, 'data', 'briefings', 'russia-iran-defense-partnership.json');
	const result = spawnSync(process.execPath, [outfile, briefing], {cwd: root, env, encoding: 'utf8', timeout: 20_000});
	expect(result.status, result.stderr).toBe(0);
	const times = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as Record<'focus' | 'source' | 'back' | 'copy', number>;
	// Each drawn, and each well inside the second the throttle would have held it back.
	for (const [key, ms] of Object.entries(times)) {
		expect(ms, key).toBeGreaterThanOrEqual(0);
		expect(ms, key).toBeLessThan(500);
	}
});
