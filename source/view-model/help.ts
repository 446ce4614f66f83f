import {activeKeymap, bindingsIn, LAYERS, MOUSE_GESTURES, type Binding, type Layer} from '../keymap/keymap.js';
import {keyLabel} from '../keymap/keys.js';
import {HEDGE_MARK} from './hedges.js';
import {run, wrapRuns, type Line} from './styled.js';

const LAYER_TITLES: Record<Layer, string> = {
	global: 'Everywhere',
	dashboard: 'Dashboard',
	detail: 'Detail',
	source: 'Source view',
	search: 'Search line (type to search)',
	filter: 'Filter menu',
	help: 'This help',
};

/** What sitrep's own marks mean: none of them is the article's, and none relies on colour. */
export const MARKS: ReadonlyArray<readonly [string, string]> = [
	['▶', 'The selected row (also in inverse video)'],
	['┏━┓', 'The focused pane (a heavy border)'],
	[HEDGE_MARK, 'A hedged word (may, could, reportedly, believe…) or a likelihood short of stated'],
	['⟦ ⟧', 'The passage a quotation, item or key point rests on'],
	['underlined', 'Its other passages, in the source view'],
	['▲ ▼ n more', 'Rows out of view above or below'],
];

/** The keys of a binding as people write them: "↓ j". */
export const keysText = (keys: readonly string[], ascii = false): string => keys.map(key => keyLabel(key, {ascii})).join(' ');

/**
 * The help overlay's text, generated from the keymap: every layer with every binding, the layer the user is in
 * first. Nothing here is written by hand, so help cannot fall out of step with the keys.
 */
export function helpLines(current: Layer, width: number, ascii = false, mouse = false): Line[] {
	// Made once per layer and width: wrapping a hundred lines is most of what opening the help costs.
	if (madeFor !== activeKeymap()) {
		made.clear();
		madeFor = activeKeymap();
	}
	const key = `${current}|${width}|${ascii}|${mouse}`;
	let lines = made.get(key);
	if (!lines) {
		lines = makeHelpLines(current, width, ascii, mouse);
		made.set(key, lines);
	}
	return lines;
}

const made = new Map<string, Line[]>();
let madeFor: readonly Binding[] | undefined;

function makeHelpLines(current: Layer, width: number, ascii: boolean, mouse: boolean): Line[] {
	const order = [current, ...LAYERS.filter(layer => layer !== current && layer !== 'help'), ...(current === 'help' ? [] : (['help'] as Layer[]))];
	const keyColumn = Math.min(16, Math.max(...activeKeymap().map(binding => keysText(binding.keys, ascii).length)) + 2);
	// Every line of the help is a name in bold in the key column, then what it means, wrapped under itself.
	const entry = (name: string, meaning: string): Line[] => wrapRuns([run(name.padEnd(keyColumn), 'bold'), run(meaning)], width, keyColumn);
	const lines: Line[] = [];
	for (const layer of order) {
		const bindings = layer === current ? bindingsIn(layer).filter(binding => binding.layer === layer) : activeKeymap().filter(binding => binding.layer === layer);
		if (bindings.length === 0) continue;
		if (lines.length > 0) lines.push([run('')]);
		lines.push([run(layer === current ? `${LAYER_TITLES[layer]} (here)` : LAYER_TITLES[layer], 'heading')]);
		for (const binding of bindings) {
			lines.push(...entry(keysText(binding.keys, ascii), binding.description));
		}
	}
	// Listed without --mouse too, so the reader learns it exists and how to turn it on.
	lines.push([run('')], [run(mouse ? 'Mouse (on)' : 'Mouse (start sitrep with --mouse)', 'heading')]);
	for (const gesture of MOUSE_GESTURES) {
		lines.push(...entry(gesture.label, gesture.description));
	}
	lines.push([run('')], [run('Marks on the screen', 'heading')]);
	for (const [mark, meaning] of MARKS) lines.push(...entry(mark, meaning));
	return lines;
}

/** The status bar's hints for a layer: the bindings that carry a short hint, global ones last. */
export function hintsFor(layer: Layer, ascii = false): Array<{keys: string; hint: string}> {
	return bindingsIn(layer)
		.filter(binding => binding.hint)
		.map(binding => ({keys: hintKeys(layer, binding, ascii), hint: binding.hint!}));
}

/** The key a hint names: its first; for moving, the up and down keys together, as in every pager's status line. */
function hintKeys(layer: Layer, binding: ReturnType<typeof bindingsIn>[number], ascii: boolean): string {
	const first = keyLabel(binding.keys[0]!, {ascii});
	if (binding.command !== 'move-down') return first;
	const up = bindingsIn(layer).find(other => other.command === 'move-up')?.keys[0];
	return up === undefined ? first : `${keyLabel(up, {ascii})}${first}`;
}
