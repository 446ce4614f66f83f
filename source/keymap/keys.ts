import type {Key} from 'ink';
import {parseMouse} from '../mouse/sgr.js';

/**
 * A key as the keymap names it: a printable character ("j", "G", "?"), a named key ("down", "pagedown", "enter",
 * "escape", "tab"), Shift-Tab as "S-tab", or a control chord as "C-" plus a lowercase letter ("C-d").
 * One spelling per key, so bindings can be compared for clashes and shown in help exactly as declared.
 */
export type KeyName = string;

/** Turns Ink's view of a key press into the keymap's name for it; undefined for presses the keymap never binds. */
export function keyNameOf(input: string, key: Key): KeyName | undefined {
	if (key.upArrow) return 'up';
	if (key.downArrow) return 'down';
	if (key.leftArrow) return 'left';
	if (key.rightArrow) return 'right';
	if (key.pageUp) return 'pageup';
	if (key.pageDown) return 'pagedown';
	if (key.home) return 'home';
	if (key.end) return 'end';
	if (key.return) return 'enter';
	if (key.tab) return key.shift ? 'S-tab' : 'tab';
	if (key.escape) return 'escape';
	if (key.backspace || key.delete) return 'backspace';
	if (key.ctrl && /^[a-z]$/i.test(input)) return `C-${input.toLowerCase()}`;
	if (key.meta) return undefined;
	if ([...input].length === 1) return characterKey(input);
	return undefined;
}

/** A key that arrived as a plain character: control bytes have names, printable characters are themselves. */
function characterKey(character: string): KeyName | undefined {
	const code = character.codePointAt(0)!;
	if (character === '\t') return 'tab';
	if (character === '\r' || character === '\n') return 'enter';
	if (code === 0x7f || code === 0x08) return 'backspace';
	if (code >= 0x01 && code <= 0x1a) return `C-${String.fromCodePoint(code + 0x60)}`;
	if (code < 0x20 || (code >= 0x80 && code < 0xa0)) return undefined;
	return character;
}

/**
 * Every key in one input event. Ink hands over a run of plain characters as one string: keys typed faster than
 * the program reads them (a held-down j, a burst over a slow link) arrive together and must each count.
 */
export function keyNamesOf(input: string, key: Key): KeyName[] {
	// A mouse report is never keys, wherever it arrives: read as characters it would type "[<0;12;5M".
	if (parseMouse(input)) return [];
	const characters = [...input];
	if (characters.length <= 1 || key.meta || key.ctrl) {
		const name = keyNameOf(input, key);
		return name === undefined ? [] : [name];
	}
	return characters.map(characterKey).filter((name): name is KeyName => name !== undefined);
}

const LABELS: Record<string, string> = {
	up: '↑',
	down: '↓',
	left: '←',
	right: '→',
	pageup: 'PgUp',
	pagedown: 'PgDn',
	home: 'Home',
	end: 'End',
	enter: 'Enter',
	escape: 'Esc',
	tab: 'Tab',
	'S-tab': 'Shift-Tab',
	backspace: 'Backspace',
	' ': 'Space',
};

const ASCII_LABELS: Record<string, string> = {up: 'Up', down: 'Down', left: 'Left', right: 'Right'};

/** How a key is written for people: in the help overlay, the status bar and the README. */
export function keyLabel(name: KeyName, options: {ascii?: boolean} = {}): string {
	if (options.ascii && ASCII_LABELS[name]) return ASCII_LABELS[name];
	const label = LABELS[name];
	if (label) return label;
	if (name.startsWith('C-')) return `Ctrl-${name.slice(2)}`;
	return name;
}
