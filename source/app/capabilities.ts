/**
 * What the user's terminal can show, judged from the environment the way other terminal programs do.
 */
export type Environment = Readonly<Record<string, string | undefined>>;

/** Terminals (or consoles) whose fonts have no box drawing or arrows. */
const ASCII_TERMINALS = /^(linux|vt52|vt1\d\d|vt2\d\d|ansi|cons25|dumb|sun|wsvt25|xterm-mono)(-.*)?$/;

/** The character set in effect: LC_ALL overrides LC_CTYPE, which overrides LANG. */
export function localeIsUtf8(env: Environment): boolean {
	const locale = env['LC_ALL'] || env['LC_CTYPE'] || env['LANG'] || '';
	return /utf-?8/i.test(locale);
}

/** ASCII drawing unless the user chose (`--ascii`, `--no-ascii`): when the locale is not UTF-8 or TERM is a plain one. */
export function wantsAscii(env: Environment, choice: boolean | undefined): boolean {
	if (choice !== undefined) return choice;
	return !localeIsUtf8(env) || ASCII_TERMINALS.test(env['TERM'] ?? '');
}
