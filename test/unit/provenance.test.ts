import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import {describe, it, expect} from 'vitest';
import {briefingSchema, type Briefing, type Span} from '../../source/briefing/schema.js';

// Everything the dashboard shows as "from the article" must be traceable to the article's exact characters.
// These checks are what make that promise hold for the seed briefing.

const briefingUrl = new URL('../../data/briefings/russia-iran-defense-partnership.json', import.meta.url);
const sourceUrl = new URL('../../data/sources/russia-iran-defense-partnership.txt', import.meta.url);
// The seed lives outside the repository, so it is only there on machines that have the shared folder.
const seedUrl = new URL('../../../shared/seed/000_79a4f245642b1078.txt', import.meta.url);
// Pinned from the seed, so the copy is still held to it where the seed itself is absent (CI, a fresh clone).
const SEED_SHA256 = 'ff791d48c971aa33145f748bc38de027c23a5329858fd117e6591c69607ec305';

const raw: unknown = JSON.parse(readFileSync(briefingUrl, 'utf8'));
const parsed = briefingSchema.safeParse(raw);
// If parsing fails, the schema test says why; the other tests still run on the raw data rather than crash.
const briefing = parsed.success ? parsed.data : (raw as Briefing);
const sourceText = readFileSync(sourceUrl, 'utf8');

const HEDGE_WORDS = ['may', 'could', 'might', 'reportedly', 'believe', 'suggest', 'concerned', 'expects'];
const BOILERPLATE_STRINGS = ['WHELAN', 'CLICK HERE', 'Video Embed', '©', 'Related Content'];
const PHOTO_DATE = 'July 19, 2022';

/** Paragraph 0 is the headline, so quotations in it are located like any other. */
function paragraphText(b: Briefing, paragraph: number): string | undefined {
	return paragraph === 0 ? b.source.headline : b.article.paragraphs[paragraph - 1];
}

/** Why `span` is not the exact slice of its paragraph it claims to be; empty when it is. */
function spanProblems(b: Briefing, label: string, span: Span): string[] {
	const text = paragraphText(b, span.paragraph);
	if (text === undefined) return [`${label}: paragraph ${span.paragraph} does not exist`];
	if (span.end > text.length) return [`${label}: end ${span.end} is past the paragraph's ${text.length} characters`];
	const slice = text.slice(span.start, span.end);
	return slice === span.text ? [] : [`${label}: expected ${JSON.stringify(span.text)}, slice is ${JSON.stringify(slice)}`];
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function containsWord(text: string, word: string): boolean {
	return new RegExp(`\\b${escapeRegExp(word)}\\b`, 'i').test(text);
}

type Pair = {paragraph: number; start: number; end: number};

/**
 * Finds every quotation in `text`, as the offsets of what lies between the marks. The right single mark doubles
 * as the apostrophe (Russia’s, it’s, countries’), so it only closes a single quotation when no letter follows it.
 */
function quotationPairs(text: string, paragraph: number): {pairs: Pair[]; problems: string[]} {
	const pairs: Pair[] = [];
	const problems: string[] = [];
	const closingSingles = new Set<number>();
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch === '“') {
			const close = text.indexOf('”', i + 1);
			const nextOpen = text.indexOf('“', i + 1);
			if (close === -1 || (nextOpen !== -1 && nextOpen < close)) {
				problems.push(`paragraph ${paragraph}: unclosed “ at ${i}`);
				continue;
			}
			pairs.push({paragraph, start: i + 1, end: close});
			i = close;
		} else if (ch === '”') {
			problems.push(`paragraph ${paragraph}: ” at ${i} closes nothing`);
		} else if (ch === '‘') {
			let close = -1;
			for (let j = text.indexOf('’', i + 1); j !== -1; j = text.indexOf('’', j + 1)) {
				if (!/\p{L}/u.test(text[j + 1] ?? '')) {
					close = j;
					break;
				}
			}
			if (close === -1) {
				problems.push(`paragraph ${paragraph}: unclosed ‘ at ${i}`);
				continue;
			}
			pairs.push({paragraph, start: i + 1, end: close});
			closingSingles.add(close);
		}
	}
	// Any other right single mark must be an apostrophe, i.e. follow a letter; otherwise a quotation was missed.
	for (let i = text.indexOf('’'); i !== -1; i = text.indexOf('’', i + 1)) {
		if (!closingSingles.has(i) && !/\p{L}/u.test(text[i - 1] ?? '')) {
			problems.push(`paragraph ${paragraph}: ’ at ${i} is neither an apostrophe nor a closing mark`);
		}
	}
	return {pairs, problems};
}

