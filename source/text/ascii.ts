import stringWidth from 'string-width';

/**
 * Plain-ASCII stand-ins for what sitrep draws and for common typography in articles. Each replacement takes the
 * same number of columns as the character it replaces, so a layout measured in Unicode stays aligned in ASCII.
 */
const REPLACEMENTS: Record<string, string> = {
	'─': '-', '━': '-', '│': '|', '┃': '|',
	'┌': '+', '┐': '+', '└': '+', '┘': '+', '├': '+', '┤': '+', '┬': '+', '┴': '+', '┼': '+',
	'╭': '+', '╮': '+', '╰': '+', '╯': '+', '┏': '+', '┓': '+', '┗': '+', '┛': '+',
	'▶': '>', '▲': '^', '▼': 'v', '→': '>', '←': '<', '↑': '^', '↓': 'v',
	'•': '*', '·': '.', '¶': 'P', '…': '.', '⟦': '[', '⟧': ']',
	'‘': "'", '’': "'", '“': '"', '”': '"', '–': '-', '—': '-', '\u00A0': ' ',
	'␛': '^', '␡': '#', '≈': '~',
};

const NON_ASCII = /[^\u0000-\u007F]/u;

function replace(character: string): string {
	const known = REPLACEMENTS[character];
	if (known !== undefined) return known;
	// Control pictures (U+2400-U+241F) stand for C0 controls: show them as caret notation's marker.
	const code = character.codePointAt(0)!;
	if (code >= 0x2400 && code <= 0x241f) return '^';
	const letters = character.normalize('NFD').replace(/\p{M}/gu, '');
	if (letters.length > 0 && !NON_ASCII.test(letters) && stringWidth(letters) === stringWidth(character)) return letters;
	return '?'.repeat(stringWidth(character));
}

/** Text for a terminal that can only show ASCII: same width, every other character replaced. */
export function toAscii(text: string): string {
	if (!NON_ASCII.test(text)) return text;
	let out = '';
	for (const character of text) out += character.codePointAt(0)! < 0x80 ? character : replace(character);
	return out;
}
