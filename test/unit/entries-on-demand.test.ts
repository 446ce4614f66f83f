import {describe, expect, it} from 'vitest';
import type {Briefing} from '../../source/briefing/schema.js';
import {bundledBriefingPath} from '../../source/briefing/bundled.js';
import {loadBriefing} from '../../source/briefing/load.js';
import {dashboardModel, paneExtent} from '../../source/view-model/dashboard.js';
import {madeOnDemand, picked} from '../../source/view-model/entry.js';
import {layoutFor} from '../../source/view-model/layout.js';

describe('entries made on demand', () => {
	it('makes an entry when it is first read, once, and nothing outside the list', () => {
		const made: number[] = [];
		const entries = madeOnDemand(10_000, index => {
			made.push(index);
			return {id: `e-${index}`, lines: []};
		});
		expect(entries.length).toBe(10_000);
		expect(made).toEqual([]);
		expect(entries.at(9_999)?.id).toBe('e-9999');
		expect(entries.at(3)?.id).toBe('e-3');
		expect(entries.at(3)).toBe(entries.at(3));
		for (const outside of [-1, 10_000, 1.5, Number.NaN]) expect(entries.at(outside)).toBeUndefined();
		expect(made).toEqual([9_999, 3]);
	});

	it('picks entries by place without making the others', () => {
		const made: number[] = [];
		const entries = madeOnDemand(100, index => (made.push(index), index * 10));
		const view = picked(entries, [42, 7, 99]);
		expect(view.length).toBe(3);
		expect([view.at(0), view.at(1), view.at(2), view.at(3), view.at(-1)]).toEqual([420, 70, 990, undefined, undefined]);
		expect(made).toEqual([42, 7, 99]);
	});
});

describe('the dashboard model of a large briefing', () => {
	it('makes the lines of the quotations in view, not of all of them, and counts them all', async () => {
		const seed = await loadBriefing(bundledBriefingPath());
		// A quotation's words are read only to make its line; the speakers of all of them are read for the column.
		let wordsRead = 0;
		const copies = <T>(list: readonly T[]): T[] => Array.from({length: list.length * 1_000}, (_, index) => list[index % list.length]!);
		const watched = copies(seed.quotes).map(quote => new Proxy(quote, {get: (target, key) => (key === 'text' && wordsRead++, Reflect.get(target, key))}));
		const large: Briefing = {...seed, quotes: watched, inventory: copies(seed.inventory)};
		const layout = layoutFor(100, 30, 'summary');
		if (layout.kind === 'too-small') throw new Error('100x30 is not too small');
		const model = dashboardModel(large, layout);
		const {quotes, inventory} = model.panes;
		expect(paneExtent(quotes).count).toBe(8_000);
		expect(paneExtent(inventory).count).toBe(11_000);
		if (quotes.kind !== 'entries') throw new Error('quotes are a list');
		expect(quotes.entries.at(7_999)?.id).toBe(seed.quotes.at(-1)!.id);
		expect(wordsRead).toBe(1);
		if (inventory.kind !== 'table') throw new Error('the inventory is a table at 100x30');
		expect(inventory.rows.at(10_999)?.System).toBe(seed.inventory.at(-1)!.system);
	});
});

describe('the Source pane in the dashboard model', () => {
	it('wraps no paragraph until one is read, in the layouts that do not show it', async () => {
		const seed = await loadBriefing(bundledBriefingPath());
		const read: number[] = [];
		const paragraphs = new Proxy([...seed.article.paragraphs], {
			get: (target, key) => (typeof key === 'string' && /^\d+$/.test(key) && read.push(Number(key)), Reflect.get(target, key)),
		});
		const briefing: Briefing = {...seed, article: {paragraphs}};
		const layout = layoutFor(100, 30, 'summary');
		if (layout.kind === 'too-small') throw new Error('100x30 is not too small');
		const {source} = dashboardModel(briefing, layout).panes;
		expect(read).toEqual([]);
		if (source.kind !== 'entries') throw new Error('the source is a list');
		// The headline, each paragraph, and the photo's caption.
		expect(source.entries.length).toBe(seed.article.paragraphs.length + 2);
		expect(source.entries.at(3)?.id).toBe('paragraph-3');
		expect(read).toEqual([2]);
		expect(source.entries.at(seed.article.paragraphs.length + 1)?.id).toBe('photo');
	});
});

describe('the Summary pane in the dashboard model', () => {
	it('wraps an entry when its lines are first read, once', async () => {
		const seed = await loadBriefing(bundledBriefingPath());
		const read: string[] = [];
		const watch = <T extends object>(name: string, target: T): T =>
			new Proxy(target, {get: (object, key) => (key === 'text' || key === 'caption' || key === 'lede' ? read.push(`${name}.${String(key)}`) : 0, Reflect.get(object, key))});
		const summary = watch('summary', {...seed.summary, keyPoints: seed.summary.keyPoints.map((point, index) => watch(`point${index}`, point))});
		const photo = seed.source.photo && watch('photo', seed.source.photo);
		const briefing: Briefing = {...seed, summary, source: {...seed.source, ...(photo ? {photo} : {})}};
		const layout = layoutFor(100, 30, 'summary');
		if (layout.kind === 'too-small') throw new Error('100x30 is not too small');
		const pane = dashboardModel(briefing, layout).panes.summary;
		if (pane.kind !== 'entries') throw new Error('the summary is a list');
		const last = seed.summary.keyPoints.length - 1;
		expect(pane.entries.length).toBe(seed.summary.keyPoints.length + 3);
		expect(pane.entries.at(pane.entries.length - 1)?.id).toBe(seed.summary.keyPoints[last]!.id);
		expect(read).toEqual([]);

		const lines = pane.entries.at(pane.entries.length - 1)!.lines;
		expect(lines.flat().map(piece => piece.text).join('')).toContain(seed.summary.keyPoints[last]!.text.slice(0, 20));
		expect(pane.entries.at(pane.entries.length - 1)!.lines).toBe(lines);
		expect(read).toEqual([`point${last}.text`]);
	});
});
