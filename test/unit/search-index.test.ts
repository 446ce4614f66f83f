import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {briefingSchema, type Briefing} from '../../source/briefing/schema.js';
import {prepareSearch, searchFound} from '../../source/search/index.js';
import {foldText, normalizeForSearch} from '../../source/search/normalize.js';
import {compileQuery} from '../../source/search/query.js';
import {searchBriefing} from '../support/full-search.js';
import {seededRandom} from '../support/seeded-random.js';

const seed: Briefing = briefingSchema.parse(
	JSON.parse(readFileSync(new URL('../../data/briefings/russia-iran-defense-partnership.json', import.meta.url), 'utf8')),
);

/** Text with every kind of character folding treats apart. */
const AWKWARD = [
	'',
	'plain ASCII, Upper And lower',
	'Ré‑sumé “Su‑35” — the Su–35’s pilots; cafe\u0301 🚀 CAFÉ “Su-35”',
	'ΟΔΥΣΣΕΥΣ ὀδυσσεύς', // Greek: a final sigma, which a whole-string toLowerCase treats by its place in the word
	'İstanbul ǅ ß ﬁ Å', // characters whose case or decomposition changes their length
	'e\u0301\u0301 a\u0308 \u0301lead',
	'tab\tand\u00a0no-break',
	'😀👩‍🚀🇺🇦 astral',
	'\u{2F800} a compatibility ideograph beyond the BMP, which folds to one in it',
	'\u1161\uAC00\u1100 a Hangul syllable between two of the letters it decomposes to',
	'aAaAa AAA sU-35 SU–35 Su‑35’s Ré', // a kept case found where its lower-cased form overlaps a miss
];

/** The dashboard's answer as the full search gives it: every match counted, each row once in reading order. */
function fromFullSearch(briefing: Briefing, query: string) {
	const matches = searchBriefing(briefing, query);
	const seen = new Set<string>();
	const rows = matches.filter(({pane, entry}) => !seen.has(`${pane}:${entry}`) && seen.add(`${pane}:${entry}`)).map(({pane, entry}) => ({pane, entry}));
	return {matches: matches.length, rows};
}

describe('foldText', () => {
	it('folds exactly as normalizeForSearch does, with and without case', () => {
		for (const text of AWKWARD) {
			for (const foldCase of [false, true]) expect(foldText(text, {foldCase}).text, `${text} ${foldCase}`).toBe(normalizeForSearch(text, {foldCase}).text);
		}
	});

	it('says one-to-one only when every offset is the same folded and as written', () => {
		for (const text of [...AWKWARD, 'naïve', 'don’t', 'x—y', 'straße']) {
			for (const foldCase of [false, true]) {
				const {oneToOne} = foldText(text, {foldCase});
				const {text: folded, starts, ends} = normalizeForSearch(text, {foldCase});
				const identity = folded.length === text.length && starts.every((start, unit) => start === unit && ends[unit] === unit + 1);
				if (oneToOne) expect(identity, `${text} ${foldCase}`).toBe(true);
			}
		}
		expect(foldText('don’t — “quoted”', {foldCase: true}).oneToOne).toBe(true);
		expect(foldText('cafe\u0301').oneToOne).toBe(false);
		expect(foldText('🚀').oneToOne).toBe(false);
		expect(foldText('\u{2F800}').oneToOne).toBe(false);
	});
});

