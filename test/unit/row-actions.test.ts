import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import type {Briefing} from '../../source/briefing/schema.js';
import {whyNotOpened} from '../../source/copy/links.js';
import {copiedNotice, copyOf, linkOf, noSourceNotice, openedNotice} from '../../source/view-model/row-actions.js';

const seed = (): Briefing => JSON.parse(readFileSync(new URL('../../data/briefings/russia-iran-defense-partnership.json', import.meta.url), 'utf8')) as Briefing;

describe('what y, s and o do with a row', () => {
	it('copies quotations and items, and nothing else', () => {
		expect(copyOf(seed(), 'quotes', 1)).toMatchObject({what: 'quotation 2', text: expect.stringContaining('top military backer')});
		expect(copyOf(seed(), 'inventory', 0)).toMatchObject({what: 'item 1', text: expect.stringContaining('UAVs')});
		expect(copyOf(seed(), 'summary', 0)).toBeUndefined();
		expect(copyOf(seed(), 'source', 2)).toBeUndefined();
	});

	it('says what was copied, and when it had to be cut', () => {
		expect(copiedNotice('quotation 2', 83, false)).toBe('Copied quotation 2 with its citation (83 bytes).');
		expect(copiedNotice('item 1', 2_000_000, true)).toBe('Copied item 1 with its citation (1.9 MiB), cut to fit the 100 KB a terminal takes.');
	});

	it('takes a speaker’s or claimant’s own link before the article’s', () => {
		const briefing = seed();
		expect(linkOf(briefing, 'quotes', 1)).toBeUndefined();
		briefing.source.url = 'https://example.org/article';
		briefing.people = briefing.people.map(person => (person.name === 'John Kirby' ? {...person, url: 'https://example.org/kirby'} : person));
		expect(linkOf(briefing, 'quotes', 1)).toBe('https://example.org/kirby');
		expect(linkOf(briefing, 'quotes', 0)).toBe('https://example.org/article');
		expect(linkOf(briefing, 'summary', 0)).toBe('https://example.org/article');
	});

	it('says why a link was not opened, without letting the address act on the terminal', () => {
		expect(whyNotOpened('javascript:alert(1)', {})).toBe('not-linkable');
		expect(whyNotOpened('https://example.org', {SSH_CONNECTION: '1 2 3 4'})).toBe('over-ssh');
		expect(whyNotOpened('https://example.org', {})).toBe('no-opener');
		expect(openedNotice('over-ssh', 'https://example.org')).toMatch(/^Not opened over SSH/);
		expect(openedNotice('not-linkable', 'javascript:\u001B]0;x\u0007')).not.toContain('\u001B');
		expect(noSourceNotice('source')).toBe('This is the source.');
	});
});
