import {open, stat} from 'node:fs/promises';
import type {Problem, SchemaIssue} from '../briefing/errors.js';
import {firstInvalidUtf8Byte, locateJsonError} from '../briefing/load.js';
import {KEYMAP, type Binding} from '../keymap/keymap.js';
import {ConfigError, describeConfigIssue} from './errors.js';
import {applyKeyOverrides} from './keymap-overrides.js';
import {configPath, type Environment} from './paths.js';
import {configSchema, type Config, type KeyOverrides} from './schema.js';

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

const ERRNO_MEANINGS: Record<string, [problem: string, remedy: string]> = {
	ENOENT: ['no such file', 'check the path given to --config'],
	EACCES: ['permission denied', 'check that the file is readable by you'],
	EPERM: ['operation not permitted', 'check that the file is readable by you'],
	EISDIR: ['is a directory', 'give the path of a config .json file, not a folder'],
	ENOTDIR: ['a part of the path is not a directory', 'check the path'],
	ELOOP: ['too many symbolic links', 'check where the link points'],
	ENAMETOOLONG: ['the path is too long', 'check the path'],
	EIO: ['input/output error', 'check the disk or network share the file is on'],
};

const errorCode = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

function readProblem(error: unknown): Problem {
	const code = errorCode(error);
	const meaning = code ? ERRNO_MEANINGS[code] : undefined;
	if (meaning) return {problem: `cannot read: ${meaning[0]} (${code})`, remedy: meaning[1]};
	return {problem: `cannot read: ${code ?? (error instanceof Error ? error.message : String(error))}`};
}

function formatSize(bytes: number): string {
	return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${bytes} bytes`;
}

/**
 * Reads no more than one byte past `limit`. The briefing loader has the same guard but does not export it; this
 * copy also refuses FIFOs and sockets up front, since opening one waits for a writer and sitrep would hang at start.
 */
export async function readBoundedFile(path: string, limit: number): Promise<Uint8Array> {
	const info = await stat(path);
	if (info.isFIFO() || info.isSocket()) {
		throw new ConfigError(path, [{problem: 'is not a regular file', remedy: 'give the path of a config .json file'}]);
	}

	const handle = await open(path, 'r');
	try {
		const chunks: Uint8Array[] = [];
		let total = 0;
		while (total <= limit) {
			const buffer = new Uint8Array(Math.min(64 * 1024, limit + 1 - total));
			const {bytesRead} = await handle.read(buffer, 0, buffer.length, null);
			if (bytesRead === 0) break;
			chunks.push(buffer.subarray(0, bytesRead));
			total += bytesRead;
		}

		return Buffer.concat(chunks, total);
	} finally {
		await handle.close();
	}
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

function lineAndColumn(text: string, offset: number): string {
	const before = text.slice(0, offset);
	return `line ${before.split('\n').length}, column ${offset - before.lastIndexOf('\n')}`;
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

/** Checks parsed config data from `file` and applies its keys to `keymap`; throws a ConfigError naming the first problem. */
export function validateConfig(file: string, data: unknown, keymap: readonly Binding[] = KEYMAP): Omit<LoadedConfig, 'file'> {
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
		throw new ConfigError(file, [readProblem(error)], {cause: error});
	}

	if (bytes.length > limit) {
		throw new ConfigError(file, [{problem: 'file is too large', remedy: `a config file may be at most ${formatSize(limit)}`}]);
	}

	return {...validateConfig(file, parseConfigText(file, decode(file, bytes))), file};
}
