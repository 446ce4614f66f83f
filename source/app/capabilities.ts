/**
 * What the user's terminal can show, judged from the environment the way other terminal programs do.
 */
export type Environment = Readonly<Record<string, string | undefined>>;

/** Terminals (or consoles) whose fonts have no box drawing or arrows. */
const ASCII_TERMINALS = /^(linux|vt52|vt1\d\d|vt2\d\d|ansi|cons25|dumb|sun|wsvt25|xterm-mono)(-.*)?$/;

/**
 * Terminals without line insert and delete (IL and DL came with the VT102): the VT52 and the VT100 itself. The
 * dashboard's writer moves lines that scrolled with them; here it writes the lines out instead.
 */
const NO_LINE_EDITING = /^(vt52|vt100)(-.*)?$/;

/** Whether the terminal can insert and delete lines, which the dashboard uses to move a scrolled block cheaply. */
export function knowsLineInsertDelete(env: Environment): boolean {
	return !NO_LINE_EDITING.test(env['TERM'] ?? '');
}

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
