import type {DashboardOptions, DashboardStreams} from '../app/start-app.js';
import {BriefingError} from '../briefing/errors.js';
import {ConfigError} from '../config/errors.js';
import {loadConfig} from '../config/load.js';
import type {Binding} from '../keymap/keymap.js';
import {loadBriefing} from '../briefing/load.js';
import type {Briefing} from '../briefing/schema.js';
import {formatBriefing} from '../format/index.js';
import {decideRun, type Environment, type ParsedArguments} from './decide.js';
import {EXIT_OK, EXIT_USAGE} from './exit-codes.js';
import {describeFailure} from './report.js';
import {writeAll} from './write.js';

export type StartApp = (options: DashboardStreams & {briefing: Briefing; options: DashboardOptions}) => Promise<number>;

export type CliContext = DashboardStreams & {
	env: Environment;
	/** Where the config file is looked for when XDG_CONFIG_HOME is not set. */
	homedir: string;
	help: string;
	version: string;
	defaultFile: string;
	/** Loaded only when the dashboard is wanted, so printing never pays for Ink and React. */
	loadDashboard: () => Promise<StartApp>;
};

/** Runs one invocation of sitrep and resolves with its exit status. Unexpected errors are left to the caller. */
export async function runCli(parsed: ParsedArguments, context: CliContext): Promise<number> {
	const {stdin, stdout, stderr} = context;
	const terminal = {stdinIsTTY: stdin.isTTY === true, stdoutIsTTY: stdout.isTTY === true, columns: stdout.columns};
	let decision = decideRun(parsed, context.env, terminal, context.defaultFile);
	let keymap: readonly Binding[] | undefined;
	// Only the dashboard has settings to take from the file; printing must work even when the file is broken.
	if (decision.kind === 'dashboard') {
		const {debug} = decision;
		try {
			const loaded = await loadConfig(decision.config, {env: context.env, homedir: context.homedir});
			keymap = loaded.keymap;
			decision = decideRun(parsed, context.env, terminal, context.defaultFile, loaded.config);
		} catch (error) {
			if (!(error instanceof ConfigError)) throw error;
			await writeAll(stderr, describeFailure(error, debug));
			return EXIT_USAGE;
		}
	}

	switch (decision.kind) {
		case 'help': {
			await writeAll(stdout, `${context.help.trimEnd()}\n`);
			return EXIT_OK;
		}

		case 'version': {
			await writeAll(stdout, `${context.version}\n`);
			return EXIT_OK;
		}

		case 'usage-error': {
			await writeAll(stderr, `${decision.message}\n`);
			return EXIT_USAGE;
		}

		default: {
			break;
		}
	}

	// The dashboard's modules are evaluated while the briefing is read: each waits in turn (for the disk, for Yoga's
	// WebAssembly), and the other's work fills the wait.
	const dashboard = decision.kind === 'dashboard' ? context.loadDashboard() : undefined;
	// A briefing that fails to load ends the run without this promise; its own failure, if any, would say nothing more.
	dashboard?.catch(() => undefined);
	let briefing: Briefing;
	try {
		briefing = await loadBriefing(decision.file);
	} catch (error) {
		if (!(error instanceof BriefingError)) throw error;
		await writeAll(stderr, describeFailure(error, decision.debug));
		return EXIT_USAGE;
	}

	if (decision.kind === 'print') {
		// A reader that stops early (`| head`) got what it wanted; that is still success.
		await writeAll(stdout, formatBriefing(briefing, decision.format, decision.width, decision.sections));
		return EXIT_OK;
	}

	const startApp = await dashboard!;
	const {color, debug, theme, ascii, lineMoves, testCrash, multiplexer, screenReader, mouse, initialFocus} = decision;
	return startApp({stdin, stdout, stderr, briefing, options: {color, debug, theme, ascii, lineMoves, testCrash, multiplexer, screenReader, mouse, initialFocus, keymap}});
}
