/**
 * The dashboard folds the briefing for searching after its first frame, in slices, so that the first letter typed
 * in the search line finds it ready; and once it is done, it is not done again, by a search or anything else.
 */
import {Text} from 'ink';
import {render as testingRender} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import type {Briefing} from '../../source/briefing/schema.js';
import {usePreparedSearch} from '../../source/ui/usePreparedSearch.js';
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
	vi.useRealTimers();
});

function Probe({briefing, searching}: {briefing: Briefing; searching: boolean}) {
	usePreparedSearch(briefing, searching);
	return <Text>probe</Text>;
}

/** Lets the event loop go round `turns` times: what runs from setImmediate runs, what waits for a timer does not. */
async function turns(count: number): Promise<void> {
	for (let turn = 0; turn < count; turn++) await new Promise(resolve => setImmediate(resolve));
}

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

	it('pauses between slices while the reader looks at the dashboard, and not once the search line is open', async () => {
		// Enough fields that one slice of a few milliseconds cannot fold them all, even on a fast machine.
		const briefing: Briefing = {...seed(), quotes: Array.from({length: 3000}, () => seed().quotes).flat()};
		// Only the timers are faked: a slice that waits for its pause never runs unless the test moves the clock on.
		vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
		const probe = testingRender(<Probe briefing={briefing} searching={false} />);
		await turns(20);
		expect(prepared.calls).toHaveLength(0);
		vi.advanceTimersByTime(40);
		await turns(20);
		expect(prepared.calls.map(call => call.done)).toEqual([false]);

		probe.rerender(<Probe briefing={briefing} searching />);
		for (let turn = 0; turn < 10_000 && !prepared.calls.at(-1)?.done; turn++) await turns(1);
		expect(prepared.calls.at(-1)?.done).toBe(true);
		expect(prepared.calls.length).toBeGreaterThan(2);
		expect(prepared.calls.every(call => call.briefing === briefing)).toBe(true);

		// Done is done: closing and opening the search line again folds nothing more.
		const calls = prepared.calls.length;
		probe.rerender(<Probe briefing={briefing} searching={false} />);
		probe.rerender(<Probe briefing={briefing} searching />);
		vi.advanceTimersByTime(1000);
		await turns(20);
		expect(prepared.calls).toHaveLength(calls);
		probe.unmount();
	});
});

