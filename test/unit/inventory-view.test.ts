import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {
	briefingSchema,
	categorySchema,
	likelihoodSchema,
	statusSchema,
	type Briefing,
	type InventoryItem,
} from '../../source/briefing/schema.js';
import {HEDGE_WORDS} from '../../source/view-model/hedges.js';
import {
	cycleSortColumn,
	DEFAULT_SORT,
	describeFilter,
	describeSort,
	directionOf,
	filterOptions,
	HEDGE_LEGEND,
	invertSort,
	inventoryView,
	LIKELIHOOD_LEGEND,
	LIKELIHOOD_ORDER,
	SORT_COLUMNS,
	STATUS_ORDER,
	toggleFilter,
	type InventoryFilter,
	type InventorySort,
	type SortColumn,
} from '../../source/view-model/inventory-view.js';
import {isTerminalSafe} from '../../source/text/neutralize.js';

const seed: Briefing = briefingSchema.parse(
	JSON.parse(readFileSync(new URL('../../data/briefings/russia-iran-defense-partnership.json', import.meta.url), 'utf8')),
);
const items = seed.inventory;

const ascending = (column: SortColumn): InventorySort => ({column, descending: false});
const descending = (column: SortColumn): InventorySort => ({column, descending: true});

const ids = (list: readonly InventoryItem[], indexes: readonly number[]): string[] => indexes.map(index => list[index]!.id);
const shown = (filter: InventoryFilter, sort: InventorySort = DEFAULT_SORT, list: readonly InventoryItem[] = items): number[] =>
	inventoryView(list, filter, sort).indexes;

let serial = 0;
/** A valid item with neutral defaults, so each synthetic case states only what it is about. */
function item(fields: Partial<InventoryItem> = {}): InventoryItem {
	serial += 1;
	return {
		id: `item-${serial}`,
		category: 'other',
		system: `system ${serial}`,
		supplier: {country: 'Iran', basis: 'stated'},
		recipient: {country: 'Russia', basis: 'stated'},
		status: 'unknown',
		likelihood: 'stated',
		hedges: [],
		claimedBy: 'Somebody',
		evidence: [{text: 'x', paragraph: 1, start: 0, end: 1}],
		...fields,
	};
}

describe('seed inventory', () => {
	it('is the one these tests are written against', () => {
		expect(ids(items, items.map((_, index) => index))).toEqual([
			'uavs',
			'ballistic-missiles',
			'su-35-aircraft',
			'su-35-pilot-training',
			'helicopters',
			'air-defense-systems',
			'drone-production-line',
			'military-components',
			'weapons-development-training',
			'military-technical-support',
			'support-for-russian-military',
		]);
	});
});

describe('directionOf', () => {
	it('joins supplier and recipient country and ignores whether the article names or implies them', () => {
		expect(directionOf(items[0]!)).toBe('Iran → Russia');
		expect(directionOf(items[2]!)).toBe('Russia → Iran');
		// Both parties of the production line are inferred; it still counts as Iran → Russia.
		expect(items[6]!.supplier.basis).toBe('inferred');
		expect(directionOf(items[6]!)).toBe('Iran → Russia');
	});
});

