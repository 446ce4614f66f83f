import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {briefingSchema, type Briefing} from '../../source/briefing/schema.js';
import {highlightRuns, markMatches, overlayMatches} from '../../source/search/highlight.js';
import {normalizeForSearch} from '../../source/search/normalize.js';
import {compileQuery, findMatches} from '../../source/search/query.js';
import {summaryEntries} from '../../source/view-model/summary.js';
import {markHedges} from '../../source/view-model/hedges.js';
import {countByPane, fieldText, searchBriefing} from '../support/full-search.js';

const seed: Briefing = briefingSchema.parse(
	JSON.parse(readFileSync(new URL('../../data/briefings/russia-iran-defense-partnership.json', import.meta.url), 'utf8')),
);

const sliced = (text: string, query: string): string[] => findMatches(text, query).map(({start, end}) => text.slice(start, end));

/** What a match's original text folds to, in the case the query was run in. */
const foldedAs = (text: string, query: string): string => {
	const {caseSensitive} = compileQuery(query);
	return normalizeForSearch(text, {foldCase: !caseSensitive}).text;
};

describe('normalizeForSearch', () => {
	it('folds curly quotes, primes and dashes to ASCII', () => {
		expect(normalizeForSearch('‘a’ ‚b‛ “c” „d‟ 5′ 6″ x–y—z').text).toBe(`'a' 'b' "c" "d" 5' 6" x-y-z`);
	});

	it('strips accents, precomposed or decomposed, and maps each folded unit back to where it came from', () => {
		const precomposed = normalizeForSearch('café');
		expect(precomposed.text).toBe('cafe');
		expect(precomposed.starts).toEqual([0, 1, 2, 3]);
		expect(precomposed.ends).toEqual([1, 2, 3, 4]);

		const decomposed = normalizeForSearch('cafe\u0301s');
		expect(decomposed.text).toBe('cafes');
		// The dropped accent (index 4) belongs to the "e" before it.
		expect(decomposed.starts).toEqual([0, 1, 2, 3, 5]);
		expect(decomposed.ends).toEqual([1, 2, 3, 5, 6]);
	});

	it('keeps astral characters whole and folds case only when asked', () => {
		const text = 'Ünïcode 🚀 Ø';
		expect(normalizeForSearch(text).text).toBe('Unicode 🚀 Ø');
		expect(normalizeForSearch(text, {foldCase: true}).text).toBe('unicode 🚀 ø');
		const {starts} = normalizeForSearch('a🚀b');
		expect(starts).toEqual([0, 1, 1, 3]);
	});
});

describe('compileQuery', () => {
	it('is case-insensitive in lower case and exact once the query holds a capital', () => {
		expect(compileQuery('kirby')).toMatchObject({needle: 'kirby', caseSensitive: false});
		expect(compileQuery('Kirby')).toMatchObject({needle: 'Kirby', caseSensitive: true});
		expect(compileQuery('Écart').caseSensitive).toBe(true);
		expect(compileQuery('“x”').caseSensitive).toBe(false);
	});

	it('gives every query a lower-cased needle of the same length, the needle itself when case is not kept', () => {
		for (const query of ['kirby', 'Kirby', 'KIRBY', 'İstanbul', 'ΟΔΥΣΣΕΥΣ', 'Ré‑sumé', 'ǅ', 'Å', '𐐀', '“Su-35”']) {
			const {needle, anyCase, caseSensitive} = compileQuery(query);
			expect(anyCase.length, query).toBe(needle.length);
			expect(anyCase, query).toBe(caseSensitive ? normalizeForSearch(query, {foldCase: true}).text : needle);
		}
		expect(compileQuery('İstanbul')).toMatchObject({needle: 'Istanbul', anyCase: 'istanbul', caseSensitive: true});
	});

	it('folds the query the way the text is folded', () => {
		expect(compileQuery('“top” – café').needle).toBe('"top" - cafe');
	});

	it('makes an empty or blank query match nothing', () => {
		expect(compileQuery('').needle).toBe('');
		expect(compileQuery('   ').needle).toBe('');
		expect(findMatches('some text', '')).toEqual([]);
		expect(findMatches('a   b', '  ')).toEqual([]);
	});
});

