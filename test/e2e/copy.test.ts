import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {itemCitation, quoteCitation} from '../../source/copy/citation.js';
import {disposeAll, ensureBuilt, openSitrep, waitForNoText, waitForText, seedBriefing} from './support.js';

const seed = seedBriefing;

/** Every OSC 52 clipboard write in the output, decoded. */
function clipboardWrites(output: string): string[] {
	return [...output.matchAll(/\u001B\]52;c;([A-Za-z0-9+/=]*)(?:\u0007|\u001B\\)/g)].map(match => Buffer.from(match[1]!, 'base64').toString('utf8'));
}

beforeAll(ensureBuilt);
afterEach(disposeAll);

describe('y copies with the citation, through the terminal', () => {
	it('copies the selected quotation from the dashboard and says so', async () => {
		const term = await openSitrep({cols: 100, rows: 30});
		await waitForText(term, 'Summary 1/');
		term.press('2');
		term.press('j');
		await waitForText(term, 'Quotes 2/');
		term.press('y');
		await waitForText(term, 'Copied quotation 2 with its citation');
		const copied = clipboardWrites(term.output());
		expect(copied).toEqual([quoteCitation(seed(), 1)]);
		expect(copied[0]).toContain('top military backer');
		expect(copied[0]).toContain('John Kirby');
		expect(copied[0]).toContain('Washington Examiner');
	});

	it('copies the item open in the detail', async () => {
		const term = await openSitrep({cols: 100, rows: 30});
		await waitForText(term, 'Summary 1/');
		term.press('3');
		term.press('j');
		term.press('enter');
		await waitForText(term, 'Item 2 of 11');
		term.press('y');
		await waitForText(term, 'Copied item 2');
		expect(clipboardWrites(term.output())).toEqual([itemCitation(seed(), 1)]);
	});

	it('says what can be copied when the Summary has the focus, and writes nothing', async () => {
		const term = await openSitrep({cols: 100, rows: 30});
		await waitForText(term, 'Summary 1/');
		term.press('y');
		await waitForText(term, 'Select a quotation or an item to copy it');
		expect(clipboardWrites(term.output())).toEqual([]);
		// The notice goes after a few seconds and the key hints come back.
		await waitForNoText(term, 'Select a quotation', 8000);
		await waitForText(term, 'Enter detail');
	});

	it('wraps the sequence for tmux', async () => {
		const term = await openSitrep({cols: 100, rows: 30, env: {TMUX: '/tmp/tmux-0/default,1,0'}});
		await waitForText(term, 'Summary 1/');
		term.press('2');
		await waitForText(term, 'Quotes 1/');
		term.press('y');
		// Read the bytes: the headless terminal is not tmux and does not unwrap the passthrough, tmux does.
		await term.waitFor(() => term.output().includes('Copied quotation 1'), {description: 'the copy notice in the output'});
		const wrapped = /\u001BPtmux;\u001B\u001B\]52;c;([A-Za-z0-9+/=]+)\u0007\u001B\\/.exec(term.output());
		expect(wrapped).not.toBeNull();
		expect(Buffer.from(wrapped![1]!, 'base64').toString('utf8')).toBe(quoteCitation(seed(), 0));
	});
});
