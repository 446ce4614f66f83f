import {isFormatName, isSectionName, FORMAT_NAMES, SECTION_NAMES, type FormatName, type SectionName} from '../format/index.js';
import {echo} from '../briefing/errors.js';
import {knowsLineInsertDelete, wantsAscii} from '../app/capabilities.js';
import {detectMultiplexer, type Multiplexer} from '../copy/osc52.js';
import {THEME_NAMES, type ThemeName} from '../ui/theme.js';
import type {Config} from '../config/schema.js';
import type {PaneId} from '../navigation/state.js';

export type ParsedArguments = {
	/** Positional arguments. */
	input: readonly string[];
	/** Flags as meow parsed them, including any it did not know. */
	flags: Readonly<Record<string, unknown>>;
};

export type Environment = Readonly<Record<string, string | undefined>>;

export type Terminal = {
	stdinIsTTY: boolean;
	stdoutIsTTY: boolean;
	/** The terminal's width, when stdout is one. */
	columns?: number | undefined;
};

export type Decision =
	| {kind: 'usage-error'; message: string; debug: boolean}
	| {kind: 'help'}
	| {kind: 'version'}
	| {
			kind: 'print';
			file: string;
			format: FormatName;
			width: number;
			debug: boolean;
			config: string | undefined;
			/** `--only`: the sections to print; all when undefined. */
			sections?: SectionName[];
	  }
	| {
			kind: 'dashboard';
			file: string;
			/** The `--config` path; undefined means the default location. */
			config: string | undefined;
			initialFocus: PaneId;
			color: boolean;
			debug: boolean;
			theme: ThemeName;
			ascii: boolean;
			/** Whether the terminal can insert and delete lines (not a VT52 or VT100). */
			lineMoves: boolean;
			testCrash: 'uncaught' | 'render' | undefined;
			multiplexer: Multiplexer | undefined;
			screenReader: boolean;
			/** Ask the terminal for mouse reports (`--mouse`); never in the screen-reader view, which has nothing to point at. */
			mouse: boolean;
	  };

const KNOWN_FLAGS = new Set(['format', 'width', 'only', 'color', 'theme', 'config', 'ascii', 'debug', 'help', 'version', 'screen-reader', 'screenReader', 'mouse']);
const DEFAULT_WIDTH = 80;
/** Wider than any real terminal; a larger number is more likely a typo than a wish. */
const MAX_WIDTH = 10_000;

const usage = (message: string, debug: boolean): Decision => ({kind: 'usage-error', message: `sitrep: ${message}`, debug});

function flagName(key: string): string {
	const dashed = key.replace(/[A-Z]/g, letter => `-${letter.toLowerCase()}`);
	return `${dashed.length === 1 ? '-' : '--'}${echo(dashed, 30)}`;
}

function parseWidth(value: unknown): number | undefined {
	return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined;
}

/** `--only quotes,inventory` as section names, or the message for what is wrong with it. */
function parseSections(value: unknown): {sections: SectionName[]} | {message: string} {
	const names = typeof value === 'string' ? value.split(',').map(name => name.trim()) : [];
	if (names.every(name => name === '')) return {message: `--only: name at least one section (${SECTION_NAMES.join(', ')})`};
	const unknown = names.find(name => !isSectionName(name));
	if (unknown !== undefined) return {message: `--only: unknown section "${echo(unknown)}"; use ${SECTION_NAMES.join(', ')}`};
	return {sections: SECTION_NAMES.filter(name => names.includes(name))};
}

/** What the environment says about colour: NO_COLOR turns it off, FORCE_COLOR on (or off when "0" or "false"). */
function colorFromEnvironment(env: Environment): boolean | undefined {
	if (env['NO_COLOR']) return false;
	const force = env['FORCE_COLOR'];
	if (force === undefined) return undefined;
	return force !== '0' && force !== 'false';
}

/**
 * Decides what a run of sitrep should do from its arguments, environment and terminal, without touching any of
 * them, so every combination can be tested directly. `config` is the config file's settings; the caller reads the
 * file only once it knows the dashboard is wanted, and then decides again with them. Flags win over the
 * environment, which wins over the config, which wins over what sitrep would choose by itself.
 */
