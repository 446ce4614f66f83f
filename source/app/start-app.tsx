import {render} from 'ink';
import type {Briefing} from '../briefing/schema.js';
import {App} from '../ui/App.js';
import {UNICODE_GLYPHS} from '../ui/glyphs.js';
import {themeFor} from '../ui/theme.js';
import {LookProvider} from '../ui/ThemeContext.js';

export type DashboardOptions = {
	/** Colour off (`--no-color`, NO_COLOR). */
	color: boolean;
	/** Print a stack with errors. */
	debug: boolean;
};

export type DashboardStreams = {
	stdin: NodeJS.ReadStream;
	stdout: NodeJS.WriteStream;
	stderr: NodeJS.WriteStream;
};

const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h\u001B[H';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';
const SHOW_CURSOR = '\u001B[?25h';

/**
 * Runs the interactive dashboard on the given streams until the user leaves; resolves with the exit code.
 * Like less, it draws on the alternate screen so the user's scrollback is untouched when it exits.
 */
export async function startApp({stdin, stdout, stderr, briefing, options}: DashboardStreams & {briefing: Briefing; options: DashboardOptions}): Promise<number> {
	stdout.write(ENTER_ALTERNATE_SCREEN);
	let restored = false;
	const restore = () => {
		if (restored) return;
		restored = true;
		stdout.write(SHOW_CURSOR + LEAVE_ALTERNATE_SCREEN);
	};
	const instance = render(
		<LookProvider value={{theme: themeFor({color: options.color}), glyphs: UNICODE_GLYPHS}}>
			<App briefing={briefing} />
		</LookProvider>,
		{stdin, stdout, stderr, exitOnCtrlC: false, patchConsole: false, maxFps: 60},
	);
	// A dropped SSH link (SIGHUP) or a kill (SIGTERM) must still leave the terminal as it was.
	const onSignal = (signal: NodeJS.Signals) => {
		instance.unmount();
		restore();
		process.exit(signal === 'SIGHUP' ? 129 : 143);
	};
	process.once('SIGTERM', onSignal);
	process.once('SIGHUP', onSignal);
	try {
		await instance.waitUntilExit();
		return 0;
	} finally {
		process.off('SIGTERM', onSignal);
		process.off('SIGHUP', onSignal);
		restore();
	}
}
