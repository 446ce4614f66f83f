/**
 * Text folded for searching, so a reader need not type the article's typography: curly quotes, primes and dashes
 * match their ASCII forms, and accented letters match bare ones. Folding changes lengths (a decomposed "é" is two
 * code units, its folded "e" one), so every folded code unit remembers the stretch of the original it came from,
 * and a match in the folded text can be highlighted in the text as written.
 */
export type NormalizedText = {
	/** The folded text. */
	text: string;
	/** For each code unit of `text`, where its source character starts in the original. */
	starts: number[];
	/** For each code unit of `text`, where its source character (and any accents dropped after it) ends. */
	ends: number[];
};

export type NormalizeOptions = {
	/** Also lower-case, for case-insensitive search. */
	foldCase?: boolean;
};

// Hyphen, non-breaking hyphen, figure dash, en and em dashes and the minus sign all read as "-" to a searcher.
const PUNCTUATION: Record<string, string> = {
	'\u2018': "'",
	'\u2019': "'",
	'\u201a': "'",
	'\u201b': "'",
	'\u2032': "'",
	'\u201c': '"',
	'\u201d': '"',
	'\u201e': '"',
	'\u201f': '"',
	'\u2033': '"',
	'\u2010': '-',
	'\u2011': '-',
	'\u2012': '-',
	'\u2013': '-',
	'\u2014': '-',
	'\u2212': '-',
	'\u00a0': ' ',
};

const MARK = /\p{M}/u;

/** Folds one character (a code point) to what a searcher would type for it; may be empty or several code units. */
function foldCharacter(character: string, foldCase: boolean): string {
	const punctuation = PUNCTUATION[character];
	if (punctuation !== undefined) return punctuation;
	if (character.charCodeAt(0) < 0x80) return foldCase ? character.toLowerCase() : character;
	let folded = '';
	for (const part of character.normalize('NFD')) if (!MARK.test(part)) folded += part;
	return foldCase ? folded.toLowerCase() : folded;
}

const NON_ASCII_RUN = /[^\u0000-\u007f]+/g;
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * `normalizeForSearch(text, options).text` without the way back, for searching a whole briefing: ASCII is folded a
 * stretch at a time, and `oneToOne` says whether every code unit folded to exactly one code unit (each a character
 * of its own), in which case an offset in the folded text is the same offset in `text`.
 */
export function foldText(text: string, options: NormalizeOptions = {}): {text: string; oneToOne: boolean} {
	const foldCase = options.foldCase ?? false;
	const ascii = (stretch: string): string => (foldCase ? stretch.toLowerCase() : stretch);
	// Nearly every field of a briefing is ASCII: no match iterator for those.
	if (!NON_ASCII.test(text)) return {text: ascii(text), oneToOne: true};
	let folded = '';
	let oneToOne = true;
	let last = 0;
	for (const run of text.matchAll(NON_ASCII_RUN)) {
		folded += ascii(text.slice(last, run.index));
		for (const character of run[0]) {
			const piece = foldCharacter(character, foldCase);
			if (piece.length !== 1 || character.length !== 1) oneToOne = false;
			folded += piece;
		}
		last = run.index + run[0].length;
	}
	return {text: folded + ascii(text.slice(last)), oneToOne};
}

/** Folds quotes, dashes and accents (and case, when asked), keeping the way back to the original offsets. */
export function normalizeForSearch(text: string, options: NormalizeOptions = {}): NormalizedText {
	const foldCase = options.foldCase ?? false;
	let folded = '';
	const starts: number[] = [];
	const ends: number[] = [];
	let offset = 0;
	let lastPiece = 0;
	for (const character of text) {
		const end = offset + character.length;
		const piece = foldCharacter(character, foldCase);
		if (piece === '') {
			// A dropped accent belongs to the letter before it, so highlighting that letter takes the accent too.
			for (let unit = ends.length - lastPiece; unit < ends.length; unit++) ends[unit] = end;
		} else {
			folded += piece;
			lastPiece = piece.length;
			for (let unit = 0; unit < piece.length; unit++) {
				starts.push(offset);
				ends.push(end);
			}
		}
		offset = end;
	}
	return {text: folded, starts, ends};
}

export type Range = {start: number; end: number};

/**
 * The stretch of the original text behind `[start, end)` of the folded text, widened to whole characters: a match
 * never cuts a letter from its accent.
 */
export function originalRange(normalized: NormalizedText, start: number, end: number): Range | undefined {
	if (end <= start) return undefined;
	const from = normalized.starts[start];
	const to = normalized.ends[end - 1];
	return from === undefined || to === undefined ? undefined : {start: from, end: to};
}
