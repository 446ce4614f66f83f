import {describe, expect, it} from 'vitest';
import {App} from '../../source/ui/App.js';
import {plain, renderOnFakeTerminal, seed, SizedStdout, until, withLook} from './harness.js';

describe('the summary below the first frame', () => {
	it('is wrapped once that frame is out, not before it', async () => {
		const base = seed();
		// A key point's words are read only to wrap its lines.
		const read = new Set<number>();
		const keyPoints = base.summary.keyPoints.map((point, index) => new Proxy(point, {get: (target, key) => (key === 'text' && read.add(index), Reflect.get(target, key))}));
		const briefing = {...base, summary: {...base.summary, keyPoints}};
		const stdout = new SizedStdout(100, 30);
		let readBeforeFirstFrame: number[] | undefined;
		const write = stdout.write;
		stdout.write = frame => {
			readBeforeFirstFrame ??= [...read];
			return write(frame);
		};
		const {instance} = renderOnFakeTerminal(withLook(<App briefing={briefing} />), 100, 30, {stdout: stdout as unknown as NodeJS.WriteStream});
		try {
			await until(() => read.size === keyPoints.length, () => `read: ${[...read].join(', ')}`);
			// At 100x30 the Summary pane shows the source and the photo: none of the key points is in view.
			expect(plain(stdout.frames[0])).toContain('Summary 1/');
			expect(readBeforeFirstFrame).toEqual([]);
		} finally {
			instance.unmount();
		}
	});
});
