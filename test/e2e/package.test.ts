import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ensureBuilt, repoRoot} from './support.js';

/**
 * The package as a user gets it: `npm pack`, then an install with no network. Everything sitrep needs at run time
 * is in its bundle, so the tarball has no dependencies to fetch.
 */
let directory: string;
let sitrep: string;

const npm = (args: string[], cwd: string): string =>
	execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {cwd, encoding: 'utf8', env: {...process.env, npm_config_yes: 'true'}});

beforeAll(() => {
	ensureBuilt();
	directory = mkdtempSync(join(tmpdir(), 'sitrep-pack-'));
	// The bundle is already built by `npm test`; packing runs no scripts so it ships exactly that bundle.
	npm(['pack', '--ignore-scripts', '--pack-destination', directory], repoRoot);
	const tarball = readdirSync(directory).find(name => name.endsWith('.tgz'))!;
	const prefix = join(directory, 'prefix');
	npm(['install', '--global', '--offline', '--ignore-scripts', '--prefix', prefix, join(directory, tarball)], directory);
	sitrep = join(prefix, 'bin', 'sitrep');
}, 120_000);

afterAll(() => {
	rmSync(directory, {recursive: true, force: true});
});

describe('the packed package, installed offline', () => {
	it('runs sitrep --version', () => {
		const result = spawnSync(sitrep, ['--version'], {encoding: 'utf8'});
		expect(result.stderr).toBe('');
		expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
	});

	it('prints the bundled briefing with sitrep --format text', () => {
		const result = spawnSync(sitrep, ['--format', 'text'], {encoding: 'utf8'});
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Russia and Iran developing ‘full-fledged defense partnership,’ White House says');
		expect(result.stdout).toContain('several hundred UAVs to Russia');
	});

	it('starts from the code cache it ships', () => {
		const result = spawnSync(sitrep, ['--version', '--debug'], {encoding: 'utf8'});
		expect(result.status).toBe(0);
		expect(result.stderr).toBe('sitrep: code cache used\n');
	});

	it('installed no dependencies: the bundle is all it needs', () => {
		const installed = readdirSync(join(directory, 'prefix', 'lib', 'node_modules', 'sitrep'));
		expect(installed).not.toContain('node_modules');
		expect(installed).toEqual(expect.arrayContaining(['dist', 'data', 'schema', 'package.json', 'README.md']));
	});
});
