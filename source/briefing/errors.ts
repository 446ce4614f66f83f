import {neutralize} from '../text/neutralize.js';

/** Data echoed back in a message is clipped so one bad value cannot flood the line. */
export const ECHO_LIMIT = 60;

/** Makes a piece of someone else's data fit to print inside a one-line message. */
export function echo(value: string, limit = ECHO_LIMIT): string {
	const safe = neutralize(value);
	const characters = [...safe];
	return characters.length > limit ? `${characters.slice(0, limit - 1).join('')}…` : safe;
}

/** Like `echo`, but keeps the end: the last part of a long file path is the part that identifies it. */
export function echoTail(value: string, limit = ECHO_LIMIT): string {
	const characters = [...neutralize(value)];
	return characters.length > limit ? `…${characters.slice(characters.length - limit + 1).join('')}` : characters.join('');
}

/** A value as it would be written in JSON, clipped: `"tank"`, `42`, `an array`. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'string') return `"${echo(value)}"`;
	return echo(String(value));
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A JSON path as a reader would type it: `inventory[2].evidence[0].text`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else {
			const name = String(key);
			out += IDENTIFIER.test(name) ? `${out ? '.' : ''}${name}` : `[${JSON.stringify(echo(name))}]`;
		}
	}

	return out || '(top level)';
}

export type Problem = {
	/** Where in the file: a JSON path, or a line and column. Absent for problems with the file as a whole. */
	where?: string;
	/** What is wrong. */
	problem: string;
	/** What would be right. */
	remedy?: string;
};

/** Renders one problem the way every message reads: `<where>: <what is wrong>; <what would be right>`. */
export function describeProblem({where, problem, remedy}: Problem): string {
	const body = remedy ? `${problem}; ${remedy}` : problem;
	return where ? `${where}: ${body}` : body;
}

/**
 * A briefing that cannot be used. The message is always a single line naming the file, so it can go straight to
 * stderr; extra problems are only counted, because one fix at a time is easier to act on than a wall of errors.
 */
export class BriefingError extends Error {
	override name = 'BriefingError';
	readonly file: string;
	readonly problems: readonly Problem[];

	constructor(file: string, problems: readonly Problem[], options?: {cause?: unknown}) {
		const [first, ...rest] = problems;
		const head = first ? describeProblem(first) : 'unusable briefing';
		const more = rest.length > 0 ? `; and ${rest.length} more` : '';
		// Collapse any stray line breaks our own wording might carry; the data parts are neutralized already.
		super(`sitrep: ${echoTail(file)}: ${head}${more}`.replace(/[\r\n]+/g, ' '), options);
		this.file = file;
		this.problems = problems;
	}
}

// ---- Schema issues -------------------------------------------------------------------------------------------

/** The subset of a zod issue this module reads; kept structural so it does not depend on zod's internal types. */
export type SchemaIssue = {
	code: string;
	path: PropertyKey[];
	message: string;
	expected?: string;
	values?: readonly unknown[];
	keys?: readonly string[];
	origin?: string;
	minimum?: number | bigint;
	maximum?: number | bigint;
	format?: string;
};

type SchemaNode = {_zod: {def: {type: string; shape?: Record<string, SchemaNode>; element?: SchemaNode; innerType?: SchemaNode}}};

/** Follows `path` through the schema so a message about an unknown key can list the keys that are allowed there. */
function allowedKeys(schema: unknown, path: readonly PropertyKey[]): string[] {
	let node = schema as SchemaNode | undefined;
	const unwrap = () => {
		while (node?._zod.def.innerType) node = node._zod.def.innerType;
	};

	for (const key of path) {
		unwrap();
		const def = node?._zod.def;
		node = typeof key === 'number' ? def?.element : def?.shape?.[String(key)];
	}

	unwrap();
	return Object.keys(node?._zod.def.shape ?? {});
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}

	return value;
}

const TYPE_NAMES: Record<string, string> = {
	object: 'an object',
	array: 'an array',
	string: 'a string',
	number: 'a number',
	int: 'an integer',
	boolean: 'true or false',
};

function got(value: unknown): string {
	return typeof value === 'number' ? `got number ${describeValue(value)}` : `got ${describeValue(value)}`;
}

function listValues(values: readonly unknown[]): string {
	return values.map(value => (typeof value === 'string' ? echo(value, 30) : describeValue(value))).join(', ');
}

/** zod's own wording ("Too small: expected…") is replaced; messages written in schema.ts are kept as they are. */
const isZodDefault = (message: string) => /^(Too small|Too big|Invalid)\b/.test(message);

/** Turns one schema issue into a problem that says where, what is wrong, and what would be right. */
export function describeIssue(issue: SchemaIssue, data: unknown, schema: unknown): Problem {
	const where = formatPath(issue.path);
	const value = valueAt(data, issue.path);
	const custom = isZodDefault(issue.message) ? undefined : echo(issue.message, 100);

	switch (issue.code) {
		case 'unrecognized_keys': {
			const keys = issue.keys ?? [];
			const others = keys.length > 1 ? ` (and ${keys.length - 1} other unknown key${keys.length > 2 ? 's' : ''})` : '';
			const allowed = allowedKeys(schema, issue.path);
			return {
				where: formatPath([...issue.path, keys[0] ?? '?']),
				problem: `unknown key${others}`,
				remedy: allowed.length > 0 ? `allowed keys here are ${allowed.join(', ')}` : 'remove it',
			};
		}

		case 'invalid_type': {
			const expected = TYPE_NAMES[issue.expected ?? ''] ?? issue.expected ?? 'another type';
			if (value === undefined) return {where, problem: 'is missing', remedy: `expected ${expected}`};
			return {where, problem: `expected ${expected} — ${got(value)}`};
		}

		case 'invalid_value': {
			const values = issue.values ?? [];
			const expected = values.length === 1 ? listValues(values) : `one of ${listValues(values)}`;
			if (value === undefined) return {where, problem: 'is missing', remedy: `expected ${expected}`};
			return {where, problem: `expected ${expected} — ${got(value)}`};
		}

		case 'too_small':
		case 'too_big': {
			const bound = issue.code === 'too_small' ? `at least ${issue.minimum}` : `at most ${issue.maximum}`;
			if (issue.origin === 'array') {
				const count = Array.isArray(value) ? value.length : 0;
				return {where, problem: `has ${count} entr${count === 1 ? 'y' : 'ies'}`, remedy: custom ?? `needs ${bound}`};
			}

			if (issue.origin === 'string') {
				const blank = typeof value === 'string' && value.trim() === '';
				return {where, problem: blank ? 'is empty' : `is ${describeValue(value)}`, remedy: custom ?? `must be ${bound} characters long`};
			}
			return {where, problem: `${custom ?? `must be ${bound}`} — ${got(value)}`};
		}

		case 'invalid_format': {
			const expected = issue.format === 'url' ? 'expected a URL' : (custom ?? `expected the ${issue.format ?? 'required'} format`);
			return {where, problem: `${expected} — ${got(value)}`};
		}

		default: {
			return {where, problem: custom ?? `is not valid (${echo(issue.message, 60)}) — ${got(value)}`};
		}
	}
}