const pairKey = (pair: Pair) => `${pair.paragraph}:${pair.start}-${pair.end}`;

describe('seed briefing: russia-iran-defense-partnership', () => {
	it('is valid against the briefing schema', () => {
		expect(parsed.error?.issues ?? []).toEqual([]);
		expect(briefing.id).toBe('russia-iran-defense-partnership');
	});

	describe('the slice helper', () => {
		const quote = briefing.quotes[0]!;
		const span: Span = {text: quote.text, paragraph: quote.paragraph, start: quote.start, end: quote.end};

		it('accepts the exact slice', () => {
			expect(spanProblems(briefing, 'quote', span)).toEqual([]);
		});

		it('rejects a span shifted by one character either way', () => {
			expect(spanProblems(briefing, 'quote', {...span, start: span.start + 1, end: span.end + 1})).toHaveLength(1);
			expect(spanProblems(briefing, 'quote', {...span, start: span.start - 1, end: span.end - 1})).toHaveLength(1);
		});

		it('rejects a span in the wrong paragraph or running past its end', () => {
			expect(spanProblems(briefing, 'quote', {...span, paragraph: span.paragraph + 1})).toHaveLength(1);
			expect(spanProblems(briefing, 'quote', {...span, paragraph: 99})).toHaveLength(1);
			expect(spanProblems(briefing, 'quote', {...span, end: 100_000})).toHaveLength(1);
		});
	});

	it('locates every quotation and its cue at their exact characters', () => {
		const problems = briefing.quotes.flatMap(quote => [
			...spanProblems(briefing, `quote ${quote.id}`, quote),
			...(quote.cue ? spanProblems(briefing, `cue of ${quote.id}`, quote.cue) : []),
		]);
		expect(problems).toEqual([]);
	});

	it('ties each quotation to its speaker the way its attribution says', () => {
		for (const quote of briefing.quotes) {
			const cue = quote.cue?.text;
			if (quote.attribution === 'inferred') {
				expect(cue, quote.id).toBeUndefined();
				continue;
			}
			expect(cue, quote.id).toBeDefined();
			if (quote.attribution === 'explicit') {
				const surname = quote.speaker.split(' ').at(-1)!;
				expect(cue, quote.id).toContain(surname);
			} else {
				expect(cue, quote.id).toMatch(/^(he|she|they)\b/i);
			}
			if (quote.verb) expect(cue, quote.id).toMatch(new RegExp(`\\b${escapeRegExp(quote.verb)}\\b`));
		}
	});

	it('locates every evidence span at its exact characters', () => {
		const problems = briefing.inventory.flatMap(item =>
			item.evidence.flatMap((span, i) => spanProblems(briefing, `evidence ${i} of ${item.id}`, span)),
		);
		expect(problems).toEqual([]);
	});

	it('lists exactly the hedge words that stand in each item’s evidence', () => {
		for (const item of briefing.inventory) {
			const evidence = item.evidence.map(span => span.text);
			for (const hedge of item.hedges) {
				expect(
					evidence.some(text => containsWord(text, hedge)),
					`${item.id}: hedge "${hedge}" is not in its evidence`,
				).toBe(true);
			}
			const listed = item.hedges.map(hedge => hedge.toLowerCase());
			for (const word of HEDGE_WORDS) {
				if (evidence.some(text => containsWord(text, word))) {
					expect(listed, `${item.id}: evidence says "${word}" but hedges omit it`).toContain(word);
				}
			}
		}
	});

	it('never marks a hedged claim as stated', () => {
		for (const item of briefing.inventory) {
			expect(item.hedges.length > 0 && item.likelihood === 'stated', item.id).toBe(false);
			expect(item.hedges.length === 0 && item.likelihood !== 'stated', item.id).toBe(false);
		}
	});

	it('has one quote entry for every quotation in the headline and body, and no others', () => {
		const texts = [briefing.source.headline, ...briefing.article.paragraphs];
		const found = texts.map((text, paragraph) => quotationPairs(text, paragraph));
		expect(found.flatMap(result => result.problems)).toEqual([]);
		const pairs = found.flatMap(result => result.pairs).map(pairKey).sort();
		const entries = briefing.quotes.map(pairKey).sort();
		// Guards against a scanner that finds nothing, which would make the comparison trivially pass.
		expect(pairs.length).toBeGreaterThan(0);
		expect(entries).toEqual(pairs);
	});

	describe('the article against its source', () => {
		it('keeps the source byte for byte as the seed', () => {
			const bytes = readFileSync(sourceUrl);
			expect(createHash('sha256').update(bytes).digest('hex')).toBe(SEED_SHA256);
			if (existsSync(seedUrl)) expect(bytes.equals(readFileSync(seedUrl))).toBe(true);
		});

		it('takes headline, tags, photo and year from the source verbatim', () => {
			const lines = sourceText.split('\n');
			const {headline, tags, photo, year, publisher} = briefing.source;
			expect(lines[0]).toBe(headline);
			expect(lines).toContain(tags.join(' '));
			expect(photo).toBeDefined();
			expect(lines).toContain(`${photo!.caption} (${photo!.credit})`);
			expect(lines).toContain(`© ${year} ${publisher}`);
		});

		it('holds exactly the non-boilerplate paragraphs of the source, in order', () => {
			const {headline, tags, photo} = briefing.source;
			const boilerplate: Record<string, (line: string) => boolean> = {
				'lone dot': line => line === '.',
				'headline and its repeat': line => line === headline,
				tags: line => line === tags.join(' '),
				'photo caption': line => photo !== undefined && line === `${photo.caption} (${photo.credit})`,
				'video embed': line => line === 'Video Embed',
				// Cross-promotion links are set in capitals; no body paragraph is.
				'all-caps promotion': line => /\p{L}/u.test(line) && line === line.toUpperCase(),
				copyright: line => line.startsWith('©'),
				'related content': line => line === 'Related Content',
			};
			const seen = new Set<string>();
			const body = sourceText
				.split('\n')
				.filter(line => line.trim() !== '')
				.filter(line => {
					const kind = Object.keys(boilerplate).find(name => boilerplate[name]!(line));
					if (kind) seen.add(kind);
					return kind === undefined;
				});
			expect(body).toEqual(briefing.article.paragraphs);
			// Every rule must have removed something, or it is not describing this source.
			expect([...seen].sort()).toEqual(Object.keys(boilerplate).sort());
			expect(body).toHaveLength(6);
		});
	});

	it('gives every id once across people, quotes, items and key points', () => {
		const ids = [
			...briefing.people.map(person => person.id),
			...briefing.quotes.map(quote => quote.id),
			...briefing.inventory.map(item => item.id),
			...briefing.summary.keyPoints.map(point => point.id),
		];
		const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
		expect(duplicates).toEqual([]);
	});

	it('names only people it lists as speakers and claimants', () => {
		const names = new Set(briefing.people.map(person => person.name));
		const unknown = [
			...briefing.quotes.map(quote => quote.speaker),
			...briefing.inventory.map(item => item.claimedBy),
		].filter(name => !names.has(name));
		expect(unknown).toEqual([]);
	});

	it('continues only quotations that exist earlier in the same paragraph, by the same speaker', () => {
		for (const quote of briefing.quotes) {
			if (!quote.continues) continue;
			const first = briefing.quotes.find(other => other.id === quote.continues);
			expect(first, `${quote.id} continues ${quote.continues}`).toBeDefined();
			expect(first!.paragraph).toBe(quote.paragraph);
			expect(first!.end).toBeLessThan(quote.start);
			expect(first!.speaker).toBe(quote.speaker);
		}
	});

	it('rests every key point on paragraphs that exist', () => {
		const {keyPoints} = briefing.summary;
		expect(keyPoints.length).toBeGreaterThanOrEqual(4);
		expect(keyPoints.length).toBeLessThanOrEqual(7);
		const count = briefing.article.paragraphs.length;
		const missing = keyPoints.flatMap(point =>
			point.paragraphs.filter(p => p < 1 || p > count).map(p => `${point.id} → ${p}`),
		);
		expect(missing).toEqual([]);
	});

	it('keeps boilerplate out of the body, the lede and the key points', () => {
		const texts = [
			...briefing.article.paragraphs,
			briefing.summary.lede,
			...briefing.summary.keyPoints.map(point => point.text),
		];
		const leaks = texts.flatMap(text =>
			BOILERPLATE_STRINGS.filter(marker => text.toLowerCase().includes(marker.toLowerCase())),
		);
		expect(leaks).toEqual([]);
	});

	it('mentions the photo’s date only in the caption', () => {
		expect(briefing.source.photo?.caption).toContain(PHOTO_DATE);
		const withoutCaption = {...briefing, source: {...briefing.source, photo: undefined}};
		expect(JSON.stringify(withoutCaption)).not.toContain(PHOTO_DATE);
	});
});
