import {execFileSync} from 'node:child_process';
import {closeSync, constants, mkdtempSync, openSync, readFileSync, rmSync} from 'node:fs';
import {writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {PassThrough} from 'node:stream';
import {afterEach, describe, expect, it} from 'vitest';
import {bundledBriefingPath} from '../../source/briefing/bundled.js';
import type {Briefing} from '../../source/briefing/schema.js';
import {runCli, type CliContext, type StartApp} from '../../source/cli/main.js';

const folders: string[] = [];
const pipes: string[] = [];
afterEach(() => {
	// Should the run still wait on the pipe (the test failed), an end of file lets it go rather than hold the worker.
	for (const pipe of pipes.splice(0)) {
		try {
			closeSync(openSync(pipe, constants.O_WRONLY | constants.O_NONBLOCK));
		} catch {
			// No reader left waiting.
		}
	}
	for (const folder of folders.splice(0)) rmSync(folder, {recursive: true, force: true});
});

/** A stream that says it is a terminal, as the dashboard needs. */
function terminal(): PassThrough & {isTTY: boolean; columns: number; rows: number} {
	return Object.assign(new PassThrough(), {isTTY: true, columns: 100, rows: 30});
}

describe('runCli, opening the dashboard', () => {
	it('loads the dashboard while the briefing is still being read', async () => {
		// The briefing comes through a named pipe that is written only once the dashboard has been asked for: read
		// first and the dashboard only then, the run would wait for ever.
		const folder = mkdtempSync(join(tmpdir(), 'sitrep-overlap-'));
		folders.push(folder);
		const pipe = join(folder, 'briefing.json');
		execFileSync('mkfifo', [pipe]);
		pipes.push(pipe);
		const text = readFileSync(bundledBriefingPath(), 'utf8');
		let writing: Promise<void> | undefined;
		let shown: Briefing | undefined;
		const startApp: StartApp = async ({briefing}) => {
			shown = briefing;
			return 0;
		};
		const context: CliContext = {
			stdin: terminal() as unknown as NodeJS.ReadStream,
			stdout: terminal() as unknown as NodeJS.WriteStream,
			stderr: new PassThrough() as unknown as NodeJS.WriteStream,
			env: {TERM: 'xterm-256color', XDG_CONFIG_HOME: folder},
			homedir: folder,
			help: '',
			version: '0.0.0',
			defaultFile: pipe,
			loadDashboard: async () => {
				writing = writeFile(pipe, text);
				return startApp;
			},
		};
		const code = await runCli({input: [pipe], flags: {}}, context);
		await writing;
		expect(code).toBe(0);
		expect(shown?.source.headline).toBe(JSON.parse(text).source.headline);
	});
});
