import {open} from 'node:fs/promises';
import type {Problem} from '../briefing/errors.js';

/**
 * Reading the files sitrep is given (briefings, its config) safely, with errors said in words: shared by every
 * loader so they refuse and explain the same things the same way.
 */

const ERRNO_MEANINGS: Record<string, [problem: string, remedy: string]> = {
	ENOENT: ['no such file', 'check the path'],
	EACCES: ['permission denied', 'check that the file is readable by you'],
	EPERM: ['operation not permitted', 'check that the file is readable by you'],
	EISDIR: ['is a directory', 'give the path of a file, not a folder'],
	ENOTDIR: ['a part of the path is not a directory', 'check the path'],
	ELOOP: ['too many symbolic links', 'check where the link points'],
	ENAMETOOLONG: ['the path is too long', 'check the path'],
	EMFILE: ['too many open files', 'close other programs and try again'],
	EIO: ['input/output error', 'check the disk or network share the file is on'],
};

/** A read error in words; `remedies` replaces the generic advice for codes where the caller can say more. */
export function readProblem(error: unknown, remedies: Partial<Record<string, string>> = {}): Problem {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	const meaning = code ? ERRNO_MEANINGS[code] : undefined;
	if (code && meaning) return {problem: `cannot read: ${meaning[0]} (${code})`, remedy: remedies[code] ?? meaning[1]};
	return {problem: `cannot read: ${code ?? (error instanceof Error ? error.message : String(error))}`};
}

export function formatSize(bytes: number): string {
	return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${bytes} bytes`;
}

/**
 * Reads no more than one byte past the limit. A size from stat is not enough: FIFOs and devices (`/dev/stdin`,
 * `/dev/zero`) report 0 and can deliver without end. It is a good guess for a regular file, though: the buffer is
 * made that size plus the byte that shows the end, so a briefing is read in one go into the buffer it is decoded
 * from (chunks joined afterwards cost a copy of the whole file: 4 ms on a 6.6 MB briefing).
 */
export async function readAtMost(path: string, limit: number): Promise<Uint8Array> {
	const handle = await open(path, 'r');
	try {
		const {size} = await handle.stat();
		let buffer = new Uint8Array(Math.min(limit + 1, size + 1));
		let total = 0;
		for (;;) {
			if (total === buffer.length) {
				if (total > limit) break;
				const larger = new Uint8Array(Math.min(limit + 1, Math.max(buffer.length * 2, 1024 * 1024)));
				larger.set(buffer);
				buffer = larger;
			}

			const {bytesRead} = await handle.read(buffer, total, buffer.length - total, null);
			if (bytesRead === 0) break;
			total += bytesRead;
		}

		return buffer.subarray(0, total);
	} finally {
		await handle.close();
	}
}

/** "line 3, column 17" for an offset in a text, as editors count them. */
export function lineAndColumn(text: string, offset: number): string {
	const before = text.slice(0, offset);
	return `line ${before.split('\n').length}, column ${offset - before.lastIndexOf('\n')}`;
}
