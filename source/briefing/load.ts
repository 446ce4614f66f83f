import {stat} from 'node:fs/promises';
import {formatSize, lineAndColumn, readAtMost, readProblem} from '../files/read.js';
import {acceptsAsIs} from './as-is.js';
import {checkBriefing} from './check.js';
import {ASCII_TEXT_FROM_BYTES, asciiJsonText} from './json-text.js';
import {BriefingError, describeIssue, type Problem, type SchemaIssue} from './errors.js';
import type {Briefing} from './schema.js';

/**
 * The largest briefing file accepted. A generated briefing with 10,000 quotations and their spans is about 5 MiB,
 * so this leaves ample room while still refusing to pull an arbitrary huge file (a log, a disk image) into memory.
 */
export const MAX_BRIEFING_BYTES = 32 * 1024 * 1024;

/** What to do about a read error, where a briefing is concerned. */
const BRIEFING_REMEDIES = {
	ENOENT: 'give the path of an existing briefing file',
	EISDIR: 'give the path of a briefing file, not a folder',
};

export type LoadOptions = {
	/** Replaceable so tests can simulate unreadable files and small limits without touching the real filesystem. */
	/** Reads at most `limit + 1` bytes, enough to tell that a file is over the limit. */
	readFile?: (path: string, limit: number) => Promise<Uint8Array>;
	stat?: (path: string) => Promise<{isDirectory(): boolean; size: number}>;
	maxBytes?: number;
};

async function readBytes(path: string, options: LoadOptions): Promise<Uint8Array> {
	const limit = options.maxBytes ?? MAX_BRIEFING_BYTES;
	const tooBig = (size: number) =>
		new BriefingError(path, [{problem: `file is too large (${formatSize(size)})`, remedy: `a briefing may be at most ${formatSize(limit)}`}]);
	let bytes: Uint8Array;
	try {
		const info = await (options.stat ?? stat)(path);
		if (info.isDirectory()) throw new BriefingError(path, [{problem: 'is a directory', remedy: 'give the path of a briefing .json file'}]);
		if (info.size > limit) throw tooBig(info.size);
		bytes = await (options.readFile ?? readAtMost)(path, limit);
	} catch (error) {
		if (error instanceof BriefingError) throw error;
		throw new BriefingError(path, [readProblem(error, BRIEFING_REMEDIES)], {cause: error});
	}

	// The file may have grown since stat, or be a pipe or device that reports no size.
	if (bytes.length > limit) throw new BriefingError(path, [{problem: 'file is too large', remedy: `a briefing may be at most ${formatSize(limit)}`}]);
	return bytes;
}

// ---- UTF-8 -------------------------------------------------------------------------------------------------------

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
	let index = 0;
	while (index < bytes.length) {
		const lead = bytes[index]!;
		let length: number;
		let low = 0x80;
		let high = 0xbf;
		if (lead < 0x80) length = 1;
		else if (lead >= 0xc2 && lead <= 0xdf) length = 2;
		else if (lead >= 0xe0 && lead <= 0xef) {
			length = 3;
			// Overlong forms and UTF-16 surrogates are not valid UTF-8.
			if (lead === 0xe0) low = 0xa0;
			if (lead === 0xed) high = 0x9f;
		} else if (lead >= 0xf0 && lead <= 0xf4) {
			length = 4;
			if (lead === 0xf0) low = 0x90;
			if (lead === 0xf4) high = 0x8f;
		} else return index;

		for (let offset = 1; offset < length; offset++) {
			const byte = bytes[index + offset];
			if (byte === undefined) return index;
			if (offset === 1 ? byte < low || byte > high : byte < 0x80 || byte > 0xbf) return index + offset;
		}

		index += length;
	}

	return -1;
}

function decode(path: string, bytes: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
	} catch (error) {
		const offset = firstInvalidUtf8Byte(bytes);
		return fail(path, {
			problem: offset >= 0 ? `not valid UTF-8 at byte ${offset}` : 'not valid UTF-8',
			remedy: 'save the file as UTF-8',
		}, error);
	}
}

function fail(path: string, problem: Problem, cause?: unknown): never {
	throw new BriefingError(path, [problem], {cause});
}

// ---- JSON syntax -------------------------------------------------------------------------------------------------

type SyntaxProblem = {offset: number; problem: string; remedy?: string};

/**
 * Finds where and why JSON.parse failed. V8's messages only sometimes carry a position and never say what was
 * expected, so this re-reads the text with a small strict scanner; it only runs on text that has already failed.
 */
