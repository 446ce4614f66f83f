import {afterEach, describe, expect, it} from 'vitest';
import {App} from '../../source/ui/App.js';
import {TerminalControlProvider, type TerminalControl} from '../../source/ui/TerminalControl.js';
import {KEYS, linesOf, renderOnFakeTerminal, seed, settleFrames, until, withLook} from './harness.js';

/*
 * After the first frame the dashboard mounts the Source pane out of sight, collapsed under the panes, so that the Tab
 * into it shows a pane already built. Nothing of it may show until then, and the garbage of building it is handed
 * to the collector once (TerminalControl.offScreenWorkDone) rather than left to the next key.
 */

const open: Array<{unmount: () => void}> = [];
afterEach(() => {
	for (const each of open.splice(0)) each.unmount();
});

function renderWithControl(columns: number, rows: number) {
	let offScreen = 0;
	const control: TerminalControl = {suspend() {}, onRedrawNeeded: () => () => {}, copy: () => ({bytes: 0, truncated: false}), openLink: () => 'no-opener', offScreenWorkDone: () => offScreen++};
	const {stdout, stdin, instance} = renderOnFakeTerminal(
		<TerminalControlProvider value={control}>{withLook(<App briefing={seed()} />)}</TerminalControlProvider>,
		columns,
		rows,
	);
	open.push(instance);
	return {stdout, stdin, offScreen: () => offScreen};
}

describe('the Source pane made ready out of sight', () => {
	it('leaves the screen as it was, and says once that off-screen work is done', async () => {
		const {stdout, offScreen} = renderWithControl(100, 30);
		await until(() => offScreen() > 0, () => `no call after ${stdout.frames.length} frames`);
		await settleFrames();
		expect(offScreen()).toBe(1);
		const first = stdout.frames[0]!;
		for (const frame of stdout.frames) expect(frame).toBe(first);
		expect(linesOf(first).join('\n')).not.toContain('Source ·');
	});

	it('shows the article on Tab, as a pane mounted then would, and goes back to the dashboard', async () => {
		const {stdout, stdin, offScreen} = renderWithControl(100, 30);
		await until(() => offScreen() > 0);
		const dashboard = stdout.frames.at(-1)!;
		stdin.write('3');
		await until(() => linesOf(stdout.frames.at(-1)).some(line => /Inventory 1\/\d+\s*$/.test(line)));
		stdin.write(KEYS.tab);
		await until(() => linesOf(stdout.frames.at(-1)).some(line => /Source 1\/\d+\s*$/.test(line)));
		const source = linesOf(stdout.frames.at(-1));
		// The whole body is the article: no row of the quotations or the inventory shows beside or under it.
		expect(source.join('\n')).not.toMatch(/John Kirby {2,}“|ballistic missiles +│/);
		expect(source.join('\n')).toContain('4 Source');
		expect(source.join('\n')).toContain('White House');
		stdin.write('1');
		await until(() => linesOf(stdout.frames.at(-1)).some(line => /Summary 1\/\d+\s*$/.test(line)));
		expect(stdout.frames.at(-1)).toBe(dashboard);
	});

	it('is made again for a new size, out of sight as before', async () => {
		const {stdout, offScreen} = renderWithControl(100, 30);
		await until(() => offScreen() > 0);
		stdout.resize(90, 28);
		await until(() => offScreen() > 1);
		await settleFrames();
		expect(linesOf(stdout.frames.at(-1)).join('\n')).not.toContain('Source ·');
		expect(offScreen()).toBe(2);
	});
});
