import type {Category, InventoryItem, Likelihood, Status} from '../briefing/schema.js';
import {CATEGORIES} from '../briefing/vocabulary.js';
import {neutralize} from '../text/neutralize.js';

/**
 * Narrowing and ordering the inventory, kept apart from drawing it. The view is a list of indexes into the
 * briefing's own `inventory`, never a copy of the items, so selection, the detail pane and the jump to the source
 * keep pointing at the same item whatever the filter and the order.
 */

/**
 * Stages of a transfer, from done to uncertain: delivered and in use have happened; training is under way;
 * planned means arranged; intended is somebody's stated aim; expected is an outsider's forecast; unknown is the
 * article saying nothing either way.
 */
export const STATUS_ORDER = [
	'delivered',
	'in-use',
	'in-training',
	'planned',
	'intended',
	'expected',
	'unknown',
] as const satisfies readonly Status[];

/**
 * From most to least certain: said as fact; passed on from others without confirmation; a judgement by officials;
 * a mere possibility. Reported ranks above assessed because it claims that something happened, while an
 * assessment only says what somebody thinks.
 */
export const LIKELIHOOD_ORDER = ['stated', 'reported', 'assessed', 'possible'] as const satisfies readonly Likelihood[];

export const CATEGORY_ORDER: readonly Category[] = CATEGORIES;

export type InventoryFilter = {
	categories?: Category[];
	/** Keyed by `directionOf`: supplier → recipient country, whether the article names or implies them. */
	directions?: string[];
	statuses?: Status[];
	likelihoods?: Likelihood[];
};

export type FilterKind = keyof InventoryFilter;

/** The order `describeFilter` names the kinds in, and the order of a filter menu's sections. */
export const FILTER_KINDS = ['categories', 'directions', 'statuses', 'likelihoods'] as const satisfies readonly FilterKind[];

