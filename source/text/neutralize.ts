/**
 * Text from a briefing is somebody else's data: it must never act on the user's terminal. Every character that a
 * terminal could interpret (C0 and C1 controls, which start escape, CSI, OSC and DCS sequences; DEL) or that can
 * reorder what is displayed (bidirectional overrides and isolates) is replaced by a visible stand-in, so a hostile
 * string shows what it tried to do instead of doing it.
 */

// C0 controls, DEL, C1 controls, and the bidi controls (LRM/RLM, ALM, embeddings/overrides, isolates).
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const ESC = 0x1b;

function standIn(character: string): string {
	const code = character.codePointAt(0)!;
	if (code === 0x09 || code === 0x0a || code === 0x0d) return ' ';
	if (code === ESC) return '␛';
	// The Unicode "control pictures" block has a glyph for each C0 control and for DEL.
	if (code < 0x20) return String.fromCodePoint(0x2400 + code);
	if (code === 0x7f) return '␡';
	return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/** Returns `text` safe to write to a terminal: no controls, no bidi overrides; tabs and newlines become spaces. */
export function neutralize(text: string): string {
	UNSAFE.lastIndex = 0;
	return UNSAFE.test(text) ? text.replace(UNSAFE, standIn) : text;
}

/** True when `text` holds nothing that `neutralize` would replace. */
export function isTerminalSafe(text: string): boolean {
	UNSAFE.lastIndex = 0;
	return !UNSAFE.test(text);
}
