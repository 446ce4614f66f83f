/*
 * The dashboard under Ink as sitrep runs it (frames throttled, not Ink's debug mode) on fake streams, for
 * test/unit/follow-up-frames.test.ts, which bundles and runs this: it presses keys whose effect comes from a
 * follow-up commit (s opens the source view, y shows its notice) and prints how long after each key that was
 * on screen. The throttle is one frame a second, so a frame that waited for it shows as a second.
 */
import {readFileSync} from 'node:fs';
import {render} from 'ink';
import {briefingSchema} from '../../source/briefing/schema.js';
import {App} from '../../source/ui/App.js';
import {FakeStdin, SizedStdout, withLook} from '../components/harness.js';

// From the command line: the harness's seed() finds the file from where it is, and this runs from a bundle elsewhere.
const briefing = briefingSchema.parse(JSON.parse(readFileSync(process.argv[2]!, 'utf8')));

const stdout = new SizedStdout(100, 30);
const stdin = new FakeStdin();
const written = (): string => stdout.frames.join('');
const wait = async (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** Presses `key` once the throttle's window is over, and gives the time until `shows` is written, or -1. */
async function press(key: string, shows: string): Promise<number> {
	await wait(1100);
	const from = written().length;
	const pressed = performance.now();
	stdin.write(key);
	while (performance.now() - pressed < 2500) {
		if (written().slice(from).includes(shows)) return performance.now() - pressed;
		await wait(5);
	}
	return -1;
}

const instance = render(withLook(<App briefing={briefing} />), {
	stdout: stdout as never,
	stdin: stdin as never,
	stderr: new SizedStdout(100, 30) as never,
	maxFps: 1,
	incrementalRendering: true,
	patchConsole: false,
	exitOnCtrlC: false,
});
const focus = await press('2', 'Quotes 1/');
const source = await press('s', 'Source ·');
const back = await press('s', 'John Kirby');
const copy = await press('y', 'Copied');
instance.unmount();
console.log(JSON.stringify({focus, source, back, copy}));
process.exit(0);
