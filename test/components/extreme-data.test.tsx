import {afterEach, describe, expect, it} from 'vitest';
import type {Briefing} from '../../source/briefing/schema.js';
import {KEYS, overflow, renderSized, seed, until, type Rendered} from './harness.js';

const rendered: Rendered[] = [];
afterEach(() => {
	for (const each of rendered.splice(0)) each.unmount();
});

/**
 * The seed with text no article should have but data can: a 100 KB paragraph, a 10,000-character quotation, a
 * word of 5,000 letters with no place to break, and the longest names in every column.
 */
function extreme(): Briefing {
	const briefing = seed();
	const longWord = 'x'.repeat(5_000);
	const quotation = `${'lorem ipsum dolor '.repeat(555)}${longWord}`.slice(0, 10_000);
	const paragraph = `${'A paragraph of one hundred kilobytes. '.repeat(2_700)}“${quotation}”`;
	briefing.article.paragraphs.push(paragraph);
	const start = paragraph.indexOf(quotation);
	const number = briefing.article.paragraphs.length;
	briefing.quotes.push({id: 'huge', text: quotation, speaker: 'John Kirby', attribution: 'inferred', kind: 'statement', paragraph: number, start, end: start + quotation.length});
	briefing.source.headline = `${briefing.source.headline} ${longWord}`;
	briefing.summary.lede = `${longWord} ${briefing.summary.lede}`;
	briefing.inventory[0]!.system = `${'Very long system name '.repeat(20)}${longWord}`;
	briefing.inventory[0]!.quantity = {text: longWord};
	briefing.people.push({id: 'long', name: `Name ${longWord}`, kind: 'person'});
	briefing.quotes[1]!.speaker = `Name ${longWord}`;
	return briefing;
}

describe('extreme data', () => {
	it.each([
		[40, 12],
		[80, 24],
		[120, 40],
		[200, 60],
	])('keeps every frame inside %ix%i through panes, detail and help', async (columns, rows) => {
		const app = renderSized(columns, rows, extreme());
		rendered.push(app);
		await app.see('Summary 1/');
		const check = (where: string) => expect(overflow(app.lastFrame(), columns, rows), where).toEqual([]);
		check('summary');
		app.press('2');
		app.press(KEYS.end);
		await app.see(`Quotes ${extreme().quotes.length}/`);
		check('quotes');
		app.press(KEYS.enter);
		await app.see('Quote ');
		check('detail of the 10,000-character quote');
		app.press(KEYS.end);
		await app.see('100%');
		check('end of that detail');
		app.press(KEYS.escape);
		// Wait for the detail to close: a key right after a lone Esc would read as Alt+key.
		await until(() => !app.screen().join('\n').includes('Quote '));
		app.press('3');
		await app.see('Inventory 1/');
		check('inventory');
		app.press(KEYS.enter);
		await app.see('Item 1 of');
		check('detail of the item with the long name');
		app.press('?');
		await app.see('Keys');
		check('help');
	});
});