describe('inventoryView: filtering', () => {
	it('shows everything in article order with no filter, and with empty lists of values', () => {
		const all = items.map((_, index) => index);
		expect(shown({})).toEqual(all);
		expect(shown({categories: [], directions: [], statuses: [], likelihoods: []})).toEqual(all);
		expect(inventoryView(items).indexes).toEqual(all);
	});

	it('narrows by category, any listed value matching', () => {
		expect(shown({categories: ['fighter-aircraft']})).toEqual([2, 3]);
		expect(shown({categories: ['uav', 'helicopter']})).toEqual([0, 4]);
	});

	it('narrows by direction', () => {
		expect(shown({directions: ['Iran → Russia']})).toEqual([0, 1, 6, 10]);
		expect(shown({directions: ['Russia → Iran']})).toEqual([2, 3, 4, 5, 7, 8, 9]);
		expect(shown({directions: ['Russia → Iran', 'Iran → Russia']})).toHaveLength(11);
		expect(shown({directions: ['China → Russia']})).toEqual([]);
	});

	it('narrows by status', () => {
		expect(shown({statuses: ['expected']})).toEqual([1, 2, 10]);
		expect(shown({statuses: ['unknown', 'in-use']})).toEqual([0, 4, 5, 9]);
		expect(shown({statuses: ['delivered']})).toEqual([]);
	});

	it('narrows by likelihood', () => {
		expect(shown({likelihoods: ['reported']})).toEqual([3]);
		expect(shown({likelihoods: ['stated', 'assessed']})).toEqual([0, 6, 7, 8, 9, 10]);
	});

	it('requires every kind of filter to hold at once', () => {
		expect(shown({categories: ['other'], directions: ['Russia → Iran']})).toEqual([8, 9]);
		expect(shown({statuses: ['expected'], likelihoods: ['possible']})).toEqual([1, 2]);
		expect(shown({categories: ['other'], directions: ['Russia → Iran'], statuses: ['unknown'], likelihoods: ['stated']})).toEqual([9]);
	});

	it('can leave nothing, and then shows nothing and counts a total of zero', () => {
		const view = inventoryView(items, {categories: ['uav'], statuses: ['unknown']}, ascending('Status'));
		expect(view.indexes).toEqual([]);
		expect(view.counts.total).toBe(0);
		expect(inventoryView([], {}, DEFAULT_SORT)).toEqual({
			indexes: [],
			counts: {
				categories: Object.fromEntries(categorySchema.options.map(key => [key, 0])),
				directions: {},
				statuses: Object.fromEntries(statusSchema.options.map(key => [key, 0])),
				likelihoods: Object.fromEntries(likelihoodSchema.options.map(key => [key, 0])),
				total: 0,
			},
		});
	});

	it('returns indexes into the original list, whatever the filter and order', () => {
		const view = inventoryView(items, {directions: ['Iran → Russia']}, descending('Likelihood'));
		expect(ids(items, view.indexes)).toEqual(['ballistic-missiles', 'drone-production-line', 'support-for-russian-military', 'uavs']);
		for (const index of view.indexes) expect(directionOf(items[index]!)).toBe('Iran → Russia');
	});

	it('does not change the list it is given', () => {
		const copy = structuredClone(items);
		inventoryView(items, {statuses: ['expected']}, descending('System'));
		expect(items).toEqual(copy);
	});
});

describe('inventoryView: counts', () => {
	it('counts every option over all items when nothing is filtered', () => {
		const {counts} = inventoryView(items, {}, DEFAULT_SORT);
		expect(counts.total).toBe(11);
		expect(counts.categories).toEqual({
			uav: 1,
			'ballistic-missile': 1,
			'fighter-aircraft': 2,
			helicopter: 1,
			'air-defense': 1,
			production: 1,
			components: 1,
			other: 3,
		});
		expect(counts.directions).toEqual({'Iran → Russia': 4, 'Russia → Iran': 7});
		expect(counts.statuses).toEqual({
			delivered: 0,
			'in-use': 1,
			'in-training': 1,
			planned: 1,
			intended: 2,
			expected: 3,
			unknown: 3,
		});
		expect(counts.likelihoods).toEqual({stated: 3, reported: 1, assessed: 3, possible: 4});
	});

	it('ignores a kind’s own filter in its counts, and applies the other kinds', () => {
		const unfiltered = inventoryView(items, {}, DEFAULT_SORT).counts;
		const {counts} = inventoryView(items, {statuses: ['expected']}, DEFAULT_SORT);
		expect(counts.total).toBe(3);
		// Status counts still show what every other status would give.
		expect(counts.statuses).toEqual(unfiltered.statuses);
		// The other kinds count only the three expected items.
		expect(counts.categories).toMatchObject({'ballistic-missile': 1, 'fighter-aircraft': 1, other: 1, uav: 0, helicopter: 0});
		expect(counts.directions).toEqual({'Iran → Russia': 2, 'Russia → Iran': 1});
		expect(counts.likelihoods).toEqual({stated: 0, reported: 0, assessed: 1, possible: 2});
	});

	it('applies each of two kinds of filter to the other’s counts but not to its own', () => {
		const {counts} = inventoryView(items, {categories: ['other'], directions: ['Russia → Iran']}, DEFAULT_SORT);
		expect(counts.total).toBe(2);
		// Categories over the Russia → Iran items.
		expect(counts.categories).toEqual({
			uav: 0,
			'ballistic-missile': 0,
			'fighter-aircraft': 2,
			helicopter: 1,
			'air-defense': 1,
			production: 0,
			components: 1,
			other: 2,
		});
		// Directions over the items in category other.
		expect(counts.directions).toEqual({'Iran → Russia': 1, 'Russia → Iran': 2});
		// Statuses and likelihoods over items passing both.
		expect(counts.statuses).toMatchObject({intended: 1, unknown: 1, expected: 0});
		expect(counts.likelihoods).toEqual({stated: 2, reported: 0, assessed: 0, possible: 0});
	});

	it('keeps every direction in the data, with zero where the other filters leave none', () => {
		const {counts} = inventoryView(items, {categories: ['uav']}, DEFAULT_SORT);
		expect(counts.directions).toEqual({'Iran → Russia': 1, 'Russia → Iran': 0});
	});

	it('gives counts for an empty result that say which choice would bring items back', () => {
		const {counts} = inventoryView(items, {categories: ['uav'], statuses: ['unknown']}, DEFAULT_SORT);
		expect(counts.categories).toMatchObject({uav: 0, helicopter: 1, 'air-defense': 1, other: 1});
		expect(counts.statuses).toMatchObject({'in-use': 1, unknown: 0});
	});

	it('does not depend on the sort', () => {
		const filter: InventoryFilter = {likelihoods: ['possible']};
		const base = inventoryView(items, filter, DEFAULT_SORT).counts;
		for (const column of SORT_COLUMNS) expect(inventoryView(items, filter, descending(column)).counts).toEqual(base);
	});
});

