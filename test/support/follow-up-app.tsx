/*
 * The dashboard under Ink as sitrep runs it (frames throttled, not Ink's debug mode) on fake streams, for
 * test/unit/follow-up-frames.test.ts, which bundles and runs this: it presses keys whose effect comes from a
 * follow-up commit (s opens the source view, y shows its notice) and prints how long after each key that was
 * on screen. The throttle is one frame a second, so a frame that waited for it shows as a second.
 */
import {EventEmitter} from 'node:events';
import {readFileSync} from 'node:fs';
import {render} from 'ink';
import {briefingSchema} from '../../source/briefing/schema.js';
import {App} from '../../source/ui/App.js';
import {UNICODE_GLYPHS} from '../../source/ui/glyphs.js';
import {themeFor} from '../../source/ui/theme.js';
import {LookProvider} from '../../source/ui/ThemeContext.js';

const briefing = briefingSchema.parse(JSON.parse(readFileSync(process.argv[2]!, 'utf8')));
let written = '';
const stdout = Object.assign(new EventEmitter(), {columns: 100, rows: 30, isTTY: true, write: (chunk: unknown) => (written += String(chunk)).length > 0});
let pending: string | null = null;
const stdin = Object.assign(new EventEmitter(), {
	isTTY: true,
	setRawMode() {},
	setEncoding() {},
	read: () => {
		const data = pending;
		pending = null;
		return data;
	},
	ref() {},
	unref() {},
	resume() {},
	pause() {},
});
const wait = async (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** Presses `key` once the throttle's window is over, and gives the time until `shows` is written, or -1. */
async function press(key: string, shows: string): Promise<number> {
	await wait(1100);
	const from = written.length;
	const pressed = performance.now();
	pending = key;
	stdin.emit('readable');
	while (performance.now() - pressed < 2500) {
		if (written.slice(from).includes(shows)) return performance.now() - pressed;
		await wait(5);
	}
	return -1;
}

const instance = render(
	<LookProvider value={{theme: themeFor({color: false}), glyphs: UNICODE_GLYPHS}}>
		<App briefing={briefing} />
	</LookProvider>,
	{stdout: stdout as never, stdin: stdin as never, stderr: stdout as never, maxFps: 1, incrementalRendering: true, patchConsole: false, exitOnCtrlC: false},
);
const focus = await press('2', 'Quotes 1/');
const source = await press('s', 'Source ·');
const back = await press('s', 'John Kirby');
const copy = await press('y', 'Copied');
instance.unmount();
console.log(JSON.stringify({focus, source, back, copy}));
process.exit(0);
