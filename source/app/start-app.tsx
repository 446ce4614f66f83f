import {EventEmitter} from 'node:events';
import {createRequire} from 'node:module';
import {render, type RenderOptions} from 'ink';
import type {Briefing} from '../briefing/schema.js';
import {App} from '../ui/App.js';
import {ScreenReaderApp} from '../ui/screen-reader/ScreenReaderApp.js';
import {ASCII_GLYPHS, UNICODE_GLYPHS} from '../ui/glyphs.js';
import {themeFor, type ThemeName} from '../ui/theme.js';
import {LookProvider} from '../ui/ThemeContext.js';
import {openCommand, whyNotOpened} from '../copy/links.js';
import {osc52, type Multiplexer} from '../copy/osc52.js';
import {setActiveKeymap, type Binding} from '../keymap/keymap.js';
import type {PaneId} from '../navigation/state.js';
import {capYoungGeneration} from '../launch/young-generation.js';
import {asciiStream} from './ascii-stream.js';
import {idleScavenger, v8Collector} from './idle-scavenge.js';
import {TerminalControlProvider, type TerminalControl} from '../ui/TerminalControl.js';
import {CLEAR_SCREEN, ENABLE_MOUSE, ENTER_ALTERNATE_SCREEN, HIDE_CURSOR, RESTORE_TERMINAL} from './terminal-modes.js';

/** child_process, loaded when a link is first opened: loading it took about 2.5 ms of every start. */
function childProcess(): typeof import('node:child_process') {
	return createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process');
}

export type DashboardOptions = {
	/** Colour off (`--no-color`, NO_COLOR). */
	color: boolean;
	/** Print a stack with errors. */
	debug: boolean;
	theme?: ThemeName;
	/** Plain ASCII drawing (`--ascii`, or a terminal that cannot show more). */
	ascii?: boolean;
	/** Move scrolled lines with the terminal's line insert and delete; false for a terminal without them. */
	lineMoves?: boolean;
	/** The terminal multiplexer sitrep runs in, whose wrapping a clipboard sequence needs. */
	multiplexer?: Multiplexer | undefined;
	/** Words-only rendering for screen readers (`--screen-reader`, INK_SCREEN_READER=true). */
	screenReader?: boolean;
	/** Ask the terminal for mouse reports (`--mouse`); always turned off again on the way out. */
	mouse?: boolean;
	/** The pane focused when the dashboard opens (the config's defaultPane). */
	initialFocus?: PaneId;
	/** The keymap with the config file's keys; the defaults when undefined. */
	keymap?: readonly Binding[] | undefined;
	/** Test-only: fail on purpose after the first frame, to prove the terminal is restored (`SITREP_TEST_CRASH`). */
	testCrash?: 'uncaught' | 'render' | undefined;
};

export type DashboardStreams = {
	stdin: NodeJS.ReadStream;
	stdout: NodeJS.WriteStream;
	stderr: NodeJS.WriteStream;
};

const EXIT_FAILURE = 1;
const SIGNAL_EXIT: Partial<Record<NodeJS.Signals, number>> = {SIGHUP: 129, SIGINT: 130, SIGTERM: 143};

/** Writes without throwing: after SIGHUP the terminal is gone, and restoring it must not turn into a crash. */
function tryWrite(stream: NodeJS.WriteStream, text: string): void {
	try {
		if (!stream.destroyed) stream.write(text);
	} catch {}
}

function setRawMode(stdin: NodeJS.ReadStream, on: boolean): void {
	try {
		if (stdin.isTTY) stdin.setRawMode(on);
	} catch {}
}