export function locateJsonError(text: string): SyntaxProblem | undefined {
	let index = 0;
	const truncated = (): SyntaxProblem => ({
		offset: text.length,
		problem: 'the JSON ends too early (the file looks truncated)',
		remedy: 'check that it was written completely',
	});
	const unexpected = (expected: string): SyntaxProblem => {
		if (index >= text.length) return truncated();
		const shown = JSON.stringify(text[index]).slice(1, -1);
		return {offset: index, problem: `unexpected '${shown}'`, remedy: `expected ${expected}`};
	};

	const skipSpace = () => {
		while (index < text.length && ' \t\n\r'.includes(text[index]!)) index++;
	};

	const string = (): SyntaxProblem | undefined => {
		index++;
		while (index < text.length) {
			const character = text[index]!;
			if (character === '"') {
				index++;
				return undefined;
			}

			if (character < ' ') return {offset: index, problem: 'a raw control character inside a string', remedy: 'write it as a \\u escape'};
			if (character === '\\') {
				const next = text[index + 1];
				if (next === 'u') {
					if (!/^[\da-fA-F]{4}$/.test(text.slice(index + 2, index + 6))) {
						return index + 6 > text.length ? truncated() : {offset: index, problem: 'bad \\u escape', remedy: 'expected four hex digits'};
					}

					index += 6;
					continue;
				}

				if (next === undefined) return truncated();
				if (!'"\\/bfnrt'.includes(next)) return {offset: index, problem: `bad escape '\\${next}'`, remedy: 'valid escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX'};
				index += 2;
				continue;
			}

			index++;
		}

		return truncated();
	};

	const value = (depth: number): SyntaxProblem | undefined => {
		skipSpace();
		const character = text[index];
		if (character === '"') return string();
		if (character === '{' || character === '[') {
			const close = character === '{' ? '}' : ']';
			index++;
			skipSpace();
			if (text[index] === close) {
				index++;
				return undefined;
			}

			for (;;) {
				if (close === '}') {
					skipSpace();
					if (text[index] !== '"') return unexpected('a property name in double quotes');
					const key = string();
					if (key) return key;
					skipSpace();
					if (text[index] !== ':') return unexpected("':' after the property name");
					index++;
				}

				const inner = value(depth + 1);
				if (inner) return inner;
				skipSpace();
				if (text[index] === close) {
					index++;
					return undefined;
				}

				if (text[index] !== ',') return unexpected(`',' or '${close}'`);
				index++;
				skipSpace();
				if (text[index] === close) return {offset: index, problem: 'a trailing comma', remedy: 'remove the comma before it'};
			}
		}

		const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
		number.lastIndex = index;
		if (number.test(text)) {
			index = number.lastIndex;
			return undefined;
		}

		for (const literal of ['true', 'false', 'null']) {
			if (text.startsWith(literal, index)) {
				index += literal.length;
				return undefined;
			}
		}

		return unexpected('a value (an object, array, string, number, true, false or null)');
	};

	try {
		const problem = value(0);
		if (problem) return problem;
		skipSpace();
		return index < text.length ? {offset: index, problem: 'more text after the JSON value', remedy: 'a briefing is a single JSON object'} : undefined;
	} catch {
		// Nesting deep enough to exhaust the stack; the caller falls back to V8's own message.
		return undefined;
	}
}


function parse(path: string, text: string): unknown {
	if (text.trim() === '') fail(path, {problem: 'the file is empty', remedy: 'expected a briefing JSON object'});
	try {
		return JSON.parse(text);
	} catch (error) {
		const located = locateJsonError(text);
		if (!located) return fail(path, {problem: `invalid JSON (${error instanceof Error ? error.message : String(error)})`}, error);
		return fail(path, {where: lineAndColumn(text, located.offset), problem: `invalid JSON: ${located.problem}`, remedy: located.remedy}, error);
	}
}

/** A large file's one-byte text, where it parses; any failure is worded from the file decoded as it stands. */
function parseBytes(path: string, bytes: Uint8Array): unknown {
	const ascii = bytes.length >= ASCII_TEXT_FROM_BYTES ? asciiJsonText(bytes) : undefined;
	if (ascii !== undefined) {
		try {
			return JSON.parse(ascii);
		} catch {
			// Said below, with the line and column of the file as it stands.
		}
	}

	return parse(path, decode(path, bytes));
}

// ---- Putting it together -----------------------------------------------------------------------------------------

/**
 * From how many quotes and items on a briefing is validated by zod's compiled validators. zod compiles a validator
 * for each object schema (with `new Function`) on its first parse, which pays off over thousands of objects but not
 * over a few dozen: on the seed briefing, validating took 8.6 ms compiled and 3.8 ms without (in a fresh process,
 * as at every start); on the large one (10,000 quotes and 10,000 items) 168 ms compiled and 173-233 ms without.
 */
const COMPILED_VALIDATION_FROM = 2000;

function entryCount(data: unknown): number {
	if (typeof data !== 'object' || data === null) return 0;
	const {quotes, inventory} = data as {quotes?: unknown; inventory?: unknown};
	return (Array.isArray(quotes) ? quotes.length : 0) + (Array.isArray(inventory) ? inventory.length : 0);
}

/** Validates with zod, which names every problem; loaded only for a briefing that needs it. */
async function validateWithSchema(path: string, data: unknown): Promise<Briefing> {
	const {briefingSchema} = await import('./schema.js');
	const result = briefingSchema.safeParse(data, {jitless: entryCount(data) < COMPILED_VALIDATION_FROM});
	if (!result.success) {
		throw new BriefingError(path, result.error.issues.map(issue => describeIssue(issue as SchemaIssue, data, briefingSchema)));
	}

	return result.data;
}

/** Validates already-parsed data as a briefing from `path`; throws a BriefingError naming the first problem. */
export async function validateBriefing(path: string, data: unknown): Promise<Briefing> {
	// A valid briefing, as every briefing sitrep writes is, needs zod neither to pass nor to be copied.
	const briefing = acceptsAsIs(data) ? data : await validateWithSchema(path, data);
	const problems = checkBriefing(briefing);
	if (problems.length > 0) throw new BriefingError(path, problems);
	return briefing;
}

/**
 * Reads, decodes, parses and validates a briefing file. Every failure is a BriefingError whose message is one line
 * naming the file, where in it, what is wrong and what would be right.
 */
export async function loadBriefing(path: string, options: LoadOptions = {}): Promise<Briefing> {
	const bytes = await readBytes(path, options);
	return validateBriefing(path, parseBytes(path, bytes));
}
