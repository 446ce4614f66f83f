import {stat} from 'node:fs/promises';
import {formatSize, lineAndColumn, readAtMost, readProblem} from '../files/read.js';
import type {SchemaIssue} from '../briefing/errors.js';
import {firstInvalidUtf8Byte, locateJsonError} from '../briefing/load.js';
import {KEYMAP, type Binding} from '../keymap/keymap.js';
import {ConfigError, describeConfigIssue} from './errors.js';
import {applyKeyOverrides} from './keymap-overrides.js';
import {configPath, type Environment} from './paths.js';
import type {Config, KeyOverrides} from './schema.js';

/** A config file is a few hundred bytes; anything near this is not one, and is not worth reading into memory. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export type ConfigLoadOptions = {
	env: Environment;
	homedir: string;
	/** Reads at most `limit + 1` bytes, enough to tell that a file is over the limit. Replaceable for tests. */
	readFile?: (path: string, limit: number) => Promise<Uint8Array>;
	maxBytes?: number;
};

export type LoadedConfig = {
	/** Only what the file sets; everything else is for the caller to default or decide from the terminal. */
	config: Config;
	/** KEYMAP with the file's key overrides applied; a fresh array even when there are none. */
	keymap: readonly Binding[];
	/** The file that was read, or undefined when there was none at the default location. */
	file: string | undefined;
};

/** What to do about a read error, where the config file is concerned. */
const CONFIG_REMEDIES = {
	ENOENT: 'check the path given to --config',
	EISDIR: 'give the path of a config .json file, not a folder',
};

const errorCode = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

/**
 * Reads no more than one byte past `limit`, refusing FIFOs and sockets up front: opening one waits for a writer,
 * and sitrep would hang at start.
 */
export async function readBoundedFile(path: string, limit: number): Promise<Uint8Array> {
	const info = await stat(path);
	if (info.isFIFO() || info.isSocket()) {
		throw new ConfigError(path, [{problem: 'is not a regular file', remedy: 'give the path of a config .json file'}]);
	}
	return readAtMost(path, limit);
}

function decode(file: string, bytes: Uint8Array): string {
	try {
		// Not ignoreBOM: editors on Windows like to start UTF-8 files with one, and the decoder drops it.
		return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
	} catch (error) {
		const offset = firstInvalidUtf8Byte(bytes);
		throw new ConfigError(file, [{problem: offset >= 0 ? `not valid UTF-8 at byte ${offset}` : 'not valid UTF-8', remedy: 'save the file as UTF-8'}], {
			cause: error,
		});
	}
}


/** Parses the file's text; an empty file is an empty config, which is how `--config /dev/null` turns settings off. */
export function parseConfigText(file: string, text: string): unknown {
	if (text.trim() === '') return {};
	try {
		return JSON.parse(text);
	} catch (error) {
		const located = locateJsonError(text);
		if (!located) throw new ConfigError(file, [{problem: `invalid JSON (${error instanceof Error ? error.message : String(error)})`}], {cause: error});
		// The scanner's wording was written for briefings; only this one remedy names the kind of file.
		const remedy = located.problem === 'more text after the JSON value' ? 'a config file is a single JSON object' : located.remedy;
		throw new ConfigError(file, [{where: lineAndColumn(text, located.offset), problem: `invalid JSON: ${located.problem}`, remedy}], {cause: error});
	}
}

/**
 * Checks parsed config data from `file` and applies its keys to `keymap`; throws a ConfigError naming the first
 * problem. The schema, and zod with it, is loaded only here: most starts have no config file, and zod's module is
 * not needed to read a valid briefing either (see briefing/as-is.ts).
 */
export async function validateConfig(file: string, data: unknown, keymap: readonly Binding[] = KEYMAP): Promise<Omit<LoadedConfig, 'file'>> {
	const {configSchema} = await import('./schema.js');
	const result = configSchema.safeParse(data);
	if (!result.success) {
		throw new ConfigError(file, result.error.issues.map(issue => describeConfigIssue(issue as SchemaIssue, data, configSchema)));
	}

	// The keys are taken from the data as parsed, not from zod's copy: zod's record quietly drops a "__proto__"
	// entry, and a layer or command that is silently ignored is exactly what this check is for.
	const keys = (data as {keys?: KeyOverrides}).keys;
	if (keys === undefined) return {config: result.data, keymap: keymap.map(binding => ({...binding}))};
	const applied = applyKeyOverrides(keymap, keys);
	if (!applied.ok) throw new ConfigError(file, applied.problems);
	return {config: result.data, keymap: applied.keymap};
}

/**
 * Finds, reads and checks sitrep's config file. `explicit` is the `--config` path: when given it must exist, while
 * a missing file at the default location just means defaults. Every failure is a ConfigError whose message is
 * one line naming the file, where in it, what is wrong and what would be right.
 */
export async function loadConfig(explicit: string | undefined, options: ConfigLoadOptions): Promise<LoadedConfig> {
	if (explicit !== undefined && explicit.trim() === '') {
		throw new ConfigError('--config', [{problem: 'the path is empty', remedy: 'give the path of a config .json file'}]);
	}

	const file = configPath(options.env, options.homedir, explicit);
	const defaults = (): LoadedConfig => ({config: {}, keymap: KEYMAP.map(binding => ({...binding})), file: undefined});
	if (file === undefined) return defaults();

	const limit = options.maxBytes ?? MAX_CONFIG_BYTES;
	let bytes: Uint8Array;
	try {
		bytes = await (options.readFile ?? readBoundedFile)(file, limit);
	} catch (error) {
		if (error instanceof ConfigError) throw error;
		if (explicit === undefined && errorCode(error) === 'ENOENT') return defaults();
		throw new ConfigError(file, [readProblem(error, CONFIG_REMEDIES)], {cause: error});
	}

	if (bytes.length > limit) {
		throw new ConfigError(file, [{problem: 'file is too large', remedy: `a config file may be at most ${formatSize(limit)}`}]);
	}

	return {...(await validateConfig(file, parseConfigText(file, decode(file, bytes)))), file};
}
