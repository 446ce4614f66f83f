import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

export const BUNDLED_BRIEFING = 'data/briefings/russia-iran-defense-partnership.json';

function isSitrepPackage(directory: string): boolean {
	try {
		const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as {name?: unknown};
		return manifest.name === 'sitrep';
	} catch {
		return false;
	}
}

/**
 * The package's root folder, found by walking up from this module. The same code runs as `source/briefing/*.ts`
 * under vitest and inlined into `dist/app.cjs`, at different depths, so a fixed relative path would be wrong in
 * one of them.
 */
export function packageRoot(from: string = import.meta.url): string | undefined {
	let directory = dirname(fileURLToPath(from));
	for (;;) {
		if (isSitrepPackage(directory)) return directory;
		const parent = dirname(directory);
		if (parent === directory) return undefined;
		directory = parent;
	}
}

/** Where the briefing that ships with sitrep lives; the loader reports it if it is missing. */
export function bundledBriefingPath(from?: string): string {
	const root = packageRoot(from);
	// Without a root (a copied-away bundle), fall back to a path relative to the working folder so the error names it.
	return root ? join(root, BUNDLED_BRIEFING) : BUNDLED_BRIEFING;
}
