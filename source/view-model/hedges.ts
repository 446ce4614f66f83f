import {codePointBefore, isLetterOrNumber} from '../text/letters.js';
import {run, type Line, type Style} from './styled.js';

/**
 * Words by which the article signals less than certainty. Marked wherever briefing text is shown, so a hedged
 * claim never reads as a stated one; an item's own `hedges` list is authoritative and added to these.
 */
/**
 * The glyph before every hedge word and every likelihood short of "stated": with the hedge style's bold and
 * underline, it keeps a hedge visible without colour, and in a copy of the screen. ASCII mode shows "~".
 */
export const HEDGE_MARK = '≈';

export const HEDGE_WORDS = [
	'may',
	'might',
	'could',
	'would',
	'reportedly',
	'believe',
	'believes',
	'suggest',
	'suggests',
	'concerned',
	'expects',
	'likely',
	'possibly',
	'allegedly',
	'intends',
] as const;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/*
 * Hedge words are found as whole words, in any case: as the pattern
 * `(?<![\p{L}\p{N}])(word|…)(?![\p{L}\p{N}])` with flags `giu` would find them, longer words tried first. That
 * pattern took about 3 ms to compile and run at the first frame, most of it for its two Unicode classes, which it
 * also tested at every position of the text. Here a pattern of the words alone finds the candidates, and only their
 * two neighbours are tested (source/text/letters.ts). Where a word is refused for what follows it, the pattern would
 * go on to the shorter words that also match there ("may" where "may have" is followed by a letter); so does this.
 */
type HedgeWords = {
	candidates: RegExp;
	words: readonly string[];
	/** Each word alone, anchored where it is tried: made only for a word refused for what follows it. */
	anchored: Array<RegExp | undefined>;
};

const hedgeWordSets = new Map<string, HedgeWords>();

/** The hedge words with a set of extra ones, built once: view models call this for every line they mark. */
function hedgeWords(extra: readonly string[]): HedgeWords {
	const key = extra.join('\u0000');
	let set = hedgeWordSets.get(key);
	if (!set) {
		const words = [...new Set([...HEDGE_WORDS, ...extra.map(word => word.toLowerCase())])].sort((a, b) => b.length - a.length);
		set = {candidates: new RegExp(words.map(escapeRegExp).join('|'), 'giu'), words, anchored: []};
		hedgeWordSets.set(key, set);
	}

	return set;
}

const ASCII = /^[\u0000-\u007f]*$/;

const endsWord = (text: string, end: number): boolean => end >= text.length || !isLetterOrNumber(text.codePointAt(end)!);

/**
 * The length of the whole hedge word at `start`, where the candidate found there is followed by a letter or number:
 * a shorter word, tried in the pattern's order. Longer ones and others of the same length either do not match here
 * (the pattern tried them first) or end in the same place.
 */
function shorterWholeWord(set: HedgeWords, text: string, start: number, matchedLength: number): number | undefined {
	const matched = text.slice(start, start + matchedLength);
	const asciiMatch = ASCII.test(matched);
	for (let index = 0; index < set.words.length; index++) {
		const word = set.words[index]!;
		if (word.length >= matchedLength) continue;
		// Between ASCII texts, matching in any case is comparing lower case; only other text needs the pattern's folding.
		if (asciiMatch && ASCII.test(word)) {
			if (matched.slice(0, word.length).toLowerCase() === word && endsWord(text, start + word.length)) return word.length;
			continue;
		}

		const anchored = (set.anchored[index] ??= new RegExp(escapeRegExp(word), 'iuy'));
		anchored.lastIndex = start;
		if (anchored.test(text) && endsWord(text, anchored.lastIndex)) return anchored.lastIndex - start;
	}

	return undefined;
}

/**
 * Splits text into runs, with every hedge word (as a whole word, any case) in the hedge style after the hedge mark.
 * The mark is a 'marker' run, which search reads past, so "Iran may" still finds "Iran ≈may".
 */
export function markHedges(text: string, style: Style = 'plain', extra: readonly string[] = []): Line {
	const set = hedgeWords(extra);
	const {candidates} = set;
	const line: Line = [];
	let last = 0;
	candidates.lastIndex = 0;
	for (let match = candidates.exec(text); match !== null; match = candidates.exec(text)) {
		const start = match.index;
		const before = codePointBefore(text, start);
		const length = before !== undefined && isLetterOrNumber(before) ? undefined : endsWord(text, start + match[0].length) ? match[0].length : shorterWholeWord(set, text, start, match[0].length);
		if (length === undefined) {
			// Words start with a letter of one code unit, so the next try cannot split a surrogate pair.
			candidates.lastIndex = start + 1;
			continue;
		}

		if (start > last) line.push(run(text.slice(last, start), style));
		line.push(run(HEDGE_MARK, 'marker'), run(text.slice(start, start + length), 'hedge'));
		last = start + length;
		candidates.lastIndex = last;
	}

	if (last < text.length || line.length === 0) line.push(run(text.slice(last), style));
	return line;
}