describe('inventoryView: sorting the seed', () => {
	const cases: Array<[SortColumn, number[], number[]]> = [
		['Order', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]],
		// advanced…, air…, ballistic…, helicopters, joint…, military…, Su-35 ×2, support…, UAVs, weapons…
		['System', [7, 5, 1, 4, 6, 9, 2, 3, 10, 0, 8], [8, 0, 10, 2, 3, 9, 6, 4, 1, 5, 7]],
		['Route', [0, 1, 6, 10, 2, 3, 4, 5, 7, 8, 9], [2, 3, 4, 5, 7, 8, 9, 0, 1, 6, 10]],
		// Only the first two have a quantity, in words; the rest stay last in article order both ways.
		['Quantity', [1, 0, 2, 3, 4, 5, 6, 7, 8, 9, 10], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
		['Status', [0, 3, 6, 7, 8, 1, 2, 10, 4, 5, 9], [4, 5, 9, 1, 2, 10, 7, 8, 6, 3, 0]],
		['Likelihood', [0, 8, 9, 3, 6, 7, 10, 1, 2, 4, 5], [1, 2, 4, 5, 6, 7, 10, 3, 0, 8, 9]],
		// The seed is already in schema order; inverted, items of one category keep article order.
		['Category', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [8, 9, 10, 7, 6, 5, 4, 2, 3, 1, 0]],
	];

	it.each(cases)('by %s, both ways', (column, up, down) => {
		expect(shown({}, ascending(column))).toEqual(up);
		expect(shown({}, descending(column))).toEqual(down);
	});

	it('sorts only what the filter leaves', () => {
		expect(shown({categories: ['other']}, ascending('Status'))).toEqual([8, 10, 9]);
		expect(shown({categories: ['other']}, descending('Order'))).toEqual([10, 9, 8]);
	});
});