/** The sort columns in the order `<` and `>` step through them: article order, then the table's columns left to right. */
export const SORT_COLUMNS = ['Order', 'System', 'Route', 'Quantity', 'Status', 'Likelihood', 'Category'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export type InventorySort = {column: SortColumn; descending: boolean};

export const DEFAULT_SORT: InventorySort = {column: 'Order', descending: false};

export type InventoryCounts = {
	categories: Record<Category, number>;
	/** Every direction in the data, including those the other kinds of filter bring down to zero. */
	directions: Record<string, number>;
	statuses: Record<Status, number>;
	likelihoods: Record<Likelihood, number>;
	/** How many items are shown. */
	total: number;
};

export type InventoryView = {indexes: number[]; counts: InventoryCounts};

export type FilterOptions = {
	categories: Category[];
	directions: string[];
	statuses: Status[];
	likelihoods: Likelihood[];
};

/** Basis is left out on purpose: an implied supplier is still the supplier, and splitting on it would hide items. */
export const directionOf = (item: InventoryItem): string => `${item.supplier.country} → ${item.recipient.country}`;

// Made on first use: the first collator a process makes loads ICU's collation rules (6.6 ms, a twentieth of the
// start), and neither the first frame nor the common keys compare names; sorting by a column and the filter menu do.
let collator: Intl.Collator | undefined;
const compareNames = (a: string, b: string): number => (collator ??= new Intl.Collator(undefined, {sensitivity: 'base', numeric: true})).compare(a, b);

const rankIn =
	<T>(order: readonly T[]) =>
	(value: T): number => {
		const rank = order.indexOf(value);
		// A value the order does not know sorts last rather than first, so it cannot push known ones down.
		return rank === -1 ? order.length : rank;
	};

const statusRank = rankIn<Status>(STATUS_ORDER);
const likelihoodRank = rankIn<Likelihood>(LIKELIHOOD_ORDER);
const categoryRank = rankIn<Category>(CATEGORY_ORDER);

type Compare = (a: InventoryItem, b: InventoryItem) => number;

/**
 * The quantity's group: a number says more than words, and words more than nothing. Groups keep their place when
 * the sort is inverted, so items without a quantity stay at the bottom either way instead of heading the list.
 */
const quantityGroup = (item: InventoryItem): number =>
	item.quantity === undefined ? 2 : item.quantity.value === undefined ? 1 : 0;

const compareQuantity = (a: InventoryItem, b: InventoryItem): number => {
	const aValue = a.quantity?.value;
	const bValue = b.quantity?.value;
	if (aValue !== undefined && bValue !== undefined && aValue !== bValue) return aValue - bValue;
	return compareNames(a.quantity?.text ?? '', b.quantity?.text ?? '');
};

const COMPARE: Record<Exclude<SortColumn, 'Order' | 'Quantity'>, Compare> = {
	System: (a, b) => compareNames(a.system, b.system),
	Route: (a, b) =>
		compareNames(a.supplier.country, b.supplier.country) || compareNames(a.recipient.country, b.recipient.country),
	Status: (a, b) => statusRank(a.status) - statusRank(b.status),
	Likelihood: (a, b) => likelihoodRank(a.likelihood) - likelihoodRank(b.likelihood),
	Category: (a, b) => categoryRank(a.category) - categoryRank(b.category),
};

/** Indexes in display order. Ties keep article order in both directions, which is what makes the sort stable. */
function sortIndexes(items: readonly InventoryItem[], indexes: number[], sort: InventorySort): number[] {
	const sign = sort.descending ? -1 : 1;
	if (sort.column === 'Order') return sort.descending ? indexes.reverse() : indexes;
	const item = (index: number): InventoryItem => items[index]!;
	if (sort.column === 'Quantity') {
		return indexes.sort(
			(a, b) =>
				quantityGroup(item(a)) - quantityGroup(item(b)) || sign * compareQuantity(item(a), item(b)) || a - b,
		);
	}
	const compare = COMPARE[sort.column];
	return indexes.sort((a, b) => sign * compare(item(a), item(b)) || a - b);
}

const restricts = <T>(values: readonly T[] | undefined): values is readonly T[] => values !== undefined && values.length > 0;

/** Whether `item` passes every kind of filter except `skip`, which lets counts ignore their own kind. */
function passes(item: InventoryItem, filter: InventoryFilter, skip?: FilterKind): boolean {
	const {categories, directions, statuses, likelihoods} = filter;
	if (skip !== 'categories' && restricts(categories) && !categories.includes(item.category)) return false;
	if (skip !== 'directions' && restricts(directions) && !directions.includes(directionOf(item))) return false;
	if (skip !== 'statuses' && restricts(statuses) && !statuses.includes(item.status)) return false;
	if (skip !== 'likelihoods' && restricts(likelihoods) && !likelihoods.includes(item.likelihood)) return false;
	return true;
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
	Object.fromEntries(keys.map(key => [key, 0])) as Record<K, number>;

/**
 * The items to show, as indexes into `items` in display order, with counts for a filter menu. Each kind's counts
 * are taken over the items that pass the other kinds of filter, so they tell how many items choosing that option
 * would show (or add, for a kind that already has a choice), not merely how many are on screen now.
 */
export function inventoryView(
	items: readonly InventoryItem[],
	filter: InventoryFilter = {},
	sort: InventorySort = DEFAULT_SORT,
): InventoryView {
	const counts: InventoryCounts = {
		categories: zeros(CATEGORY_ORDER),
		directions: Object.fromEntries(items.map(item => [directionOf(item), 0])),
		statuses: zeros(STATUS_ORDER),
		likelihoods: zeros(LIKELIHOOD_ORDER),
		total: 0,
	};
	const shown: number[] = [];
	items.forEach((item, index) => {
		if (passes(item, filter)) shown.push(index);
		if (passes(item, filter, 'categories')) counts.categories[item.category] += 1;
		if (passes(item, filter, 'directions')) counts.directions[directionOf(item)] = (counts.directions[directionOf(item)] ?? 0) + 1;
		if (passes(item, filter, 'statuses')) counts.statuses[item.status] += 1;
		if (passes(item, filter, 'likelihoods')) counts.likelihoods[item.likelihood] += 1;
	});
	counts.total = shown.length;
	return {indexes: sortIndexes(items, shown, sort), counts};
}

/** Every value the data holds for each kind, in the order a menu lists them. */
export function filterOptions(items: readonly InventoryItem[]): FilterOptions {
	const present = <T>(order: readonly T[], values: readonly T[]): T[] => order.filter(value => values.includes(value));
	const directionCounts = new Map<string, number>();
	for (const item of items) directionCounts.set(directionOf(item), (directionCounts.get(directionOf(item)) ?? 0) + 1);
	return {
		categories: present(CATEGORY_ORDER, items.map(item => item.category)),
		// The main flow first: directions with more items lead, and equal ones go by name so the menu does not shuffle.
		directions: [...directionCounts].sort(([a, m], [b, n]) => n - m || compareNames(a, b)).map(([direction]) => direction),
		statuses: present(STATUS_ORDER, items.map(item => item.status)),
		likelihoods: present(LIKELIHOOD_ORDER, items.map(item => item.likelihood)),
	};
}

/** The filter with `value` added to its kind, or taken out when it is already there; an emptied kind is dropped. */
export function toggleFilter<K extends FilterKind>(
	filter: InventoryFilter,
	kind: K,
	value: NonNullable<InventoryFilter[K]>[number],
): InventoryFilter {
	const current: ReadonlyArray<typeof value> = filter[kind] ?? [];
	const next = current.includes(value) ? current.filter(other => other !== value) : [...current, value];
	const {[kind]: _dropped, ...rest} = filter;
	return next.length > 0 ? {...rest, [kind]: next} : rest;
}

const KIND_LABELS: Record<FilterKind, string> = {
	categories: 'category',
	directions: 'direction',
	statuses: 'status',
	likelihoods: 'likelihood',
};

/**
 * The active filters in words for a status line, '' when there are none. Values are named in the menu's order
 * rather than the order they were picked, so the line does not change when the same choice is made differently.
 */
export function describeFilter(filter: InventoryFilter): string {
	const inOrder = <T>(order: readonly T[], values: readonly T[]): T[] => [
		...order.filter(value => values.includes(value)),
		...values.filter(value => !order.includes(value)),
	];
	const parts: string[] = [];
	const add = (kind: FilterKind, values: readonly string[]): void => {
		const unique = [...new Set(values)];
		if (unique.length > 0) parts.push(`${KIND_LABELS[kind]}: ${unique.map(neutralize).join(', ')}`);
	};
	add('categories', inOrder(CATEGORY_ORDER, filter.categories ?? []));
	add('directions', filter.directions ?? []);
	add('statuses', inOrder(STATUS_ORDER, filter.statuses ?? []));
	add('likelihoods', inOrder(LIKELIHOOD_ORDER, filter.likelihoods ?? []));
	return parts.join(' · ');
}

/** What comes first in each column's natural order, and what comes first when it is inverted. */
const SORT_ENDS: Record<Exclude<SortColumn, 'Order'>, [string, string]> = {
	System: ['A to Z', 'Z to A'],
	Route: ['A to Z', 'Z to A'],
	Quantity: ['smallest first', 'largest first'],
	Status: ['done first', 'least certain first'],
	Likelihood: ['most certain first', 'least certain first'],
	Category: ['in schema order', 'in reverse schema order'],
};

export function describeSort(sort: InventorySort): string {
	if (sort.column === 'Order') return sort.descending ? 'article order, reversed' : 'article order';
	const [ascending, descending] = SORT_ENDS[sort.column];
	return `sorted by ${sort.column}, ${sort.descending ? descending : ascending}`;
}

/**
 * The next or previous column, wrapping at either end. A new column starts in its natural direction (most certain
 * first, A to Z) rather than carrying over an inversion chosen for another column.
 */
export function cycleSortColumn(sort: InventorySort, direction: 1 | -1): InventorySort {
	const at = SORT_COLUMNS.indexOf(sort.column);
	const next = SORT_COLUMNS[(at + direction + SORT_COLUMNS.length) % SORT_COLUMNS.length]!;
	return {column: next, descending: false};
}

export const invertSort = (sort: InventorySort): InventorySort => ({...sort, descending: !sort.descending});

/** What each likelihood means for a claim, in the order of most to least certain. */
export const LIKELIHOOD_LEGEND: Record<Likelihood, string> = {
	stated: 'Said as fact, with no hedge.',
	reported: 'Passed on from others ("reportedly"), not confirmed.',
	assessed: 'An official or intelligence judgement: believe, suggest, concerned, expects.',
	possible: 'A possibility (may, could), not a report of fact.',
};

/** What the common hedging words do to a claim; every word `markHedges` marks has an entry. */
export const HEDGE_LEGEND: Record<string, string> = {
	may: 'Allows that it could happen, without saying it will.',
	might: 'A weaker may: possible, not expected.',
	could: 'Names a capability or an option, not a plan.',
	would: 'Depends on something that has not happened.',
	reportedly: 'Others say so; the speaker does not vouch for it.',
	allegedly: 'Claimed by others and disputed or unproven.',
	believe: 'A judgement held by the speaker, not a shown fact.',
	believes: 'A judgement held by the speaker, not a shown fact.',
	suggest: 'Evidence points this way without proving it.',
	suggests: 'Evidence points this way without proving it.',
	concerned: 'A worry about what may happen, not a finding.',
	expects: 'A forecast of what will happen, not a report of it.',
	likely: 'Judged more probable than not.',
	possibly: 'One possibility among others.',
	intends: 'An aim that somebody has stated, not yet carried out.',
};