/** Calls `first` after the first frame only, and `each` after every frame. */
function afterFrames(first: () => void, each: () => void): () => void {
	let written = false;
	return () => {
		if (!written) {
			written = true;
			first();
		}
		each();
	};
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Runs the interactive dashboard on the given streams until the user leaves; resolves with the exit code.
 * Like less, it draws on the alternate screen, and every way out (q, Ctrl-C, a signal, a crash) puts the terminal
 * back as it was.
 */
export async function startApp({stdin, stdout, stderr, briefing, options}: DashboardStreams & {briefing: Briefing; options: DashboardOptions}): Promise<number> {
	const screen = options.ascii ? asciiStream(stdout) : stdout;
	setActiveKeymap(options.keymap);
	const look = {theme: themeFor({color: options.color, theme: options.theme}), glyphs: options.ascii ? ASCII_GLYPHS : UNICODE_GLYPHS};
	// Errors on a terminal that has gone away are expected on the way out; they must not become crashes.
	const ignore = () => {};
	stdout.on('error', ignore);

	let restored = false;
	const restore = () => {
		if (restored) return;
		restored = true;
		setRawMode(stdin, false);
		tryWrite(stdout, RESTORE_TERMINAL);
	};

	// Every way into the dashboard's screen: the start and a resume after Ctrl-Z (restore turned reporting off).
	const takeOver = options.mouse === true ? ENTER_ALTERNATE_SCREEN + ENABLE_MOUSE : ENTER_ALTERNATE_SCREEN;
	const redrawNeeded = new EventEmitter();
	const onContinue = () => {
		restored = false;
		setRawMode(stdin, true);
		tryWrite(stdout, takeOver + HIDE_CURSOR);
		redrawNeeded.emit('redraw');
	};
	const onWindowChange = () => redrawNeeded.emit('redraw');
	process.on('SIGWINCH', onWindowChange);
	const control: TerminalControl = {
		suspend() {
			restore();
			process.once('SIGCONT', onContinue);
			process.kill(process.pid, 'SIGTSTP');
		},
		copy(text) {
			const {sequence, bytes, truncated} = osc52(text, {multiplexer: options.multiplexer});
			// Straight to the terminal, not through Ink: the sequence draws nothing, so the frame stays as it is.
			tryWrite(stdout, sequence);
			return {bytes, truncated};
		},
		openLink(url) {
			const opener = openCommand(url, process.platform, process.env);
			if (opener === undefined) return whyNotOpened(url, process.env);
			// No shell, detached and silent: the browser must neither read the URL as a command nor draw on our screen.
			const child = childProcess().spawn(opener.command, opener.args, {detached: true, stdio: 'ignore'});
			child.on('error', () => {});
			child.unref();
			return 'opened';
		},
		onRedrawNeeded(listener) {
			redrawNeeded.on('redraw', listener);
			return () => redrawNeeded.off('redraw', listener);
		},
	};

	// Registered before Ink's own resize listener (which the patch makes forget its last frame), so every resize
	// draws the next frame on a clean screen: the terminal has already cut or moved the old one.
	const onResize = () => tryWrite(stdout, CLEAR_SCREEN);
	stdout.on('resize', onResize);

	// Raw mode before the first frame: a Ctrl-Z typed the moment the dashboard appears must reach the keymap, not
	// stop the process through the terminal while the alternate screen is up.
	setRawMode(stdin, true);
	tryWrite(stdout, takeOver);
	// lineMoves and onFrameWritten are read by the patched Ink (patches/ink+6.8.0.patch): the first by its line
	// writer, the second after each frame it writes.
	const inkOptions: RenderOptions & {lineMoves: boolean; onFrameWritten: () => void} = {
		stdin,
		stdout: screen,
		stderr,
		exitOnCtrlC: false,
		patchConsole: false,
		maxFps: 60,
		incrementalRendering: true,
		isScreenReaderEnabled: options.screenReader === true,
		lineMoves: options.lineMoves !== false,
		// The young generation grows from launch until the first frame is out (source/launch/young-generation.ts).
		onFrameWritten: afterFrames(capYoungGeneration, idleScavenger(v8Collector())),
	};
	const instance = render(
		<TerminalControlProvider value={control}>
			<LookProvider value={look}>
				{options.screenReader ? (
					<ScreenReaderApp briefing={briefing} initialFocus={options.initialFocus} />
				) : (
					<App briefing={briefing} initialFocus={options.initialFocus} mouse={options.mouse === true} crashForTest={options.testCrash === 'render'} />
				)}
			</LookProvider>
		</TerminalControlProvider>,
		inkOptions,
	);

	const leave = (code: number, text?: string) => {
		try {
			instance.unmount();
		} catch {}
		restore();
		if (text) tryWrite(stderr, text);
		process.exit(code);
	};
	// A dropped SSH link (SIGHUP) or a kill (SIGTERM) must still leave the terminal as it was.
	const onSignal = (signal: NodeJS.Signals) => leave(SIGNAL_EXIT[signal] ?? EXIT_FAILURE);
	const onCrash = (error: unknown) => leave(EXIT_FAILURE, `sitrep: ${options.debug && error instanceof Error ? error.stack : message(error)}\n`);
	process.once('SIGTERM', onSignal);
	process.once('SIGHUP', onSignal);
	process.once('uncaughtException', onCrash);
	process.once('unhandledRejection', onCrash);
	if (options.testCrash === 'uncaught') {
		setTimeout(() => {
			throw new Error('test crash (SITREP_TEST_CRASH=uncaught)');
		}, 200);
	}

	try {
		await instance.waitUntilExit();
		return 0;
	} catch (error) {
		restore();
		tryWrite(stderr, `sitrep: ${options.debug && error instanceof Error ? error.stack : message(error)}\n`);
		return EXIT_FAILURE;
	} finally {
		process.off('SIGTERM', onSignal);
		process.off('SIGHUP', onSignal);
		process.off('uncaughtException', onCrash);
		process.off('unhandledRejection', onCrash);
		process.off('SIGCONT', onContinue);
		process.off('SIGWINCH', onWindowChange);
		restore();
		stdout.off('resize', onResize);
		stdout.off('error', ignore);
	}
}
