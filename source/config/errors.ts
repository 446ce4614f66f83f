import {describeIssue, describeProblem, echo, echoTail, type Problem, type SchemaIssue} from '../briefing/errors.js';

/**
 * Config paths keep command names whole (`keys.dashboard.move-down[1]`), because that is how people read and
 * write them; the briefing's formatPath would bracket every hyphenated name.
 */
const PLAIN_NAME = /^[A-Za-z_$][\w$-]*$/;

/** A JSON path into the config file as a reader would type it: `keys.dashboard.move-down[1]`. */
export function formatConfigPath(path: ReadonlyArray<PropertyKey>): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else {
			const name = String(key);
			out += PLAIN_NAME.test(name) ? `${out ? '.' : ''}${name}` : `[${JSON.stringify(echo(name))}]`;
		}
	}

	return out || '(top level)';
}

/**
 * A config file that cannot be used. Like BriefingError the message is one line naming the file, but it is a
 * class of its own so the CLI can tell "your settings are wrong" from "this briefing is wrong".
 */
export class ConfigError extends Error {
	override name = 'ConfigError';
	readonly file: string;
	readonly problems: readonly Problem[];

	constructor(file: string, problems: readonly Problem[], options?: {cause?: unknown}) {
		const [first, ...rest] = problems;
		const head = first ? describeProblem(first) : 'unusable config file';
		const more = rest.length > 0 ? `; and ${rest.length} more` : '';
		super(`sitrep: ${echoTail(file)}: ${head}${more}`.replace(/[\r\n]+/g, ' '), options);
		this.file = file;
		this.problems = problems;
	}
}

/** The briefing's wording for schema issues, with the location written the config way. */
export function describeConfigIssue(issue: SchemaIssue, data: unknown, schema: unknown): Problem {
	// `keys` is a zod record, which reports itself as expecting a "record"; to the person editing it, it is an object.
	const problem = describeIssue(issue.expected === 'record' ? {...issue, expected: 'object'} : issue, data, schema);
	const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys?.[0] ?? '?'] : issue.path;
	return {...problem, where: formatConfigPath(path)};
}
