/**
 * The first frame, at every size, and a resize are drawn without an Intl.Segmenter: the first one a process makes
 * loads ICU's break rules, 12-15 ms of the frame that makes it. sitrep cuts text to width itself
 * (source/text/cells.ts segments only what is not one-cell text); Ink, given a text wider than its box, cuts it
 * through slice-ansi, which makes one.
 */
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, test} from 'vitest';
import {openTerminal} from './harness/terminal.js';
import {disposeAll, distPath, ensureBuilt, repoRoot, waitForDashboard, waitForScreen} from './support.js';

beforeAll(ensureBuilt);
afterEach(disposeAll);

const scratch = mkdtempSync(path.join(tmpdir(), 'sitrep-segmenters-'));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));
const counter = path.join(repoRoot, 'test', 'support', 'count-segmenters.mjs');

/** Starts sitrep at `cols` x `rows` with the counter preloaded, waits for the first frame, quits: the count. */
async function segmentersForFirstFrame(cols: number, rows: number): Promise<{made: number; header: string}> {
	const countFile = path.join(scratch, `${cols}x${rows}`);
	const term = await openTerminal({cols, rows, cwd: repoRoot, args: ['--import', counter, distPath], env: {SITREP_TEST_SEGMENTERS: countFile}});
	const screen = await waitForDashboard(term);
	term.write('q');
	expect((await term.waitForExit()).exitCode).toBe(0);
	await term.dispose();
	return {made: Number(readFileSync(countFile, 'utf8')), header: screen.split('\n')[0]!};
}

describe('the first frame makes no Intl.Segmenter', () => {
	test.each([
		[30, 8],
		[40, 20],
		[80, 24],
		[100, 30],
		[200, 50],
	])('at %ix%i', async (cols, rows) => {
		const {made, header} = await segmentersForFirstFrame(cols, rows);
		expect(made).toBe(0);
		// The seed's headline and badge take 87 columns: narrower, the header is cut, and by sitrep.
		if (cols < 87) expect(header).toMatch(/^ sitrep {2}Russia and Iran.*…$/);
		else expect(header.trimEnd()).toBe(' sitrep  Russia and Iran developing ‘full-fledged defense partnership,’ White House says');
	});

	test('nor does a resize to a width the headline does not fit', async () => {
		const countFile = path.join(scratch, 'resized');
		const term = await openTerminal({cols: 100, rows: 30, cwd: repoRoot, args: ['--import', counter, distPath], env: {SITREP_TEST_SEGMENTERS: countFile}});
		await waitForDashboard(term);
		term.resize(60, 20);
		await waitForScreen(term, screen => screen.split('\n')[0]!.endsWith('…'), 'the header cut at 60 columns');
		term.write('q');
		expect((await term.waitForExit()).exitCode).toBe(0);
		await term.dispose();
		expect(Number(readFileSync(countFile, 'utf8'))).toBe(0);
	});

	test('the counter counts: a preloaded program that makes one reports 1', async () => {
		const countFile = path.join(scratch, 'control');
		const term = await openTerminal({cwd: repoRoot, args: ['--import', counter, '-e', 'new Intl.Segmenter(); setTimeout(() => {}, 50)'], env: {SITREP_TEST_SEGMENTERS: countFile}});
		await term.waitForExit();
		await term.dispose();
		expect(Number(readFileSync(countFile, 'utf8'))).toBe(1);
	});
});
