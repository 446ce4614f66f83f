/*
 * Whether a character is a letter or a number, as a case-insensitive Unicode pattern's `[\p{L}\p{N}]` reads it
 * (the class is closed under case folding: U+0345, a combining mark, counts, for it folds to the letter ι). Used to
 * tell whole words: compiling that class into a pattern costs about 1 ms at the first frame, so the characters words
 * are usually set between (ASCII, and the General Punctuation block: curly quotes, dashes, spaces) are answered
 * without it. A test checks every code point against the class.
 */
let letterOrNumberClass: RegExp | undefined;

export function isLetterOrNumber(codePoint: number): boolean {
	if (codePoint < 0x80) {
		const lower = codePoint | 0x20;
		return (codePoint >= 0x30 && codePoint <= 0x39) || (lower >= 0x61 && lower <= 0x7a);
	}

	if (codePoint >= 0x2000 && codePoint <= 0x206f) return false;
	return (letterOrNumberClass ??= /^[\p{L}\p{N}]$/iu).test(String.fromCodePoint(codePoint));
}

/** The code point that ends just before `index` (a surrogate pair read as one), or undefined at the start. */
export function codePointBefore(text: string, index: number): number | undefined {
	if (index <= 0) return undefined;
	const last = text.charCodeAt(index - 1);
	if (last >= 0xdc00 && last <= 0xdfff && index >= 2) {
		const first = text.charCodeAt(index - 2);
		if (first >= 0xd800 && first <= 0xdbff) return (first - 0xd800) * 0x400 + (last - 0xdc00) + 0x10000;
	}

	return last;
}
