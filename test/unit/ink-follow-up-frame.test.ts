/*
 * The patched Ink (patches/ink+6.8.0.patch) draws a commit at the end of the turn, so that what a layout effect
 * commits right after it is in the same frame. sitrep's keys rely on it: s commits a request, and the layout effect
 * that carries it out commits the source view; unpatched, the second commit waited out the frame throttle (17 ms
 * at sitrep's 60 frames a second). Here the throttle is one frame a second, so that waiting it out (a second) and
 * not waiting (a few milliseconds) cannot be mistaken for each other on a busy machine. In a Node of its own
 * without the CI variables, in which Ink would write no frames (see ink-frame-written.test.ts).
 */
import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {expect, it} from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

const script = (effect: 'useLayoutEffect' | 'useEffect') => `
import {EventEmitter} from 'node:events';
import React from 'react';
import {render, Text, useInput} from 'ink';
const writes = [];
const stdout = Object.assign(new EventEmitter(), {columns: 40, rows: 10, isTTY: true, write: chunk => writes.push(String(chunk)) > 0});
let pending = null;
const stdin = Object.assign(new EventEmitter(), {isTTY: true, setRawMode() {}, setEncoding() {}, read: () => { const data = pending; pending = null; return data; }, ref() {}, unref() {}, resume() {}, pause() {}});
const press = key => { pending = key; stdin.emit('readable'); };
const wait = ms => new Promise(resolve => setTimeout(resolve, ms));
function Follower() {
	const [request, setRequest] = React.useState(0);
	const [shown, setShown] = React.useState('none');
	useInput(input => { if (input === 'x') setRequest(count => count + 1); });
	React.${effect}(() => { if (request > 0) setShown('follow-up ' + request); }, [request]);
	return React.createElement(Text, null, shown);
}
const instance = render(React.createElement(Follower), {stdout, stdin, stderr: stdout, maxFps: 1, incrementalRendering: true, patchConsole: false, exitOnCtrlC: false});
await wait(1100);
const before = writes.length;
const pressed = performance.now();
press('x');
let drawnAfter = -1;
while (performance.now() - pressed < 2000) {
	if (writes.slice(before).some(write => write.includes('follow-up 1'))) {
		drawnAfter = performance.now() - pressed;
		break;
	}
	await wait(5);
}
await wait(50);
const frames = writes.slice(before).filter(write => write.includes('\\u001B[?2026h')).length;
instance.unmount();
console.log(JSON.stringify({drawnAfter, frames}));
`;

function run(effect: 'useLayoutEffect' | 'useEffect'): {drawnAfter: number; frames: number} {
	const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'CI' && name !== 'CONTINUOUS_INTEGRATION'));
	const result = spawnSync(process.execPath, ['--input-type=module', '-e', script(effect)], {cwd: root, env, encoding: 'utf8'});
	expect(result.status, result.stderr).toBe(0);
	return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as {drawnAfter: number; frames: number};
}

it('draws what a layout effect commits after a key in the same frame as the key, without waiting for the throttle', () => {
	const {drawnAfter, frames} = run('useLayoutEffect');
	expect(drawnAfter).toBeGreaterThanOrEqual(0);
	expect(drawnAfter).toBeLessThan(500);
	expect(frames).toBe(1);
});

it('draws what a passive effect commits only once the throttle allows (why sitrep uses layout effects there)', () => {
	const {drawnAfter, frames} = run('useEffect');
	expect(drawnAfter).toBeGreaterThan(500);
	expect(frames).toBe(1);
});
