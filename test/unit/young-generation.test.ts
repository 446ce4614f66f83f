/*
 * sitrep caps V8's young generation for as long as it runs and lets it grow only while a briefing is read
 * (source/launch/young-generation.ts). Whether V8 honours a flag set at run time is V8's business, so this asks V8:
 * in a Node of its own, whose young generation nothing else has grown, allocation that survives is made with the
 * cap, while reading, and with the cap again, and the generation's size is read after each.
 */
import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {buildSync} from 'esbuild';
import {expect, it} from 'vitest';

const launchFolder = fileURLToPath(new URL('../../source/launch/', import.meta.url));

const probe = `
import {getHeapSpaceStatistics} from 'node:v8';
import {capYoungGeneration, whileYoungGenerationGrows, youngGenerationMayGrow} from './young-generation.js';
const size = () => {
	const space = getHeapSpaceStatistics().find(candidate => candidate.space_name === 'new_space');
	return space.space_used_size + space.space_available_size;
};
// Objects that stay reachable, as a parsed briefing does: 250,000 of them are about 20 MB.
const kept = [];
const allocate = (count = 250000) => {
	for (let index = 0; index < count; index++) kept.push({index, text: 'entry ' + index});
};
capYoungGeneration();
const sizes = {start: size()};
allocate();
sizes.capped = size();
let failed = false;
// Enough to grow the generation, not to its largest, so that growing further would show.
await whileYoungGenerationGrows(async () => allocate(60000));
sizes.reading = size();
await whileYoungGenerationGrows(async () => {
	throw new Error('unreadable');
}).catch(() => {
	failed = true;
});
allocate();
allocate();
sizes.cappedAgain = size();
// As for the first frame: free to grow until the function it returns is called.
const cap = youngGenerationMayGrow();
allocate();
sizes.firstFrame = size();
cap();
allocate();
allocate();
sizes.afterFirstFrame = size();
console.log(JSON.stringify({...sizes, failed, kept: kept.length}));
`;

it('the young generation grows while a briefing is read, and neither before nor after', () => {
	const {outputFiles} = buildSync({
		stdin: {contents: probe, resolveDir: launchFolder, loader: 'ts', sourcefile: 'probe.ts'},
		bundle: true,
		format: 'esm',
		platform: 'node',
		write: false,
	});
	const result = spawnSync(process.execPath, ['--input-type=module', '-e', outputFiles[0]!.text], {encoding: 'utf8'});
	expect(result.status, result.stderr).toBe(0);
	const sizes = JSON.parse(result.stdout) as {start: number; capped: number; reading: number; cappedAgain: number; firstFrame: number; afterFirstFrame: number; failed: boolean; kept: number};
	expect(sizes.kept).toBe(1_560_000);
	expect(sizes.failed).toBe(true);
	expect(sizes.capped).toBe(sizes.start);
	expect(sizes.reading).toBeGreaterThanOrEqual(2 * sizes.capped);
	// Capped again even after a read that failed: more of the same allocation does not grow it further.
	expect(sizes.cappedAgain).toBeLessThanOrEqual(sizes.reading);
	expect(sizes.firstFrame).toBeGreaterThan(sizes.cappedAgain);
	expect(sizes.afterFirstFrame).toBeLessThanOrEqual(sizes.firstFrame);
});
