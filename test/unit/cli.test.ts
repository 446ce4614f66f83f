import {spawn, spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import stringWidth from 'string-width';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {bundledBriefingPath} from '../../source/briefing/bundled.js';
import {loadBriefing} from '../../source/briefing/load.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const program = join(root, 'dist/sitrep.js');
const fixture = join(root, 'test/fixtures/briefing.json');
const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string};

let scratch: string;

beforeAll(async () => {
	// `npm test` builds first; this only covers running vitest on its own in a fresh checkout.
	if (!existsSync(program)) spawnSync(process.execPath, ['esbuild.mjs'], {cwd: root, stdio: 'inherit'});
	scratch = await mkdtemp(join(tmpdir(), 'sitrep-cli-'));
}, 60_000);

afterAll(async () => {
	await rm(scratch, {recursive: true, force: true});
});

function run(...args: string[]) {
	const {NO_COLOR: _, ...env} = process.env;
	const result = spawnSync(process.execPath, [program, ...args], {cwd: scratch, env, encoding: 'utf8'});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

function expectOneLineError(result: ReturnType<typeof run>) {
	expect(result.code).toBe(2);
	expect(result.stdout).toBe('');
	expect(result.stderr).toMatch(/^sitrep: [^\n]+\n$/);
	expect(result.stderr).not.toMatch(/^\s+at /m);
	expect(result.stderr).not.toContain('\u001b');
}

describe('sitrep (built program)', () => {
	it('prints plain text of the bundled briefing when piped, from any working folder', async () => {
		const briefing = await loadBriefing(bundledBriefingPath());
		const result = run();
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('');
		expect(result.stdout.startsWith(briefing.source.headline.split(' ')[0]!)).toBe(true);
		expect(result.stdout).not.toContain('\u001b');
		for (const line of result.stdout.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80);
		expect(run('--format', 'text').stdout).toBe(result.stdout);
		expect(run('--no-color').stdout).toBe(result.stdout);
	});

	it('prints only the quotes with --only quotes, and refuses --only with JSON', async () => {
		const briefing = await loadBriefing(bundledBriefingPath());
		const result = run('--format', 'markdown', '--only', 'quotes');
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('');
		expect(result.stdout).toContain('## Quotes');
		expect(result.stdout).not.toContain('## Inventory');
		expect(result.stdout).not.toContain('## Summary');
		expect(result.stdout.match(/^ {2}> /gm)).toHaveLength(briefing.quotes.length);
		expectOneLineError(run('--format', 'json', '--only', 'quotes'));
	});

	it('prints every format of a given file', async () => {
		const text = run(fixture, '--format', 'text');
		expect(text.code).toBe(0);
		expect(text.stdout).toContain('We have seen the drones used against power stations,');
		const markdown = run('--format', 'markdown', fixture);
		expect(markdown.code).toBe(0);
		expect(markdown.stdout).toMatch(/^# Iran "ready to help"/);
		expect(markdown.stdout).toContain('| System | Category |');
		const json = run(fixture, '--format=json');
		expect(json.code).toBe(0);
		expect(JSON.parse(json.stdout)).toEqual(await loadBriefing(fixture));
	});

	it('wraps at --width', () => {
		const result = run('--width', '40');
		expect(result.code).toBe(0);
		const lines = result.stdout.split('\n');
		expect(lines.length).toBeGreaterThan(20);
		for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(40);
	});

	it('shows the version and help', () => {
		expect(run('--version')).toEqual({code: 0, stdout: `${version}\n`, stderr: ''});
		const help = run('--help');
		expect(help.code).toBe(0);
		expect(help.stdout).toContain('$ sitrep [FILE]');
		expect(help.stdout).toContain('--format text|markdown|json');
	});

	it('refuses a bad file with one line on stderr and exit 2', async () => {
		const bad = join(scratch, 'bad.json');
		await writeFile(bad, '{"schemaVersion": 1,');
		const result = run(bad);
		expectOneLineError(result);
		expect(result.stderr).toContain('bad.json: line 1, column 21: invalid JSON');
	});

	it('neutralizes a hostile file name', () => {
		const result = run('\u001b]0;pwned\u0007.json');
		expectOneLineError(result);
		expect(result.stderr).toContain('␛]0;pwned␇.json: cannot read: no such file');
	});

	it.each([
		[['--format', 'xml'], /--format: unknown format "xml"/],
		[['--width', 'zero'], /--width: "zero" is not a usable width/],
		[['--width', '0'], /--width: "0"/],
		[['--frobnicate'], /unknown option --frobnicate/],
		[['--format', 'json', '--format', 'text'], /--format can only be set once/],
		[['a.json', 'b.json'], /at most one briefing file/],
	])('refuses %j with exit 2', (args, message) => {
		const result = run(...args);
		expectOneLineError(result);
		expect(result.stderr).toMatch(message);
	});

	it('shows a stack with --debug', () => {
		const result = run(join(scratch, 'missing.json'), '--debug');
		expect(result.code).toBe(2);
		// --debug also says first whether the start used the code cache (test/unit/code-cache.test.ts).
		const [cacheLine, errorLine] = result.stderr.split('\n');
		expect(cacheLine).toBe('sitrep: code cache used');
		expect(errorLine).toMatch(/^sitrep: .*missing\.json: cannot read: no such file \(ENOENT\)/);
		expect(result.stderr).toMatch(/^\s+at /m);
	});

	it('stops quietly when the reader goes away (sitrep | head -1)', async () => {
		const briefing = JSON.parse(readFileSync(fixture, 'utf8')) as {quotes: Array<Record<string, unknown>>};
		const [first] = briefing.quotes;
		briefing.quotes = Array.from({length: 20_000}, (_, index) => ({...first, id: `q-${index}`}));
		const big = join(scratch, 'big.json');
		await writeFile(big, JSON.stringify(briefing));

		const child = spawn(process.execPath, [program, big, '--format', 'json'], {cwd: scratch});
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.stdout.once('data', () => child.stdout.destroy());
		const code = await new Promise<number | null>(resolve => child.on('close', resolve));
		expect(stderr).toBe('');
		expect(code).toBe(0);
	});
});
