/*
 * sitrep caps V8's young generation while the dashboard is open and lets it grow only while it starts
 * (source/launch/young-generation.ts). Whether V8 honours a flag set at run time is V8's business, so this asks V8:
 * in a Node of its own, whose young generation nothing else has grown, allocation that survives is made with the
 * cap, while it may grow, and with the cap again, and the generation's size is read after each.
 */
import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {buildSync} from 'esbuild';
import {expect, it} from 'vitest';

const launchFolder = fileURLToPath(new URL('../../source/launch/', import.meta.url));

const probe = `
import {getHeapSpaceStatistics} from 'node:v8';
import {capYoungGeneration, letYoungGenerationGrow} from './young-generation.js';
const size = () => {
	const space = getHeapSpaceStatistics().find(candidate => candidate.space_name === 'new_space');
	return space.space_used_size + space.space_available_size;
};
// Objects that stay reachable, as a parsed briefing and a drawn frame do: 250,000 of them are about 20 MB.
const kept = [];
const allocate = (count = 250000) => {
	for (let index = 0; index < count; index++) kept.push({index, text: 'entry ' + index});
};
capYoungGeneration();
const sizes = {start: size()};
allocate();
sizes.capped = size();
// Enough to grow the generation, not to its largest, so that growing further would show.
letYoungGenerationGrow();
allocate(60000);
sizes.starting = size();
capYoungGeneration();
allocate();
allocate();
sizes.cappedAgain = size();
console.log(JSON.stringify({...sizes, kept: kept.length}));
`;

it('the young generation grows while it may, and neither before nor after', () => {
	const {outputFiles} = buildSync({
		stdin: {contents: probe, resolveDir: launchFolder, loader: 'ts', sourcefile: 'probe.ts'},
		bundle: true,
		format: 'esm',
		platform: 'node',
		write: false,
	});
	const result = spawnSync(process.execPath, ['--input-type=module', '-e', outputFiles[0]!.text], {encoding: 'utf8'});
	expect(result.status, result.stderr).toBe(0);
	const sizes = JSON.parse(result.stdout) as {start: number; capped: number; starting: number; cappedAgain: number; kept: number};
	expect(sizes.kept).toBe(810_000);
	expect(sizes.capped).toBe(sizes.start);
	expect(sizes.starting).toBeGreaterThanOrEqual(2 * sizes.capped);
	// Capped again, more of the same allocation does not grow it further.
	expect(sizes.cappedAgain).toBeLessThanOrEqual(sizes.starting);
});
