import {afterEach, beforeAll, describe, it} from 'vitest';
import type {PtyTerminal} from './harness/terminal.js';
import {disposeAll, ensureBuilt, openSitrep, waitForNoText, waitForText, seedBriefing} from './support.js';

const seed = seedBriefing();
const total = seed.inventory.length;

/** sitrep with the Inventory focused and its filter menu open, nothing filtered yet. */
async function openFilterMenu(): Promise<PtyTerminal> {
	const term = await openSitrep({cols: 100, rows: 30});
	await waitForText(term, 'Summary 1/');
	term.press('3');
	term.press('f');
	await waitForText(term, `Filter the inventory · ${total} of ${total} shown`);
	return term;
}

beforeAll(ensureBuilt);
afterEach(disposeAll);

describe('narrowing and ordering the inventory', () => {
	it('sorts by the next column with >, inverts with I, and says so in the pane title', async () => {
		const term = await openSitrep({cols: 100, rows: 30});
		await waitForText(term, 'Summary 1/');
		term.press('3');
		term.press('>');
		await waitForText(term, '3 Inventory · sorted by System');
		term.press('I');
		await waitForText(term, '3 Inventory · sorted by System, Z to A');
		// Z to A: the first row is the system last in alphabetical order.
		const last = [...seed.inventory].map(item => item.system).sort((a, b) => b.localeCompare(a, undefined, {sensitivity: 'base', numeric: true}))[0]!;
		// (The System column may cut a long name; its start is enough.)
		await waitForText(term, `▶ ${last.slice(0, 20)}`);
	});

	it('filters through the f menu, shows what is active, and Esc clears it', async () => {
		const term = await openFilterMenu();
		// The first option is the first category present; turn it on and close the menu.
		const uavs = seed.inventory.filter(item => item.category === 'uav').length;
		term.press('space');
		await waitForText(term, `${uavs} of ${total} shown · category: uav`);
		term.press('f');
		await waitForNoText(term, 'Filter the inventory');
		await waitForText(term, '3 Inventory · category: uav');
		await waitForText(term, `Inventory 1/${uavs}`);
		// The detail is the item's own, whatever its row.
		term.press('enter');
		await waitForText(term, `Item ${seed.inventory.findIndex(item => item.category === 'uav') + 1} of ${total}`);
		term.press('escape');
		await waitForNoText(term, 'Item 1 of');
		term.press('escape');
		await waitForText(term, `Inventory 1/${total}`);
	});

	it('keeps a toggle typed together with the key that closes the menu', async () => {
		const term = await openFilterMenu();
		// One write, as a fast typist or a paste sends them: Space turns the first option on, f closes the menu.
		term.write(' f');
		await waitForText(term, '3 Inventory · category: uav');
		await waitForText(term, `Inventory 1/${seed.inventory.filter(item => item.category === 'uav').length}`);
	});
});