describe('findMatches', () => {
	it('finds curly-quoted text from a straight-quoted query, and the reverse', () => {
		const text = 'Iran has become Russia’s “top military backer” over the course of the war';
		expect(sliced(text, '"top military backer"')).toEqual(['“top military backer”']);
		expect(sliced(text, "russia's")).toEqual(['Russia’s']);
		expect(sliced('the "straight" one', '“straight”')).toEqual(['"straight"']);
	});

	it('finds accented words from bare queries and highlights the whole original, accent included', () => {
		expect(sliced('un café noir', 'cafe')).toEqual(['café']);
		const decomposed = 'un cafe\u0301 noir';
		const [range] = findMatches(decomposed, 'cafe');
		expect(range).toEqual({start: 3, end: 8});
		expect(decomposed.slice(range!.start, range!.end)).toBe('cafe\u0301');
		expect(sliced(decomposed, 'café')).toEqual(['cafe\u0301']);
	});

	it('applies smart case', () => {
		const text = 'Kirby said; KIRBY shouted; kirby whispered';
		expect(sliced(text, 'kirby')).toEqual(['Kirby', 'KIRBY', 'kirby']);
		expect(sliced(text, 'Kirby')).toEqual(['Kirby']);
		expect(sliced(text, 'KIRBY')).toEqual(['KIRBY']);
	});

	it('returns non-overlapping matches, left to right', () => {
		expect(findMatches('aaaa', 'aa')).toEqual([
			{start: 0, end: 2},
			{start: 2, end: 4},
		]);
		expect(findMatches('aaa', 'aa')).toEqual([{start: 0, end: 2}]);
	});

	it('gives offsets whose original text folds back to the query, whatever the text holds', () => {
		const text = 'Ré‑sumé “Su‑35” — the Su–35’s pilots; cafe\u0301 🚀 CAFÉ “Su-35”';
		for (const query of ['su-35', 'Su-35', 'cafe', 'é', '"su-35"', "35's", '🚀 c']) {
			const ranges = findMatches(text, query);
			expect(ranges.length, query).toBeGreaterThan(0);
			for (const {start, end} of ranges) expect(foldedAs(text.slice(start, end), query), query).toBe(compileQuery(query).needle);
		}
		expect(findMatches(text, 'su-35')).toHaveLength(3);
	});
});

describe('searchBriefing on the seed', () => {
	it('finds Su-35 in the summary, quotes, inventory and source, in reading order', () => {
		const matches = searchBriefing(seed, 'Su-35');
		expect(countByPane(matches)).toEqual({summary: 2, quotes: 1, inventory: 4, source: 1});
		expect(matches.map(match => match.pane)).toEqual(['summary', 'summary', 'quotes', 'inventory', 'inventory', 'inventory', 'inventory', 'source']);
		expect(matches.filter(match => match.pane === 'quotes').map(match => match.entry)).toEqual([7]);
		expect(matches.filter(match => match.pane === 'inventory').map(match => `${match.entry}:${match.field}`)).toEqual([
			'2:system',
			'2:evidence.0',
			'3:system',
			'3:evidence.0',
		]);
		expect(matches.find(match => match.pane === 'source')).toMatchObject({entry: 6, field: 'paragraph'});
	});

	it('gives offsets into the text of the field they name', () => {
		for (const query of ['Su-35', 'kirby', '"top military backer"', 'iran']) {
			const matches = searchBriefing(seed, query);
			expect(matches.length, query).toBeGreaterThan(0);
			for (const match of matches) {
				const text = fieldText(seed, match);
				expect(text, `${query} ${match.pane} ${match.field}`).toBeDefined();
				expect(foldedAs(text!.slice(match.start, match.end), query)).toBe(compileQuery(query).needle);
			}
		}
	});

	it('numbers summary rows as the Summary pane does', () => {
		const entries = summaryEntries(seed, 80);
		const rows = new Set(searchBriefing(seed, 'e').filter(match => match.pane === 'summary').map(match => match.entry));
		expect(Math.max(...rows)).toBe(entries.length - 1);
		const lede = entries.findIndex(entry => entry.kind === 'lede');
		expect(searchBriefing(seed, 'White House says Russia').find(match => match.pane === 'summary')).toMatchObject({entry: lede, field: 'lede'});
		const photo = entries.findIndex(entry => entry.kind === 'photo');
		expect(searchBriefing(seed, 'Saadabad').map(({pane, entry, field}) => ({pane, entry, field}))).toEqual([
			{pane: 'summary', entry: photo, field: 'caption'},
			{pane: 'source', entry: seed.article.paragraphs.length + 1, field: 'caption'},
		]);
	});

	it('finds the headline in both the summary and the source, and matches nothing for an empty query', () => {
		const matches = searchBriefing(seed, 'full-fledged defense partnership');
		expect(matches.filter(match => match.field === 'headline').map(match => `${match.pane}:${match.entry}`)).toEqual(['summary:0', 'source:0']);
		expect(searchBriefing(seed, '')).toEqual([]);
		expect(countByPane([])).toEqual({summary: 0, quotes: 0, inventory: 0, source: 0});
	});
});

