import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

/*
 * vitest's global setup. The tests make scratch folders with os.tmpdir(), and four files once made them without
 * removing them: every `npm test` left four folders behind (one of 0.8 MB), several hundred of them on a machine
 * that ran the suite all day. Here each run gets a folder of its own, set as the temporary folder os.tmpdir() reads,
 * which the test workers and every program they spawn inherit (vitest makes its workers after this setup). When the
 * run ends the folder must be empty: whatever a test left there is named, removed, and fails the run. One folder per
 * run also keeps two runs on the same machine out of each other's way.
 */

/** What os.tmpdir() reads: TMPDIR on POSIX systems, TEMP and TMP on Windows. */
const TEMPORARY_FOLDER_VARIABLES = ['TMPDIR', 'TEMP', 'TMP'] as const;

export default function setup(): () => void {
	const outer = TEMPORARY_FOLDER_VARIABLES.map(name => [name, process.env[name]] as const);
	const runFolder = mkdtempSync(join(tmpdir(), 'sitrep-test-run-'));
	for (const name of TEMPORARY_FOLDER_VARIABLES) process.env[name] = runFolder;
	return () => {
		for (const [name, value] of outer) {
			if (value === undefined) delete process.env[name];
			else process.env[name] = value;
		}
		const left = readdirSync(runFolder);
		rmSync(runFolder, {recursive: true, force: true});
		if (left.length > 0) {
			// vitest reports an error thrown here but still exits 0, so the failure is the exit code.
			console.error(`\nscratch-guard: tests left ${left.length} file(s) in the temporary folder: ${left.join(', ')}. A test removes what it makes (afterAll).\n`);
			process.exitCode = 1;
		}
	};
}