describe('inventoryView: sorting synthetic items', () => {
	const sortedIds = (list: InventoryItem[], sort: InventorySort): string[] => ids(list, shown({}, sort, list));

	it('orders statuses from done to uncertain', () => {
		expect(STATUS_ORDER).toEqual(['delivered', 'in-use', 'in-training', 'planned', 'intended', 'expected', 'unknown']);
		expect([...STATUS_ORDER].sort()).toEqual([...statusSchema.options].sort());
		const list = [...STATUS_ORDER].reverse().map(status => item({id: status, status}));
		expect(sortedIds(list, ascending('Status'))).toEqual([...STATUS_ORDER]);
		expect(sortedIds(list, descending('Status'))).toEqual([...STATUS_ORDER].reverse());
	});

	it('orders likelihoods from most to least certain', () => {
		expect(LIKELIHOOD_ORDER).toEqual(['stated', 'reported', 'assessed', 'possible']);
		expect([...LIKELIHOOD_ORDER].sort()).toEqual([...likelihoodSchema.options].sort());
		const list = (['possible', 'assessed', 'stated', 'reported'] as const).map(likelihood => item({id: likelihood, likelihood}));
		expect(sortedIds(list, ascending('Likelihood'))).toEqual(['stated', 'reported', 'assessed', 'possible']);
		expect(sortedIds(list, descending('Likelihood'))).toEqual(['possible', 'assessed', 'reported', 'stated']);
	});

	it('orders categories in schema order', () => {
		const list = [...categorySchema.options].reverse().map(category => item({id: category, category}));
		expect(sortedIds(list, ascending('Category'))).toEqual([...categorySchema.options]);
		expect(sortedIds(list, descending('Category'))).toEqual([...categorySchema.options].reverse());
	});

	it('compares system names ignoring case and accents, with numbers by value', () => {
		const list = [
			item({id: 'a', system: 'S-1000'}),
			item({id: 'b', system: 'uav'}),
			item({id: 'c', system: 'S-300'}),
			item({id: 'd', system: 'UAV'}),
			item({id: 'e', system: 'Üav'}),
			item({id: 'f', system: 'Mi-8'}),
		];
		expect(sortedIds(list, ascending('System'))).toEqual(['f', 'c', 'a', 'b', 'd', 'e']);
		// uav, UAV and Üav are equal, so they keep article order in both directions.
		expect(sortedIds(list, descending('System'))).toEqual(['b', 'd', 'e', 'a', 'c', 'f']);
	});

	it('orders routes by supplier, then recipient, ignoring basis', () => {
		const list = [
			item({id: 'a', supplier: {country: 'Russia', basis: 'stated'}, recipient: {country: 'Iran', basis: 'stated'}}),
			item({id: 'b', supplier: {country: 'Iran', basis: 'inferred'}, recipient: {country: 'Russia', basis: 'stated'}}),
			item({id: 'c', supplier: {country: 'Iran', basis: 'stated'}, recipient: {country: 'Belarus', basis: 'stated'}}),
			item({id: 'd', supplier: {country: 'Iran', basis: 'stated'}, recipient: {country: 'Russia', basis: 'inferred'}}),
		];
		expect(sortedIds(list, ascending('Route'))).toEqual(['c', 'b', 'd', 'a']);
		expect(sortedIds(list, descending('Route'))).toEqual(['a', 'b', 'd', 'c']);
	});

	it('puts numbers first by value, then quantities in words, then items without one, which stay last', () => {
		const list = [
			item({id: 'none-1'}),
			item({id: 'hundreds', quantity: {text: 'hundreds'}}),
			item({id: 'ten', quantity: {text: 'ten', value: 10}}),
			item({id: 'a-dozen', quantity: {text: 'a dozen'}}),
			item({id: 'two', quantity: {text: 'two', value: 2}}),
			item({id: 'none-2'}),
			item({id: '10 units', quantity: {text: '10 units', value: 10}}),
			item({id: 'nine', quantity: {text: '9', value: 9}}),
		];
		// Equal values fall back to the text: "10 units" before "ten".
		expect(sortedIds(list, ascending('Quantity'))).toEqual(['two', 'nine', '10 units', 'ten', 'a-dozen', 'hundreds', 'none-1', 'none-2']);
		expect(sortedIds(list, descending('Quantity'))).toEqual(['ten', '10 units', 'nine', 'two', 'hundreds', 'a-dozen', 'none-1', 'none-2']);
	});

	it('keeps article order among equal items for every column, both ways', () => {
		// Four identical items: any reordering would be the sort's own doing.
		const list = ['p', 'q', 'r', 's'].map(id => item({id, system: 'same', quantity: {text: 'some'}}));
		for (const column of SORT_COLUMNS.filter(column => column !== 'Order')) {
			expect(sortedIds(list, ascending(column)), column).toEqual(['p', 'q', 'r', 's']);
			expect(sortedIds(list, descending(column)), column).toEqual(['p', 'q', 'r', 's']);
		}
	});
});