export function decideRun(parsed: ParsedArguments, env: Environment, terminal: Terminal, defaultFile: string, config: Config = {}): Decision {
	const {flags, input} = parsed;
	const debug = flags['debug'] === true;
	const unknown = Object.keys(flags).find(key => !KNOWN_FLAGS.has(key));
	if (unknown !== undefined) return usage(`unknown option ${flagName(unknown)}; see sitrep --help`, debug);
	if (flags['help'] === true) return {kind: 'help'};
	if (flags['version'] === true) return {kind: 'version'};
	if (input.length > 1) return usage(`expected at most one briefing file, got ${input.length}; see sitrep --help`, debug);

	const format = flags['format'];
	if (format !== undefined && (typeof format !== 'string' || !isFormatName(format))) {
		return usage(`--format: unknown format "${echo(String(format))}"; use one of ${FORMAT_NAMES.join(', ')}`, debug);
	}

	let width: number | undefined;
	if (flags['width'] !== undefined) {
		width = parseWidth(flags['width']);
		if (width === undefined || width < 1 || width > MAX_WIDTH) {
			return usage(`--width: "${echo(String(flags['width']))}" is not a usable width; give a whole number from 1 to ${MAX_WIDTH}`, debug);
		}
	}

	let sections: SectionName[] | undefined;
	if (flags['only'] !== undefined) {
		if (format === 'json') {
			return usage('--only: JSON output is always the whole briefing, so it can be opened again; use --format text or markdown', debug);
		}

		const parsedSections = parseSections(flags['only']);
		if ('message' in parsedSections) return usage(parsedSections.message, debug);
		sections = parsedSections.sections;
	}

	const configFlag = flags['config'];
	if (configFlag !== undefined && typeof configFlag !== 'string') {
		return usage('--config: give the path of a config .json file', debug);
	}

	const theme = flags['theme'] ?? config.theme ?? 'dark';
	if (typeof theme !== 'string' || !(THEME_NAMES as string[]).includes(theme)) {
		return usage(`--theme: unknown theme "${echo(String(theme))}"; use one of ${THEME_NAMES.join(', ')}`, debug);
	}

	const file = input[0] ?? defaultFile;
	const printWidth = width ?? (terminal.stdoutIsTTY && terminal.columns ? terminal.columns : DEFAULT_WIDTH);
	const only = sections === undefined ? {} : {sections};
	if (format !== undefined) return {kind: 'print', file, format, width: printWidth, debug, config: configFlag, ...only};
	// The dashboard shows everything; asking for a selection is asking for it printed.
	if (sections !== undefined) return {kind: 'print', file, format: 'text', width: printWidth, debug, config: configFlag, sections};

	// The dashboard needs a real terminal both ways: keys from stdin, screen updates on stdout.
	const interactive = terminal.stdoutIsTTY && terminal.stdinIsTTY && env['TERM'] !== 'dumb';
	if (!interactive) return {kind: 'print', file, format: 'text', width: printWidth, debug, config: configFlag};

	const colorFlag = typeof flags['color'] === 'boolean' ? flags['color'] : undefined;
	const color = colorFlag ?? colorFromEnvironment(env) ?? config.color ?? true;
	const ascii = wantsAscii(env, typeof flags['ascii'] === 'boolean' ? flags['ascii'] : config.ascii);
	// A documented test-only switch: the end-to-end tests crash the dashboard on purpose to prove the terminal is restored.
	const crash = env['SITREP_TEST_CRASH'];
	const testCrash = crash === 'uncaught' || crash === 'render' ? crash : undefined;
	// Ink's own switch for screen readers turns on the same words-only view, so either way gives one experience.
	const screenReader = flags['screenReader'] === true || env['INK_SCREEN_READER'] === 'true';
	return {
		kind: 'dashboard',
		file,
		config: configFlag,
		initialFocus: config.defaultPane ?? 'summary',
		color,
		debug,
		theme: theme as ThemeName,
		ascii,
		lineMoves: knowsLineInsertDelete(env),
		testCrash,
		multiplexer: detectMultiplexer(env),
		screenReader,
		mouse: !screenReader && (typeof flags['mouse'] === 'boolean' ? flags['mouse'] : (config.mouse ?? false)),
	};
}