describe('searchFound', () => {
	it('counts what searchBriefing finds, for every word of the seed and pieces of them', () => {
		const words = new Set(
			[seed.source.headline, ...seed.article.paragraphs, ...seed.quotes.map(quote => quote.text)].flatMap(text => text.split(/\s+/)).filter(Boolean),
		);
		const queries = ['a', 'e', 'Su-35', 'su-35', '"', "'", '-', 'Iran ', ' the ', 'KIRBY', 'Kirby', 'xyzzy', ...words, ...[...words].map(word => word.slice(1, 4))];
		for (const query of queries) expect(searchFound(seed, compileQuery(query)), query).toEqual(fromFullSearch(seed, query));
	});

	it('counts the same in fields whose folding changes lengths, and in neighbouring fields of one row', () => {
		const briefing: Briefing = {
			...seed,
			source: {...seed.source, tags: AWKWARD.filter(Boolean), publisher: 'Café Crème ΟΔΥΣΣΕΥΣ'},
			quotes: seed.quotes.map((quote, index) => ({...quote, speaker: AWKWARD[index % AWKWARD.length] || quote.speaker})),
		};
		// The Hangul syllable folds to two letters, so two matches of '\u1161\u1100' meet inside it: findMatches keeps one.
		const queries = ['e', 'é', 'cafe', 'CAFE', 'su-35', 'Su-35', 'σ', 'ς', 'ΣΣ', 'i', 'İ', 'ss', 'fi', 'a', '🚀', '👩', ' ', 'no-break', "'s", '\u1161\u1100', '\u4E3D', 'Aa', 'AA', 'aA', 'SU-35', 'U-35', "35's", 'Su-35\'s', 'Ré', 'RE'];
		for (const query of queries) expect(searchFound(briefing, compileQuery(query)), query).toEqual(fromFullSearch(briefing, query));
	});

	it('finds nothing for an empty or blank query, and answers the same when asked again', () => {
		expect(searchFound(seed, compileQuery(''))).toEqual({matches: 0, rows: []});
		expect(searchFound(seed, compileQuery('   '))).toEqual({matches: 0, rows: []});
		const first = searchFound(seed, compileQuery('iran'));
		expect(first.matches).toBeGreaterThan(10);
		expect(searchFound(seed, compileQuery('iran'))).toEqual(first);
		expect(searchFound(seed, compileQuery('Iran'))).toEqual(fromFullSearch(seed, 'Iran'));
	});
});

describe('searchFound on seeded random text', () => {
	/**
	 * Pieces a field is made of: both cases (one letter often, so that a kept case overlaps lower-case misses), accents
	 * composed and not, quotes, Greek sigmas, and what changes length when folded.
	 */
	const PIECES = ['a', 'A', 'a', 'A', 'aA', 'Aa', 'b', 'B', 's', 'S', 'e', 'E', ' ', '-', "'", 'é', 'É', 'e\u0301', 'E\u0301', '’', '“', '—', 'σ', 'Σ', 'ς', 'İ', 'ı', 'ß', 'ﬁ', '🚀', '\u00a0'];

	it('counts what the plain search finds, with and without a kept case', () => {
		const random = seededRandom(20_261_126);
		const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
		const text = (length: number): string => Array.from({length}, () => pick(PIECES)).join('');
		for (let round = 0; round < 40; round++) {
			const fields = Array.from({length: 12}, () => text(1 + Math.floor(random() * 30)));
			const briefing: Briefing = {...seed, quotes: seed.quotes.map((quote, index) => ({...quote, speaker: fields[index % fields.length]!}))};
			for (let probe = 0; probe < 15; probe++) {
				// Mostly a stretch of a field, its case changed here and there, so that the query is found, or nearly.
				const from = pick(fields);
				const start = Math.floor(random() * from.length);
				const stretch = [...from.slice(start, start + 1 + Math.floor(random() * 4))].map(unit => (random() < 0.3 ? unit.toUpperCase() : unit)).join('');
				const query = random() < 0.8 ? stretch : text(1 + Math.floor(random() * 3));
				expect(searchFound(briefing, compileQuery(query)), `${JSON.stringify(query)} in round ${round}`).toEqual(fromFullSearch(briefing, query));
			}
		}
	});
});

describe('prepareSearch', () => {
	/** The seed with its quotes a hundred times over: enough fields that a slice of no time leaves work. */
	const many = (): Briefing => ({...seed, quotes: Array.from({length: 100}, () => seed.quotes).flat()});

	it('folds in slices, each leaving the rest for the next, and the search after it counts as the full one does', () => {
		const briefing = many();
		let slices = 1;
		while (!prepareSearch(briefing, 0)) slices++;
		expect(slices).toBeGreaterThan(1);
		expect(prepareSearch(briefing, 0)).toBe(true);
		for (const query of ['kirby', 'Iran', 'su-35', '"']) expect(searchFound(briefing, compileQuery(query)), query).toEqual(fromFullSearch(briefing, query));
	});

	it('lets a search come before the folding is done, and finishes it for that search', () => {
		const briefing = many();
		expect(prepareSearch(briefing, 0)).toBe(false);
		expect(searchFound(briefing, compileQuery('kirby'))).toEqual(fromFullSearch(briefing, 'kirby'));
		expect(prepareSearch(briefing, 0)).toBe(true);
	});
});
