import type {Briefing} from '../briefing/schema.js';

/**
 * Characters JSON.stringify leaves raw that a terminal would act on (C1 controls, DEL) or that reorder or break the
 * display (bidi controls, the Unicode line and paragraph separators). In JSON text they can only occur inside string
 * literals, so replacing each with its \u escape keeps the document meaning exactly the same.
 */
const RAW_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

const escapeCharacter = (character: string) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** The briefing as a JSON document that sitrep can read back, safe to print to a terminal. */
export function formatJson(briefing: Briefing): string {
	return `${JSON.stringify(briefing, null, 2).replace(RAW_UNSAFE, escapeCharacter)}\n`;
}
