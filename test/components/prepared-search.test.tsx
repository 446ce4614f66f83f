/**
 * The dashboard folds the briefing for searching as soon as the search line opens, after the frame that shows it,
 * so the first letter typed does not wait for it; and not before, so a reader who never searches never pays.
 */
import {afterEach, describe, expect, it, vi} from 'vitest';
import {KEYS, renderDefault, seed, settleFrames, until, type Rendered} from './harness.js';

const prepared = vi.hoisted(() => ({calls: [] as unknown[]}));
vi.mock('../../source/search/index.js', async importOriginal => {
	const actual = await importOriginal<typeof import('../../source/search/index.js')>();
	return {
		...actual,
		prepareSearch(briefing: Parameters<typeof actual.prepareSearch>[0]) {
			prepared.calls.push(briefing);
			actual.prepareSearch(briefing);
		},
	};
});

const open: Rendered[] = [];
afterEach(() => {
	for (const rendered of open.splice(0)) rendered.unmount();
	prepared.calls.length = 0;
});

const nextTurn = async (): Promise<void> => new Promise(resolve => setImmediate(resolve));

describe('the search line', () => {
	it('has the briefing folded once it opens, and not before', async () => {
		const briefing = seed();
		const app = renderDefault(briefing);
		open.push(app);
		await app.see('Summary 1/');
		app.press('j');
		await settleFrames();
		await nextTurn();
		await nextTurn();
		expect(prepared.calls).toEqual([]);

		app.press('/');
		await until(() => app.screen().some(line => line.startsWith(' /▏')), () => app.screen().join('\n'));
		await until(() => prepared.calls.length > 0, () => 'prepareSearch was not called');
		expect(prepared.calls).toEqual([briefing]);

		// Typing keeps the line open: nothing is folded again.
		app.press('k');
		await app.see('/k▏');
		await settleFrames();
		await nextTurn();
		expect(prepared.calls).toHaveLength(1);
		app.press(KEYS.escape);
		await until(() => !app.screen().some(line => line.startsWith(' /')), () => app.screen().join('\n'));
	});
});
