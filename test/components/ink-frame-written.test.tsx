import {Text} from 'ink';
import type {RenderOptions} from 'ink';
import {describe, expect, it} from 'vitest';
import {renderOnFakeTerminal, until} from './harness.js';

// The patched Ink (patches/ink+6.8.0.patch) calls onFrameWritten after each frame it writes, which sitrep uses to
// collect garbage while the reader looks at the frame (source/app/idle-scavenge.ts).
describe('onFrameWritten', () => {
	it('is called after each frame that changes the screen, and not for one that does not', async () => {
		let calls = 0;
		const options = {debug: false, maxFps: 60, incrementalRendering: true, onFrameWritten: () => calls++} as RenderOptions;
		const {instance} = renderOnFakeTerminal(<Text>one</Text>, 40, 10, options);
		await until(() => calls === 1);
		// After the throttle's window, so that each frame is written at once.
		await new Promise(resolve => setTimeout(resolve, 40));
		instance.rerender(<Text>two</Text>);
		await until(() => calls === 2);
		await new Promise(resolve => setTimeout(resolve, 40));
		instance.rerender(<Text>two</Text>);
		await new Promise(resolve => setTimeout(resolve, 40));
		expect(calls).toBe(2);
		instance.unmount();
	});
});
