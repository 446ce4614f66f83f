/**
 * The dashboard folds the briefing for searching after its first frame, in slices, so that the first letter typed
 * in the search line finds it ready; and once it is done, it is not done again, by a search or anything else.
 */
import {afterEach, describe, expect, it, vi} from 'vitest';
import {renderDefault, seed, settleFrames, until, type Rendered} from './harness.js';

const prepared = vi.hoisted(() => ({calls: [] as Array<{briefing: unknown; done: boolean}>}));
vi.mock('../../source/search/index.js', async importOriginal => {
	const actual = await importOriginal<typeof import('../../source/search/index.js')>();
	return {
		...actual,
		prepareSearch(...args: Parameters<typeof actual.prepareSearch>) {
			const done = actual.prepareSearch(...args);
			prepared.calls.push({briefing: args[0], done});
			return done;
		},
	};
});

const open: Rendered[] = [];
afterEach(() => {
	for (const rendered of open.splice(0)) rendered.unmount();
	prepared.calls.length = 0;
});

describe('the search index', () => {
	it('is folded after the first frame, until done, and then left alone', async () => {
		const briefing = seed();
		const app = renderDefault(briefing);
		open.push(app);
		await app.see('Summary 1/');
		await until(() => prepared.calls.some(call => call.done), () => JSON.stringify(prepared.calls.map(call => call.done)));
		expect(prepared.calls.every(call => call.briefing === briefing)).toBe(true);
		// Sliced: every call before the last left work for the next one.
		expect(prepared.calls.map(call => call.done)).toEqual([...Array.from({length: prepared.calls.length - 1}, () => false), true]);
		const slices = prepared.calls.length;

		app.press('/');
		app.press('k');
		await app.see('/k▏');
		app.press('i');
		await app.see('/ki▏');
		await settleFrames();
		expect(prepared.calls).toHaveLength(slices);
	});
});
