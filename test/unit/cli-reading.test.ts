import {PassThrough} from 'node:stream';
import {fileURLToPath} from 'node:url';
import {expect, it} from 'vitest';
import {runCli, type CliContext} from '../../source/cli/main.js';

const fixture = fileURLToPath(new URL('../fixtures/briefing.json', import.meta.url));
const missing = fileURLToPath(new URL('../fixtures/no-such-briefing.json', import.meta.url));

/** A context for a printing run, whose output is collected, and whose reading is watched. */
function printingContext() {
	const stream = () => Object.assign(new PassThrough(), {isTTY: false}) as unknown as NodeJS.WriteStream & NodeJS.ReadStream;
	const [stdin, stdout, stderr] = [stream(), stream(), stream()];
	const written = {stdout: '', stderr: ''};
	stdout.on('data', (chunk: Buffer) => (written.stdout += chunk.toString()));
	stderr.on('data', (chunk: Buffer) => (written.stderr += chunk.toString()));
	const reads: string[] = [];
	const context: CliContext = {
		stdin,
		stdout,
		stderr,
		env: {},
		homedir: '',
		help: 'help',
		version: '0.0.0',
		defaultFile: fixture,
		async whileReading(read) {
			reads.push('begin');
			try {
				return await read();
			} finally {
				reads.push('end');
			}
		},
		loadDashboard: async () => {
			throw new Error('a printing run must not load the dashboard');
		},
	};
	return {context, written, reads};
}

it('reads the briefing inside whileReading, which the launched program uses to tune memory for it', async () => {
	const {context, written, reads} = printingContext();
	expect(await runCli({input: [fixture], flags: {format: 'json'}}, context)).toBe(0);
	expect(reads).toEqual(['begin', 'end']);
	expect(JSON.parse(written.stdout)).toMatchObject({id: 'fixture-briefing'});
});

it('ends whileReading when the briefing cannot be read, and still says why', async () => {
	const {context, written, reads} = printingContext();
	expect(await runCli({input: [missing], flags: {format: 'json'}}, context)).not.toBe(0);
	expect(reads).toEqual(['begin', 'end']);
	expect(written.stderr).toMatch(/no-such-briefing\.json: cannot read: no such file/);
});
