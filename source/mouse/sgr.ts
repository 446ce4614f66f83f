/**
 * Mouse reports in the SGR encoding (mode 1006), the only one sitrep asks for: `ESC [ < button ; column ; row M`
 * for a press, `m` for a release. Unlike the legacy X10 encoding, it has no raw bytes that could be taken for
 * typed keys, and no limit at column 223.
 */
export type MouseEvent =
	| {kind: 'press'; button: 'left' | 'middle' | 'right'; column: number; row: number}
	| {kind: 'release'; column: number; row: number}
	| {kind: 'wheel'; direction: 'up' | 'down'; column: number; row: number};

/** Ink strips the leading ESC from the sequences it does not name, so both spellings are accepted. */
const SGR_REPORT = /^\u001B?\[<(\d{1,4});(\d{1,5});(\d{1,5})([Mm])$/;

const WHEEL = 64;
const MOTION = 32;
/** Shift, Alt and Ctrl held during the event; sitrep treats a modified click like a plain one. */
const MODIFIERS = 4 | 8 | 16;
const BUTTONS = ['left', 'middle', 'right'] as const;

/**
 * The mouse event in `input`, or undefined when it is not a mouse report. Columns and rows are counted from 0 at
 * the top left, as the layout counts them (the terminal counts from 1). Motion and extra buttons give undefined:
 * sitrep does not ask for motion, and buttons 4 to 11 mean different things on different mice.
 */
export function parseMouse(input: string): MouseEvent | undefined {
	const match = SGR_REPORT.exec(input);
	if (!match) return undefined;
	const code = Number(match[1]);
	const column = Number(match[2]) - 1;
	const row = Number(match[3]) - 1;
	if (column < 0 || row < 0) return undefined;
	const button = code & ~MODIFIERS;
	if (button & MOTION) return undefined;
	if (button === WHEEL || button === WHEEL + 1) return {kind: 'wheel', direction: button === WHEEL ? 'up' : 'down', column, row};
	if (button > 2) return undefined;
	if (match[4] === 'm') return {kind: 'release', column, row};
	return {kind: 'press', button: BUTTONS[button]!, column, row};
}
