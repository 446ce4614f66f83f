import type {Briefing} from '../briefing/schema.js';
import {neutralize} from '../text/neutralize.js';
import {filterOptions, HEDGE_LEGEND, LIKELIHOOD_LEGEND, type FilterKind, type InventoryCounts, type InventoryFilter} from './inventory-view.js';
import {HEDGE_MARK} from './hedges.js';
import {run, wrapRuns, type Line} from './styled.js';

/** One line of the filter menu: a value of one kind, whether it is on, and how many items it would show. */
export type FilterOption = {kind: FilterKind; value: string; count: number; on: boolean};

const KIND_TITLES: Record<FilterKind, string> = {categories: 'Category', directions: 'Supplier → recipient', statuses: 'Status', likelihoods: 'Likelihood'};
const COUNT_KEYS: Record<FilterKind, keyof Omit<InventoryCounts, 'total'>> = {
	categories: 'categories',
	directions: 'directions',
	statuses: 'statuses',
	likelihoods: 'likelihoods',
};

/** Every option the data offers, kind by kind, in the order the menu lists them. */
export function filterMenuOptions(briefing: Briefing, filter: InventoryFilter, counts: InventoryCounts): FilterOption[] {
	const options = filterOptions(briefing.inventory);
	return (Object.keys(KIND_TITLES) as FilterKind[]).flatMap(kind =>
		(options[kind] as readonly string[]).map(value => ({
			kind,
			value,
			count: (counts[COUNT_KEYS[kind]] as Record<string, number>)[value] ?? 0,
			on: ((filter[kind] ?? []) as readonly string[]).includes(value),
		})),
	);
}

/**
 * The menu as lines: a heading per kind, then its options with a check box in words as well as a glyph ([x] or
 * [ ]), the count each would show, and the selected option marked. The likelihood and hedge legends close it.
 */
export function filterMenuLines(options: readonly FilterOption[], selected: number, width: number): {lines: Line[]; lineOf: number[]} {
	const lines: Line[] = [];
	const lineOf: number[] = [];
	let kind: FilterKind | undefined;
	for (const [index, option] of options.entries()) {
		if (option.kind !== kind) {
			if (kind !== undefined) lines.push([run('')]);
			kind = option.kind;
			lines.push([run(KIND_TITLES[kind], 'heading')]);
		}
		lineOf.push(lines.length);
		const mark = index === selected ? '▶ ' : '  ';
		lines.push([run(mark, 'marker'), run(option.on ? '[x] ' : '[ ] ', option.on ? 'bold' : 'dim'), run(neutralize(option.value), option.on ? 'bold' : 'plain'), run(`  ${option.count}`, 'dim')]);
	}
	lines.push([run('')], [run('What the likelihoods mean', 'heading')]);
	lines.push(...wrapRuns([run(`${HEDGE_MARK} `, 'marker'), run('marks a hedged word in the text, and every likelihood short of stated.')], width, 2));
	for (const [likelihood, meaning] of Object.entries(LIKELIHOOD_LEGEND)) {
		const name = likelihood === 'stated' ? [run(`${likelihood}  `, 'bold')] : [run(HEDGE_MARK, 'marker'), run(likelihood, 'hedge'), run('  ')];
		lines.push(...wrapRuns([...name, run(meaning)], width, 2));
	}
	lines.push([run('')], [run('What the hedges mean', 'heading')]);
	for (const [word, meaning] of Object.entries(HEDGE_LEGEND)) lines.push(...wrapRuns([run(HEDGE_MARK, 'marker'), run(word, 'hedge'), run(`  ${meaning}`)], width, 2));
	return {lines, lineOf};
}
