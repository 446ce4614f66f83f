import {BriefingError} from '../briefing/errors.js';
import {ConfigError} from '../config/errors.js';
import {neutralize} from '../text/neutralize.js';

/**
 * What to print on stderr for an error: one line, plus the stack only when asked for with --debug. Messages of
 * unexpected errors can carry data (a path, a value), so they are neutralized and cut at the first line break.
 */
export function describeFailure(error: unknown, debug: boolean): string {
	const message =
		error instanceof BriefingError || error instanceof ConfigError
			? error.message
			: `sitrep: ${neutralize((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '')}`;
	const stack = debug && error instanceof Error && error.stack ? `\n${neutralizeLines(error.stack)}` : '';
	return `${message}${stack}\n`;
}

function neutralizeLines(text: string): string {
	return text
		.split('\n')
		.map(line => neutralize(line))
		.join('\n');
}
