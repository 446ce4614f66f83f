/*
 * The patched Ink (patches/ink+6.8.0.patch) calls onFrameWritten after each frame it writes, which sitrep uses to
 * collect garbage while the reader looks at the frame (source/app/idle-scavenge.ts), and writes each frame with its
 * synchronized-update markers in one write. Ink writes frames this way
 * only outside CI mode, which it decides from the CI variable when it is loaded, so the checks run in a Node of its
 * own with the CI variables removed: in a CI job it would otherwise see no frames at all.
 */
import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {expect, it} from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

const script = `
import {EventEmitter} from 'node:events';
import React from 'react';
import {render, Text} from 'ink';
const stdout = Object.assign(new EventEmitter(), {columns: 40, rows: 10, isTTY: true, write: () => true});
const stdin = Object.assign(new EventEmitter(), {isTTY: true, setRawMode() {}, setEncoding() {}, read: () => null, ref() {}, unref() {}, resume() {}, pause() {}});
const wait = ms => new Promise(resolve => setTimeout(resolve, ms));
const counts = [];
let calls = 0;
const instance = render(React.createElement(Text, null, 'one'), {stdout, stdin, stderr: stdout, maxFps: 60, incrementalRendering: true, patchConsole: false, exitOnCtrlC: false, onFrameWritten: () => calls++});
await wait(40);
counts.push(calls);
instance.rerender(React.createElement(Text, null, 'two'));
await wait(40);
counts.push(calls);
instance.rerender(React.createElement(Text, null, 'two'));
await wait(40);
counts.push(calls);
instance.unmount();
console.log(JSON.stringify(counts));
`;

it('onFrameWritten is called after each frame that changes the screen, and not for one that does not', () => {
	const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'CI' && name !== 'CONTINUOUS_INTEGRATION'));
	const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {cwd: root, env, encoding: 'utf8'});
	// Ink's cursor handling writes a show-cursor sequence to stderr on exit; anything else there is a failure.
	expect(result.status, result.stderr).toBe(0);
	expect(result.stderr.replaceAll('\u001B[?25h', '')).toBe('');
	// After the first frame, after a frame with new text, and after a render that changed nothing.
	expect(JSON.parse(result.stdout.trim().split('\n').at(-1)!)).toEqual([1, 2, 2]);
});

const oneWriteScript = `
import {EventEmitter} from 'node:events';
import React from 'react';
import {render, Text} from 'ink';
const writes = [];
const stdout = Object.assign(new EventEmitter(), {columns: 40, rows: 10, isTTY: true, write: chunk => writes.push(String(chunk)) > 0});
const stdin = Object.assign(new EventEmitter(), {isTTY: true, setRawMode() {}, setEncoding() {}, read: () => null, ref() {}, unref() {}, resume() {}, pause() {}});
const wait = ms => new Promise(resolve => setTimeout(resolve, ms));
const instance = render(React.createElement(Text, null, 'one'), {stdout, stdin, stderr: stdout, maxFps: 60, incrementalRendering: true, patchConsole: false, exitOnCtrlC: false});
await wait(40);
const first = writes.length;
instance.rerender(React.createElement(Text, null, 'two'));
await wait(40);
console.log(JSON.stringify({first: writes.slice(0, first), second: writes.slice(first)}));
instance.unmount();
`;

it('writes each frame in one write, inside its synchronized-update markers', () => {
	const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'CI' && name !== 'CONTINUOUS_INTEGRATION'));
	const result = spawnSync(process.execPath, ['--input-type=module', '-e', oneWriteScript], {cwd: root, env, encoding: 'utf8'});
	expect(result.status, result.stderr).toBe(0);
	const {first, second} = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as {first: string[]; second: string[]};
	const begin = '\u001B[?2026h';
	const end = '\u001B[?2026l';
	// The first frame: the cursor is hidden once, then the frame.
	expect(first).toHaveLength(2);
	expect(first[1]!.startsWith(begin) && first[1]!.endsWith(end) && first[1]!.includes('one')).toBe(true);
	expect(second).toHaveLength(1);
	expect(second[0]!.startsWith(begin) && second[0]!.endsWith(end) && second[0]!.includes('two')).toBe(true);
});
