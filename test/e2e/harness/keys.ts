type Letter =
	| 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j' | 'k' | 'l' | 'm'
	| 'n' | 'o' | 'p' | 'q' | 'r' | 's' | 't' | 'u' | 'v' | 'w' | 'x' | 'y' | 'z';

const cursorKeys = {
	up: 'A',
	down: 'B',
	right: 'C',
	left: 'D',
	home: 'H',
	end: 'F',
} as const;

const fixedKeys = {
	pageup: '\u001B[5~',
	pagedown: '\u001B[6~',
	delete: '\u001B[3~',
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	'shift-tab': '\u001B[Z',
	backspace: '\u007F',
	space: ' ',
} as const;

export type CursorKey = keyof typeof cursorKeys;
export type NamedKey = CursorKey | keyof typeof fixedKeys | `C-${Letter}`;
/** A named key, or any single printable character (checked when pressed). */
// `string & {}` keeps editor completion for the names while still accepting single characters.
export type Key = NamedKey | (string & {});

export type KeyContext = {
	/** DECCKM (`CSI ?1 h`): a real xterm then sends SS3 forms for the cursor keys, so we do too. */
	applicationCursorKeys: boolean;
};

export function keyToBytes(key: Key, context: KeyContext = {applicationCursorKeys: false}): string {
	if (Object.hasOwn(cursorKeys, key)) {
		const final = cursorKeys[key as CursorKey];
		return (context.applicationCursorKeys ? '\u001BO' : '\u001B[') + final;
	}

	if (Object.hasOwn(fixedKeys, key)) {
		return fixedKeys[key as keyof typeof fixedKeys];
	}

	const control = /^C-([a-z])$/i.exec(key);
	if (control?.[1] !== undefined) {
		// Ctrl clears the top three bits of the letter's code: C-a is 0x01 ... C-z is 0x1a.
		return String.fromCodePoint(control[1].toLowerCase().codePointAt(0)! - 0x60);
	}

	// Count code points, not UTF-16 units, so a single emoji or CJK character is accepted.
	if ([...key].length === 1 && !/\p{Cc}/u.test(key)) {
		return key;
	}

	throw new Error(`Unknown key ${JSON.stringify(key)}; use a named key (up, enter, C-c, ...), a single printable character, or write() for raw bytes`);
}
