/** The terminal modes sitrep changes, and the sequences that undo each one. */
export const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h\u001B[H';
export const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';
export const SHOW_CURSOR = '\u001B[?25h';
export const HIDE_CURSOR = '\u001B[?25l';
export const CLEAR_SCREEN = '\u001B[2J\u001B[H';
/**
 * Mouse reporting for `--mouse`: presses, releases and the wheel (1000), in the SGR encoding (1006). No motion
 * tracking: it would send a report for every cell the pointer crosses, which a slow link pays for.
 */
export const ENABLE_MOUSE = '\u001B[?1000h\u001B[?1006h';
/** Mouse reporting (all tracking modes and SGR encoding) and bracketed paste, off whether or not they were on. */
export const RESET_INPUT_MODES = '\u001B[?1000l\u001B[?1002l\u001B[?1003l\u001B[?1006l\u001B[?2004l';

/** Everything that puts the user's terminal back as it was: main screen, visible cursor, no reporting modes. */
export const RESTORE_TERMINAL = RESET_INPUT_MODES + SHOW_CURSOR + LEAVE_ALTERNATE_SCREEN;
