/*
 * The built program starts from V8's code cache (source/launch/launch.ts, recorded by scripts/code-cache.mjs).
 * What must hold: the cache the build ships is the one for this app.cjs and this Node accepts it; a cache that does
 * not fit, or none, costs speed and nothing else; and a debugging run still maps its stack into the sources.
 */
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const copies: string[] = [];

beforeAll(() => {
	// `npm test` builds first; this only covers running vitest on its own in a fresh checkout.
	if (!existsSync(join(dist, 'sitrep.js'))) spawnSync(process.execPath, ['esbuild.mjs'], {cwd: root, stdio: 'inherit'});
}, 60_000);

afterAll(() => {
	for (const copy of copies) rmSync(copy, {recursive: true, force: true});
});

function run(program: string, ...args: string[]) {
	const {NO_COLOR: _, ...env} = process.env;
	const result = spawnSync(process.execPath, [program, ...args], {env, encoding: 'utf8'});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

function cacheFiles(directory: string): string[] {
	return readdirSync(directory).filter(name => name.endsWith('.cache'));
}

/** The package as built, in a folder of its own, so its cache can be spoiled without touching the real one. */
function copyOfPackage(): {program: string; dist: string} {
	const copy = mkdtempSync(join(tmpdir(), 'sitrep-code-cache-test-'));
	copies.push(copy);
	cpSync(dist, join(copy, 'dist'), {recursive: true});
	for (const name of ['package.json', 'data']) symlinkSync(join(root, name), join(copy, name));
	return {program: join(copy, 'dist', 'sitrep.js'), dist: join(copy, 'dist')};
}

describe('the code cache', () => {
	it('ships one cache, named after the digest of the app it was recorded from', () => {
		const digest = createHash('sha256').update(readFileSync(join(dist, 'app.cjs'))).digest('hex').slice(0, 16);
		expect(cacheFiles(dist)).toEqual([`app-${digest}.cache`]);
		// The launcher reads exactly that file, so a cache of another build is never read.
		expect(readFileSync(join(dist, 'sitrep.js'), 'utf8')).toContain(`app-${digest}.cache`);
	});

	it('is used by this Node', () => {
		const result = run(join(dist, 'sitrep.js'), '--version', '--debug');
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('sitrep: code cache used\n');
	});

	it('costs nothing but speed when it does not fit: the same briefing, compiled instead', () => {
		const expected = run(join(dist, 'sitrep.js'), '--format', 'text');
		expect(expected.code).toBe(0);
		const {program, dist: copied} = copyOfPackage();
		const [cache] = cacheFiles(copied);
		// Bytes that are no code cache at all: V8 refuses them before it reads any code.
		writeFileSync(join(copied, cache!), Buffer.alloc(4096, 7));
		expect(run(program, '--version', '--debug').stderr).toBe('sitrep: code cache refused by this Node: the app was compiled\n');
		expect(run(program, '--format', 'text')).toEqual(expected);
	});

	it('costs nothing but speed when it is missing', () => {
		const expected = run(join(dist, 'sitrep.js'), '--format', 'text');
		const {program, dist: copied} = copyOfPackage();
		for (const cache of cacheFiles(copied)) rmSync(join(copied, cache));
		expect(run(program, '--version', '--debug').stderr).toMatch(/^sitrep: code cache missing \(.*\.cache\): the app was compiled\n$/);
		expect(run(program, '--format', 'text')).toEqual(expected);
	});

	it('is recorded with the flags it is read with, also from a run that never drew a frame', () => {
		// The launcher lets V8's young generation grow after the compile, and only the dashboard's first frame caps it
		// again; a cache made while it could still grow would carry other flags, and V8 would refuse it at every start.
		const {program, dist: copied} = copyOfPackage();
		const [cache] = cacheFiles(copied);
		const {NO_COLOR: _, ...env} = process.env;
		const recorded = spawnSync(process.execPath, [program, '--format', 'text'], {env: {...env, SITREP_RECORD_CODE_CACHE: join(copied, cache!)}, encoding: 'utf8'});
		expect(recorded.status).toBe(0);
		expect(run(program, '--version', '--debug').stderr).toBe('sitrep: code cache used\n');
	});

	it('gives way to the sources under --enable-source-maps, so a stack names source files', () => {
		const result = spawnSync(process.execPath, ['--enable-source-maps', join(dist, 'sitrep.js'), '--debug', join(tmpdir(), 'no-such-briefing.json')], {encoding: 'utf8'});
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(/^\s+at .*source\/briefing\/load\.ts:\d+:\d+/m);
	});
});
