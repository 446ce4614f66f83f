/*
 * The inventory compares names with an ICU collator, whose first construction in a process costs about 7 ms of the
 * start; it must be made when names are first compared, not when the module is loaded or the default view is built.
 */
import {readFileSync} from 'node:fs';
import {afterEach, expect, it, vi} from 'vitest';
import type {Briefing} from '../../source/briefing/schema.js';

const seed = JSON.parse(readFileSync(new URL('../../data/briefings/russia-iran-defense-partnership.json', import.meta.url), 'utf8')) as Briefing;

const {Collator} = Intl;
let made = 0;
afterEach(() => {
	Intl.Collator = Collator;
});

it('makes its collator on the first comparison of names, once', async () => {
	Intl.Collator = class extends Collator {
		constructor(...options: ConstructorParameters<typeof Collator>) {
			super(...options);
			made++;
		}
	} as typeof Collator;
	vi.resetModules();
	const {DEFAULT_SORT, inventoryView} = await import('../../source/view-model/inventory-view.js');
	const byDefault = inventoryView(seed.inventory, {}, DEFAULT_SORT);
	expect(byDefault.indexes).toHaveLength(seed.inventory.length);
	expect(made).toBe(0);

	const bySystem = inventoryView(seed.inventory, {}, {column: 'System', descending: false});
	const systems = bySystem.indexes.map(index => seed.inventory[index]!.system);
	expect(systems).toEqual([...systems].sort((a, b) => a.localeCompare(b, undefined, {sensitivity: 'base', numeric: true})));
	inventoryView(seed.inventory, {}, {column: 'Route', descending: true});
	expect(made).toBe(1);
});
