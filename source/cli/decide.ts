import {isFormatName, FORMAT_NAMES, type FormatName} from '../format/index.js';
import {echo} from '../briefing/errors.js';
import {wantsAscii} from '../app/capabilities.js';
import {detectMultiplexer, type Multiplexer} from '../copy/osc52.js';
import {THEME_NAMES, type ThemeName} from '../ui/theme.js';

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
	| {kind: 'print'; file: string; format: FormatName; width: number; debug: boolean}
	| {
			kind: 'dashboard';
			file: string;
			color: boolean;
			debug: boolean;
			theme: ThemeName;
			ascii: boolean;
			testCrash: 'uncaught' | 'render' | undefined;
			multiplexer: Multiplexer | undefined;
			screenReader: boolean;
	  };

const KNOWN_FLAGS = new Set(['format', 'width', 'color', 'theme', 'ascii', 'debug', 'help', 'version', 'screen-reader', 'screenReader']);
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

/**
 * Decides what a run of sitrep should do from its arguments, environment and terminal, without touching any of
 * them, so every combination can be tested directly.
 */
export function decideRun(parsed: ParsedArguments, env: Environment, terminal: Terminal, defaultFile: string): Decision {
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

	const theme = flags['theme'] ?? 'dark';
	if (typeof theme !== 'string' || !(THEME_NAMES as string[]).includes(theme)) {
		return usage(`--theme: unknown theme "${echo(String(theme))}"; use one of ${THEME_NAMES.join(', ')}`, debug);
	}

	const file = input[0] ?? defaultFile;
	const printWidth = width ?? (terminal.stdoutIsTTY && terminal.columns ? terminal.columns : DEFAULT_WIDTH);
	if (format !== undefined) return {kind: 'print', file, format, width: printWidth, debug};

	// The dashboard needs a real terminal both ways: keys from stdin, screen updates on stdout.
	const interactive = terminal.stdoutIsTTY && terminal.stdinIsTTY && env['TERM'] !== 'dumb';
	if (!interactive) return {kind: 'print', file, format: 'text', width: printWidth, debug};

	const color = flags['color'] !== false && !env['NO_COLOR'];
	const ascii = wantsAscii(env, typeof flags['ascii'] === 'boolean' ? flags['ascii'] : undefined);
	// A documented test-only switch: the end-to-end tests crash the dashboard on purpose to prove the terminal is restored.
	const crash = env['SITREP_TEST_CRASH'];
	const testCrash = crash === 'uncaught' || crash === 'render' ? crash : undefined;
	// Ink's own switch for screen readers turns on the same words-only view, so either way gives one experience.
	const screenReader = flags['screenReader'] === true || env['INK_SCREEN_READER'] === 'true';
	return {kind: 'dashboard', file, color, debug, theme: theme as ThemeName, ascii, testCrash, multiplexer: detectMultiplexer(env), screenReader};
}
