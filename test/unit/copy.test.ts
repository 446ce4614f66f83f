import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {briefingSchema, type Briefing} from '../../source/briefing/schema.js';
import {itemCitation, quoteCitation} from '../../source/copy/citation.js';
import {detectMultiplexer, osc52} from '../../source/copy/osc52.js';

const seed: Briefing = briefingSchema.parse(
	JSON.parse(readFileSync(new URL('../../data/briefings/russia-iran-defense-partnership.json', import.meta.url), 'utf8')),
);

const ESC = '\u001B';
const BEL = '\u0007';
const ROLE = 'National Security Council communications coordinator';

/** The base64 payload of a bare OSC 52 sequence, decoded. */
function decoded(sequence: string): string {
	const match = /^\u001B\]52;c;([A-Za-z0-9+/=]*)(?:\u0007|\u001B\\)$/.exec(sequence);
	expect(match, JSON.stringify(sequence.slice(0, 40))).not.toBeNull();
	return Buffer.from(match![1]!, 'base64').toString('utf8');
}

describe('quoteCitation', () => {
	it('gives the quotation with speaker, role, publisher and year', () => {
		const index = seed.quotes.findIndex(quote => quote.text === 'top military backer');
		expect(quoteCitation(seed, index)).toBe(`“top military backer” — John Kirby, ${ROLE}. Washington Examiner, 2022.`);
	});

	it('cites every quotation of the seed without gaps or inventions', () => {
		for (const [index, quote] of seed.quotes.entries()) {
			const text = quoteCitation(seed, index)!;
			expect(text).toContain(`“${quote.text}”`);
			expect(text).toContain(quote.speaker);
			expect(text).toContain('Washington Examiner, 2022.');
			expect(text).not.toMatch(/undefined|null|\.\./);
		}
		expect(quoteCitation(seed, seed.quotes.length)).toBeUndefined();
	});

	it('says when the speaker is only inferred, and leaves out a role the people list lacks', () => {
		const inferred = seed.quotes.findIndex(quote => quote.attribution === 'inferred');
		expect(quoteCitation(seed, inferred)).toContain('(attribution inferred from context)');
		const byWhiteHouse = seed.quotes.findIndex(quote => quote.speaker === 'White House');
		expect(quoteCitation(seed, byWhiteHouse)).toMatch(/” — White House\. Washington Examiner, 2022\.$/);
	});

	it('omits a missing year instead of inventing one, adds a link when there is one, and neutralises the data', () => {
		const noYear: Briefing = {...seed, source: {...seed.source, year: undefined, url: 'https://example.com/a'}};
		noYear.quotes = [{...seed.quotes[1]!, text: 'evil\u001B[2Jtext'}];
		const text = quoteCitation(noYear, 0)!;
		expect(text).toBe(`“evil␛[2Jtext” — John Kirby, ${ROLE}. Washington Examiner. https://example.com/a`);
		expect(text).not.toMatch(/\d{4}/);
	});
});

describe('itemCitation', () => {
	it('describes an item: route with implied parties, quantity, status, likelihood and hedges, evidence, claimant', () => {
		const index = seed.inventory.findIndex(item => item.id === 'su-35-aircraft');
		const text = itemCitation(seed, index)!;
		const [what, evidence, claim] = text.split('\n');
		expect(what).toBe('Su-35: Russia (implied) → Iran; quantity not given in the text; status expected; likelihood possible, hedged “may”.');
		expect(evidence).toMatch(/^Evidence: “to learn how to fly the Su-35” \(¶6\); /);
		expect(claim).toBe(`Claimed by John Kirby, ${ROLE}. Washington Examiner, 2022.`);
	});

	it('gives the quantity as stated and the claimant even when no role is known', () => {
		const index = seed.inventory.findIndex(item => item.id === 'ballistic-missiles');
		const text = itemCitation(seed, index)!;
		expect(text).toContain('Iran → Russia; hundreds;');
		expect(text).toContain('hedged “believe”, “could”');
		expect(text).toContain('Claimed by U.S. officials. Washington Examiner, 2022.');
	});

	it('cites every item of the seed with all its evidence', () => {
		for (const [index, item] of seed.inventory.entries()) {
			const text = itemCitation(seed, index)!;
			for (const span of item.evidence) expect(text).toContain(`“${span.text}” (¶${span.paragraph})`);
			expect(text).toContain('2022');
			expect(text).not.toMatch(/undefined|null/);
		}
		expect(itemCitation(seed, -1)).toBeUndefined();
	});
});

