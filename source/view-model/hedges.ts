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

const patterns = new Map<string, RegExp>();

/** The hedge pattern for a set of extra words, built once: view models call this for every line they mark. */
function hedgePattern(extra: readonly string[]): RegExp {
	const key = extra.join('\u0000');
	let pattern = patterns.get(key);
	if (!pattern) {
		const words = [...new Set([...HEDGE_WORDS, ...extra.map(word => word.toLowerCase())])].sort((a, b) => b.length - a.length);
		pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
		patterns.set(key, pattern);
	}
	return pattern;
}

/**
 * Splits text into runs, with every hedge word (as a whole word, any case) in the hedge style after the hedge mark.
 * The mark is a 'marker' run, which search reads past, so "Iran may" still finds "Iran ≈may".
 */
export function markHedges(text: string, style: Style = 'plain', extra: readonly string[] = []): Line {
	const pattern = hedgePattern(extra);
	const line: Line = [];
	let last = 0;
	for (const match of text.matchAll(pattern)) {
		if (match.index > last) line.push(run(text.slice(last, match.index), style));
		line.push(run(HEDGE_MARK, 'marker'), run(match[0], 'hedge'));
		last = match.index + match[0].length;
	}
	if (last < text.length || line.length === 0) line.push(run(text.slice(last), style));
	return line;
}
