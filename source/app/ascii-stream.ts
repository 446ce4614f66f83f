import {toAscii} from '../text/ascii.js';

/**
 * The terminal stream as Ink sees it in ASCII mode: every frame is transliterated on its way out, so no component
 * needs to know, and since each replacement keeps its column width, Ink's layout holds.
 * Escape sequences are ASCII already and pass through untouched.
 */
export function asciiStream(stream: NodeJS.WriteStream): NodeJS.WriteStream {
	const write = (chunk: unknown, ...rest: unknown[]): boolean =>
		(stream.write as (...args: unknown[]) => boolean)(typeof chunk === 'string' ? toAscii(chunk) : chunk, ...rest);
	return new Proxy(stream, {
		get(target, property) {
			if (property === 'write') return write;
			const value = Reflect.get(target, property, target) as unknown;
			return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
		},
	});
}