describe('filterOptions', () => {
	it('lists the values present in the seed, each kind in its own order', () => {
		expect(filterOptions(items)).toEqual({
			categories: [...categorySchema.options],
			directions: ['Russia → Iran', 'Iran → Russia'],
			statuses: ['in-use', 'in-training', 'planned', 'intended', 'expected', 'unknown'],
			likelihoods: ['stated', 'reported', 'assessed', 'possible'],
		});
	});

	it('leaves out values the data does not hold, and orders directions of equal count by name', () => {
		const route = (supplier: string, recipient: string): Partial<InventoryItem> => ({
			supplier: {country: supplier, basis: 'stated'},
			recipient: {country: recipient, basis: 'inferred'},
		});
		const list = [
			item({...route('Russia', 'Iran'), category: 'helicopter', status: 'delivered', likelihood: 'possible'}),
			item({...route('North Korea', 'Russia'), category: 'uav', status: 'delivered', likelihood: 'possible'}),
			item({...route('Iran', 'Russia'), category: 'helicopter', status: 'planned', likelihood: 'reported'}),
			item({...route('North Korea', 'Russia'), category: 'helicopter', status: 'planned', likelihood: 'possible'}),
		];
		expect(filterOptions(list)).toEqual({
			categories: ['uav', 'helicopter'],
			directions: ['North Korea → Russia', 'Iran → Russia', 'Russia → Iran'],
			statuses: ['delivered', 'planned'],
			likelihoods: ['reported', 'possible'],
		});
		expect(filterOptions([])).toEqual({categories: [], directions: [], statuses: [], likelihoods: []});
	});
});

describe('toggleFilter', () => {
	it('adds a value, removes it again, and drops a kind left empty', () => {
		const one = toggleFilter({}, 'categories', 'uav');
		expect(one).toEqual({categories: ['uav']});
		const two = toggleFilter(one, 'categories', 'helicopter');
		expect(two).toEqual({categories: ['uav', 'helicopter']});
		expect(toggleFilter(two, 'categories', 'uav')).toEqual({categories: ['helicopter']});
		expect(toggleFilter(one, 'categories', 'uav')).toEqual({});
	});

	it('leaves the other kinds and the given filter alone', () => {
		const filter: InventoryFilter = {statuses: ['expected'], directions: ['Iran → Russia']};
		expect(toggleFilter(filter, 'directions', 'Russia → Iran')).toEqual({
			statuses: ['expected'],
			directions: ['Iran → Russia', 'Russia → Iran'],
		});
		expect(toggleFilter(filter, 'likelihoods', 'stated')).toEqual({...filter, likelihoods: ['stated']});
		expect(filter).toEqual({statuses: ['expected'], directions: ['Iran → Russia']});
	});
});

describe('describeFilter', () => {
	it('is empty with no filter or only empty lists', () => {
		expect(describeFilter({})).toBe('');
		expect(describeFilter({categories: [], statuses: []})).toBe('');
	});

	it('names each active kind, values in menu order, kinds joined by a dot', () => {
		expect(describeFilter({statuses: ['expected'], categories: ['helicopter', 'uav']})).toBe('category: uav, helicopter · status: expected');
		expect(describeFilter({likelihoods: ['possible', 'stated'], directions: ['Russia → Iran']})).toBe(
			'direction: Russia → Iran · likelihood: stated, possible',
		);
		expect(
			describeFilter({categories: ['other'], directions: ['Iran → Russia'], statuses: ['unknown', 'in-use'], likelihoods: ['reported']}),
		).toBe('category: other · direction: Iran → Russia · status: in-use, unknown · likelihood: reported');
	});

	it('names a repeated value once and makes country names safe for the terminal', () => {
		expect(describeFilter({statuses: ['planned', 'planned']})).toBe('status: planned');
		const line = describeFilter({directions: ['Ir\u001b[31man → Russia']});
		expect(isTerminalSafe(line)).toBe(true);
		expect(line).toBe('direction: Ir␛[31man → Russia');
	});
});

