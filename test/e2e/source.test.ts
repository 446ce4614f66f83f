import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {disposeAll, ensureBuilt, openSitrep, waitForNoText, waitForText, seedBriefing} from './support.js';

const seed = seedBriefing();

beforeAll(ensureBuilt);
afterEach(disposeAll);

/** The screen as one line of text, so a marked passage can be read across the lines it wraps over. */
const flat = (screen: string): string => screen.replace(/[┃│]/g, ' ').replace(/\s+/g, ' ');

describe('the source behind every claim', () => {
	it('4 shows the article, numbered, with the photo caption', async () => {
		const term = await openSitrep({cols: 100, rows: 30});
		await waitForText(term, 'Summary 1/');
		term.press('4');
		await waitForText(term, '[4 Source]');
		const screen = await waitForText(term, `Source 1/${seed.article.paragraphs.length + 2}`);
		expect(screen).toContain('Headline Russia and Iran developing');
		expect(screen).toContain('¶1 Iran has become Russia’s “top military backer”');
		term.press('G');
		await waitForText(term, 'Photo Russian President Vladimir Putin');
	});

	it('s shows a quotation in its paragraph, marked exactly, and Esc comes back to where you were', async () => {
		const term = await openSitrep({cols: 100, rows: 30});
		await waitForText(term, 'Summary 1/');
		term.press('2');
		term.press('j');
		await waitForText(term, 'Quotes 2/');
		term.press('s');
		const screen = await waitForText(term, 'Source · ¶1');
		expect(flat(screen)).toContain(`⟦${seed.quotes[1]!.text}⟧`);
		term.press('escape');
		await waitForNoText(term, 'Source · ');
		await waitForText(term, 'Quotes 2/8');
	});

	it('steps through the evidence of an item with several passages, and s again goes back', async () => {
		const index = seed.inventory.findIndex(item => item.evidence.length > 1);
		const item = seed.inventory[index]!;
		const term = await openSitrep({cols: 100, rows: 30});
		await waitForText(term, 'Summary 1/');
		term.press('3');
		await waitForText(term, 'Inventory 1/');
		term.write('j'.repeat(index));
		await waitForText(term, `Inventory ${index + 1}/`);
		term.press('enter');
		await waitForText(term, `Item ${index + 1} of`);
		term.press('s');
		let screen = await waitForText(term, `passage 1 of ${item.evidence.length}`);
		expect(flat(screen).replaceAll('≈', '')).toContain(`⟦${item.evidence[0]!.text}⟧`);
		term.press('l');
		screen = await waitForText(term, `passage 2 of ${item.evidence.length}`);
		// The article's words, under sitrep's hedge marks (≈), which stay on in the passage.
		expect(flat(screen).replaceAll('≈', '')).toContain(`⟦${item.evidence[1]!.text}⟧`);
		if (/\bmay\b/.test(item.evidence[1]!.text)) expect(flat(screen)).toContain('≈may');
		term.press('s');
		await waitForText(term, `Item ${index + 1} of`);
	});

	it('says so when a row rests on no single passage', async () => {
		const term = await openSitrep({cols: 100, rows: 30});
		await waitForText(term, 'Summary 1/');
		term.press('s');
		await waitForText(term, 'This row rests on no single passage of the source');
	});
});
