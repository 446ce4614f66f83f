import {EventEmitter} from 'node:events';
import {describe, expect, it} from 'vitest';
import {writeAll, type Output} from '../../source/cli/write.js';

/** A stream double whose write fails the way a closed pipe does: the callback and an 'error' event. */
function failingOutput(code: string): Output & EventEmitter {
	const emitter = new EventEmitter();
	return Object.assign(emitter, {
		write(_chunk: string, callback: (error?: Error | null) => void) {
			const error = Object.assign(new Error(code), {code});
			process.nextTick(() => {
				callback(error);
				emitter.emit('error', error);
			});
			return false;
		},
	});
}

describe('writeAll', () => {
	it('resolves "closed" for a broken pipe and leaves no unhandled error event', async () => {
		const output = failingOutput('EPIPE');
		await expect(writeAll(output, 'x')).resolves.toBe('closed');
		await new Promise(resolve => setImmediate(resolve));
		expect(output.listenerCount('error')).toBe(1);
	});

	it('rejects other write errors', async () => {
		const output = failingOutput('EIO');
		await expect(writeAll(output, 'x')).rejects.toThrow('EIO');
	});

	it('resolves "written" and unsubscribes once the data is handed over', async () => {
		const chunks: string[] = [];
		const emitter = new EventEmitter();
		const output = Object.assign(emitter, {
			write(chunk: string, callback: (error?: Error | null) => void) {
				chunks.push(chunk);
				callback();
				return true;
			},
		});
		await expect(writeAll(output, 'hello')).resolves.toBe('written');
		expect(chunks).toEqual(['hello']);
		expect(emitter.listenerCount('error')).toBe(0);
	});
});
