import {Buffer, isAscii, isUtf8} from 'node:buffer';

/**
 * A large briefing is nearly all ASCII: the generated one (6.6 MB) has 36 bytes that are not, its curly quotation
 * marks. One such character is enough for V8 to decode the whole file into a string of two bytes a character, which
 * took 22-26 ms where copying the bytes as Latin-1 takes about 2. JSON lets a string spell any character as `\uXXXX`,
 * so the file's text can be given to JSON.parse as one-byte text, with its few other characters written that way:
 * the parsed briefing is the same. See `asciiJsonText` for when that holds.
 */

/** Below this size decoding costs well under a millisecond, and the plain decoder is kept. */
export const ASCII_TEXT_FROM_BYTES = 64 * 1024;

/** A text with more characters to spell out than a few plus one per this many bytes is no longer "nearly all ASCII". */
const BYTES_PER_ESCAPE = 256;
const ESCAPES_ANYWAY = 16;

/** Scanned a block at a time with Node's vectorised ASCII test; only blocks that fail it are read byte by byte. */
const BLOCK_BYTES = 4096;

const BACKSLASH = 0x5c;

/** The UTF-16 code units of a character, as JSON `\uXXXX` escapes. */
function escaped(character: string): string {
	let text = '';
	for (let index = 0; index < character.length; index++) text += `\\u${character.charCodeAt(index).toString(16).padStart(4, '0')}`;
	return text;
}

function sequenceLength(lead: number): number {
	if (lead >= 0xf0) return 4;
	return lead >= 0xe0 ? 3 : 2;
}

/**
 * The file's text as ASCII, every other character written as a JSON escape, or undefined where that could change
 * what JSON.parse makes of it; then the file must be decoded as it stands.
 *
 * Inside a JSON string an escape stands for the same character, and outside one a backslash is as much a syntax
 * error as the character was, so JSON.parse accepts the escaped text exactly when it accepts the original and returns
 * the same value. The one place an escape means something else is straight after a backslash (`\é` is an error, and
 * `\\u00e9` is not), so a character there gives up. So do bytes that are not valid UTF-8, whose errors only the
 * decoder words, and a text with many characters to escape. A byte order mark is not part of the text, as for
 * TextDecoder. A caller whose JSON.parse fails on the escaped text must decode and parse the original to say where
 * and why, since the offsets differ.
 */
export function asciiJsonText(bytes: Uint8Array): string | undefined {
	const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (isAscii(buffer.subarray(start))) return buffer.toString('latin1', start);
	if (!isUtf8(buffer)) return undefined;
	const escapesAllowed = ESCAPES_ANYWAY + Math.floor(buffer.length / BYTES_PER_ESCAPE);
	let escapes = 0;
	let text = '';
	let copiedTo = start;
	for (let block = start; block < buffer.length; block += BLOCK_BYTES) {
		const blockEnd = Math.min(block + BLOCK_BYTES, buffer.length);
		if (isAscii(buffer.subarray(block, blockEnd))) continue;
		// A character may have begun in the block before and run into this one.
		for (let index = Math.max(block, copiedTo); index < blockEnd; index++) {
			const lead = buffer[index]!;
			if (lead < 0x80) continue;
			if (buffer[index - 1] === BACKSLASH || ++escapes > escapesAllowed) return undefined;
			const end = index + sequenceLength(lead);
			text += buffer.toString('latin1', copiedTo, index) + escaped(buffer.toString('utf8', index, end));
			copiedTo = end;
			index = end - 1;
		}
	}

	return text + buffer.toString('latin1', copiedTo);
}