describe('describeSort', () => {
	it.each([
		[ascending('Order'), 'article order'],
		[descending('Order'), 'article order, reversed'],
		[ascending('System'), 'sorted by System, A to Z'],
		[descending('System'), 'sorted by System, Z to A'],
		[ascending('Route'), 'sorted by Route, A to Z'],
		[descending('Route'), 'sorted by Route, Z to A'],
		[ascending('Quantity'), 'sorted by Quantity, smallest first'],
		[descending('Quantity'), 'sorted by Quantity, largest first'],
		[ascending('Status'), 'sorted by Status, done first'],
		[descending('Status'), 'sorted by Status, least certain first'],
		[ascending('Likelihood'), 'sorted by Likelihood, most certain first'],
		[descending('Likelihood'), 'sorted by Likelihood, least certain first'],
		[ascending('Category'), 'sorted by Category, in schema order'],
		[descending('Category'), 'sorted by Category, in reverse schema order'],
	] as Array<[InventorySort, string]>)('%o reads "%s"', (sort, text) => {
		expect(describeSort(sort)).toBe(text);
	});

	it('describes the default as article order', () => {
		expect(describeSort(DEFAULT_SORT)).toBe('article order');
	});
});

describe('cycleSortColumn and invertSort', () => {
	it('steps forward through the columns and wraps around', () => {
		const seen: SortColumn[] = [];
		let sort = DEFAULT_SORT;
		for (let step = 0; step < SORT_COLUMNS.length; step++) {
			sort = cycleSortColumn(sort, 1);
			seen.push(sort.column);
		}
		expect(seen).toEqual(['System', 'Route', 'Quantity', 'Status', 'Likelihood', 'Category', 'Order']);
	});

	it('steps backward and wraps from the first column to the last', () => {
		expect(cycleSortColumn(ascending('Order'), -1)).toEqual(ascending('Category'));
		expect(cycleSortColumn(ascending('System'), -1)).toEqual(ascending('Order'));
		expect(cycleSortColumn(ascending('Category'), 1)).toEqual(ascending('Order'));
		expect(cycleSortColumn(cycleSortColumn(ascending('Status'), 1), -1)).toEqual(ascending('Status'));
	});

	it('starts a new column in its natural direction', () => {
		expect(cycleSortColumn(descending('Status'), 1)).toEqual(ascending('Likelihood'));
		expect(cycleSortColumn(descending('Status'), -1)).toEqual(ascending('Quantity'));
	});

	it('inverts the direction and keeps the column', () => {
		expect(invertSort(ascending('Likelihood'))).toEqual(descending('Likelihood'));
		expect(invertSort(descending('Likelihood'))).toEqual(ascending('Likelihood'));
		expect(invertSort(invertSort(ascending('Route')))).toEqual(ascending('Route'));
	});
});

describe('legends', () => {
	const oneShortSentence = (text: string): void => {
		expect(text).toMatch(/^[A-Z][^.!?\n]*\.$/);
		expect(text.length).toBeLessThanOrEqual(80);
		expect(isTerminalSafe(text)).toBe(true);
	};

	it('explains every likelihood in one short plain sentence, in order of certainty', () => {
		expect(Object.keys(LIKELIHOOD_LEGEND)).toEqual([...LIKELIHOOD_ORDER]);
		for (const text of Object.values(LIKELIHOOD_LEGEND)) oneShortSentence(text);
		expect(LIKELIHOOD_LEGEND.stated).toMatch(/fact/);
		expect(LIKELIHOOD_LEGEND.reported).toMatch(/not confirmed/);
		expect(LIKELIHOOD_LEGEND.assessed).toMatch(/believe, suggest, concerned, expects/);
		expect(LIKELIHOOD_LEGEND.possible).toMatch(/may, could/);
	});

	it('explains every hedge word that is marked, and every hedge in the seed', () => {
		for (const word of HEDGE_WORDS) expect(HEDGE_LEGEND[word], word).toBeDefined();
		for (const hedge of items.flatMap(entry => entry.hedges)) expect(HEDGE_LEGEND[hedge.toLowerCase()], hedge).toBeDefined();
		for (const text of Object.values(HEDGE_LEGEND)) oneShortSentence(text);
	});
});