describe('highlightRuns', () => {
	it('marks the matched ranges and keeps the rest in the base style', () => {
		const text = 'un café noir, café';
		expect(highlightRuns(text, findMatches(text, 'cafe'), 'dim')).toEqual([
			{text: 'un ', style: 'dim'},
			{text: 'café', style: 'match'},
			{text: ' noir, ', style: 'dim'},
			{text: 'café', style: 'match'},
		]);
	});

	it('merges overlapping ranges, clips stray ones and neutralises the pieces', () => {
		expect(highlightRuns('abc\u001Bdef', [{start: 2, end: 4}, {start: 3, end: 5}, {start: 8, end: 12}])).toEqual([
			{text: 'ab', style: 'plain'},
			{text: 'c␛d', style: 'match'},
			{text: 'ef', style: 'plain'},
		]);
		expect(highlightRuns('nothing', [])).toEqual([{text: 'nothing', style: 'plain'}]);
	});

	it('overlays matches across runs of different styles', () => {
		const runs = [
			{text: 'Iran ', style: 'plain' as const},
			{text: 'may', style: 'hedge' as const},
			{text: ' begin', style: 'plain' as const},
		];
		expect(overlayMatches(runs, findMatches('Iran may begin', 'n may b'))).toEqual([
			{text: 'Ira', style: 'plain'},
			{text: 'n may b', style: 'match'},
			{text: 'egin', style: 'plain'},
		]);
	});
});

describe('marking matches over linked text', () => {
	it('keeps the link on every stretch of a linked run, marked or not', () => {
		const marked = markMatches([{text: 'see https://example.org/kirby page', style: 'quote', link: 'https://example.org/kirby'}], compileQuery('kirby'));
		expect(marked.map(part => part.style)).toEqual(['quote', 'match', 'quote']);
		expect(marked.every(part => part.link === 'https://example.org/kirby')).toBe(true);
	});
});

describe('marking matches over sitrep’s own marks', () => {
	it('reads past the hedge mark, as the search over the briefing does, and leaves the mark as it is', () => {
		const line = markHedges('so Iran may begin');
		// The briefing's search finds "Iran could" in the article, where the view draws "Iran ≈could".
		expect(searchBriefing(seed, 'iran could').length).toBeGreaterThan(0);
		const marked = markMatches(line, compileQuery('iran may'));
		expect(marked).toEqual([
			{text: 'so ', style: 'plain'},
			{text: 'Iran ', style: 'match'},
			{text: '≈', style: 'marker'},
			{text: 'may', style: 'match'},
			{text: ' begin', style: 'plain'},
		]);
	});

	it('marks a match that ends just before a mark without the mark, and one that starts just after it', () => {
		expect(markMatches(markHedges('Iran may'), compileQuery('iran'))).toEqual([
			{text: 'Iran', style: 'match'},
			{text: ' ', style: 'plain'},
			{text: '≈', style: 'marker'},
			{text: 'may', style: 'hedge'},
		]);
		expect(markMatches(markHedges('Iran may'), compileQuery('may'))).toEqual([
			{text: 'Iran ', style: 'plain'},
			{text: '≈', style: 'marker'},
			{text: 'may', style: 'match'},
		]);
	});

	it('reads past the ⟦ ⟧ around a passage too', () => {
		const line = [
			{text: 'the ', style: 'dim' as const},
			{text: '⟦', style: 'marker' as const},
			{text: 'top military', style: 'quote' as const},
		];
		expect(markMatches(line, compileQuery('the top')).map(part => part.style)).toEqual(['match', 'marker', 'match', 'quote']);
	});
});