describe('osc52', () => {
	it('puts the exact UTF-8 text in the base64 payload', () => {
		const text = `“Su-35” — café 東京 🚀\nline two`;
		const result = osc52(text);
		expect(decoded(result.sequence)).toBe(text);
		expect(result).toMatchObject({truncated: false, bytes: Buffer.byteLength(text)});
		expect(result.sequence.endsWith(BEL)).toBe(true);
		expect(osc52('x', {terminator: 'st'}).sequence).toBe(`${ESC}]52;c;eA==${ESC}\\`);
	});

	it('cuts long text at a character boundary so the base64 stays within 100,000 bytes', () => {
		// Four-byte emoji, three-byte CJK and two-byte accents, offset by one byte so cuts land mid-character.
		const text = 'a' + '🚀東é'.repeat(20_000);
		const result = osc52(text);
		const base64 = /;c;([^\u0007]*)\u0007/.exec(result.sequence)![1]!;
		expect(base64.length).toBeLessThanOrEqual(100_000);
		expect(result.truncated).toBe(true);
		const copied = decoded(result.sequence);
		expect(copied).not.toContain('\uFFFD');
		expect(text.startsWith(copied)).toBe(true);
		expect(Buffer.byteLength(copied)).toBe(result.bytes);
		expect(result.bytes).toBeGreaterThan(75_000 - 4);
	});

	it('cuts at every possible offset without splitting a character', () => {
		const text = 'é🚀東x'.repeat(4);
		for (let maxBytes = 0; maxBytes <= 60; maxBytes++) {
			const result = osc52(text, {maxBytes});
			const copied = decoded(result.sequence);
			expect(text.startsWith(copied), `${maxBytes}`).toBe(true);
			expect(Buffer.from(copied).toString('base64').length).toBeLessThanOrEqual(maxBytes);
		}
	});

	it('wraps for tmux with every ESC doubled', () => {
		const inner = osc52('hi').sequence;
		const {sequence} = osc52('hi', {multiplexer: 'tmux'});
		expect(sequence).toBe(`${ESC}Ptmux;${ESC}${ESC}]52;c;aGk=${BEL}${ESC}\\`);
		expect(sequence.slice(`${ESC}Ptmux;`.length, -2).replaceAll(`${ESC}${ESC}`, ESC)).toBe(inner);
	});

	it('splits for GNU screen into DCS pieces of at most 768 bytes, always ending in BEL', () => {
		const text = 'x'.repeat(3000);
		const {sequence} = osc52(text, {multiplexer: 'screen', terminator: 'st'});
		const parts = sequence.split(`${ESC}\\`);
		expect(parts.pop()).toBe('');
		for (const part of parts) expect(part.startsWith(`${ESC}P`)).toBe(true);
		const pieces = parts.map(part => part.slice(2));
		expect(pieces.length).toBeGreaterThan(1);
		for (const piece of pieces) expect(Buffer.byteLength(piece)).toBeLessThanOrEqual(768);
		expect(decoded(pieces.join(''))).toBe(text);
	});
});

describe('detectMultiplexer', () => {
	it('reads TMUX, STY and TERM, tmux first', () => {
		expect(detectMultiplexer({TMUX: '/tmp/tmux-1000/default,1,0', TERM: 'screen-256color'})).toBe('tmux');
		expect(detectMultiplexer({STY: '1234.pts-0.host'})).toBe('screen');
		expect(detectMultiplexer({TERM: 'tmux-256color'})).toBe('tmux');
		expect(detectMultiplexer({TERM: 'screen.xterm-256color'})).toBe('screen');
		expect(detectMultiplexer({TERM: 'xterm-256color'})).toBeUndefined();
		expect(detectMultiplexer({})).toBeUndefined();
	});
});
