/** The part of a writable stream that output needs; process.stdout and test doubles both fit. */
export type Output = {
	write(chunk: string, callback: (error?: Error | null) => void): boolean;
	on(event: 'error', listener: (error: Error) => void): unknown;
	off(event: 'error', listener: (error: Error) => void): unknown;
};

export type WriteResult = 'written' | 'closed';

const isBrokenPipe = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';

/**
 * Writes all of `text` and waits until it has been handed to the OS. A reader that goes away early
 * (`sitrep | head -1`) is a normal end, reported as 'closed' rather than as a crash; other errors are thrown.
 */
export async function writeAll(output: Output, text: string): Promise<WriteResult> {
	return new Promise<WriteResult>((resolve, reject) => {
		const settle = (error?: Error | null) => {
			if (!error) {
				output.off('error', settle);
				resolve('written');
			} else if (isBrokenPipe(error)) {
				// Stay subscribed: the same broken pipe may still arrive as an event after the callback.
				resolve('closed');
			} else reject(error);
		};

		// The stream may report the broken pipe as an 'error' event instead of (or as well as) through the callback;
		// without a listener Node would treat that event as an uncaught exception.
		output.on('error', settle);
		try {
			output.write(text, settle);
		} catch (error) {
			settle(error as Error);
		}
	});
}
