import type {KeyName} from './keys.js';

/**
 * Every key binding of sitrep, declared once. The input handler resolves keys here, the help overlay, the status
 * bar and the README key table are all generated from this list, so none of them can disagree about a key.
 *
 * Layers stack (dashboard, then detail, then help); a key is looked up in the topmost layer first and then in
 * `global`. Each binding belongs to exactly one layer, so a future text-input layer can take letters for itself.
 */
export const LAYERS = ['global', 'dashboard', 'detail', 'source', 'search', 'filter', 'help'] as const;
export type Layer = (typeof LAYERS)[number];

export const COMMANDS = [
	'quit-now',
	'redraw',
	'suspend',
	'quit',
	'close',
	'focus-next',
	'focus-previous',
	'focus-summary',
	'focus-quotes',
	'focus-inventory',
	'focus-source',
	'move-down',
	'move-up',
	'page-down',
	'page-up',
	'half-page-down',
	'half-page-up',
	'first',
	'last',
	'open-detail',
	'next-entry',
	'previous-entry',
	'open-help',
	'copy',
	'jump-to-source',
	'next-span',
	'previous-span',
	'search',
	'next-match',
	'previous-match',
	'clear-search',
	'keep-search',
	'cancel-search',
	'delete-character',
	'clear-query',
	'sort-next',
	'sort-previous',
	'sort-invert',
	'filter',
	'toggle-option',
	'clear-filters',
	'open-link',
] as const;
export type Command = (typeof COMMANDS)[number];

export type Group = 'Panes' | 'Move' | 'Search' | 'Inventory' | 'Open and close' | 'Leave';

export type Binding = {
	layer: Layer;
	command: Command;
	keys: readonly KeyName[];
	/** What the binding does, as the help overlay says it. */
	description: string;
	/** A word or two for the status bar; bindings without one are left out of it. */
	hint?: string;
	group: Group;
};

/** Movement means the same in every scrollable layer; only what moves differs. */
function movement(layer: Layer, what: string): Binding[] {
	return [
		{layer, command: 'move-down', keys: ['down', 'j'], description: `Next ${what}`, hint: 'move', group: 'Move'},
		{layer, command: 'move-up', keys: ['up', 'k'], description: `Previous ${what}`, group: 'Move'},
		{layer, command: 'page-down', keys: ['pagedown', ' '], description: 'One page down', group: 'Move'},
		{layer, command: 'page-up', keys: ['pageup', 'b'], description: 'One page up', group: 'Move'},
		{layer, command: 'half-page-down', keys: ['C-d'], description: 'Half a page down', group: 'Move'},
		{layer, command: 'half-page-up', keys: ['C-u'], description: 'Half a page up', group: 'Move'},
		{layer, command: 'first', keys: ['g', 'home'], description: 'To the top', group: 'Move'},
		{layer, command: 'last', keys: ['G', 'end'], description: 'To the bottom', group: 'Move'},
	];
}

export const KEYMAP: readonly Binding[] = [
	{layer: 'global', command: 'quit-now', keys: ['C-c'], description: 'Quit sitrep, from anywhere', group: 'Leave'},
	{layer: 'global', command: 'redraw', keys: ['C-l'], description: 'Redraw the whole screen', group: 'Leave'},
	{layer: 'global', command: 'suspend', keys: ['C-z'], description: 'Suspend sitrep (resume with fg)', group: 'Leave'},

	...movement('dashboard', 'row'),
	{layer: 'dashboard', command: 'focus-next', keys: ['tab'], description: 'Focus the next pane', hint: 'pane', group: 'Panes'},
	{layer: 'dashboard', command: 'focus-previous', keys: ['S-tab'], description: 'Focus the previous pane', group: 'Panes'},
	{layer: 'dashboard', command: 'focus-summary', keys: ['1'], description: 'Focus the Summary pane', group: 'Panes'},
	{layer: 'dashboard', command: 'focus-quotes', keys: ['2'], description: 'Focus the Quotes pane', group: 'Panes'},
	{layer: 'dashboard', command: 'focus-inventory', keys: ['3'], description: 'Focus the Inventory pane', group: 'Panes'},
	{layer: 'dashboard', command: 'focus-source', keys: ['4'], description: 'Read the article in the Source pane', group: 'Panes'},
	{layer: 'dashboard', command: 'jump-to-source', keys: ['s'], description: 'Show the selected row in the source, its words marked', group: 'Open and close'},
	{layer: 'dashboard', command: 'open-detail', keys: ['enter'], description: 'Open the selected row in detail', hint: 'detail', group: 'Open and close'},
	{layer: 'dashboard', command: 'search', keys: ['/'], description: 'Search the whole briefing', hint: 'search', group: 'Search'},
	{layer: 'dashboard', command: 'next-match', keys: ['n'], description: 'Go to the next match', group: 'Search'},
	{layer: 'dashboard', command: 'previous-match', keys: ['N'], description: 'Go to the previous match', group: 'Search'},
	{layer: 'dashboard', command: 'clear-search', keys: ['escape'], description: 'Clear the search, then the inventory filters', group: 'Search'},
	{layer: 'dashboard', command: 'filter', keys: ['f'], description: 'Filter the inventory by category, direction, status or likelihood', group: 'Inventory'},
	{layer: 'dashboard', command: 'sort-next', keys: ['>'], description: 'Sort the inventory by the next column', group: 'Inventory'},
	{layer: 'dashboard', command: 'sort-previous', keys: ['<'], description: 'Sort the inventory by the previous column', group: 'Inventory'},
	{layer: 'dashboard', command: 'sort-invert', keys: ['I'], description: 'Invert the sort order', group: 'Inventory'},
	{layer: 'dashboard', command: 'open-help', keys: ['?'], description: 'Show every key', hint: 'help', group: 'Open and close'},
	{layer: 'dashboard', command: 'open-link', keys: ['o'], description: 'Open the link of the selected row (not over SSH)', group: 'Open and close'},
	{layer: 'dashboard', command: 'copy', keys: ['y'], description: 'Copy the selected quotation or item with its citation', group: 'Open and close'},
	{layer: 'dashboard', command: 'quit', keys: ['q'], description: 'Quit sitrep', hint: 'quit', group: 'Leave'},

	...movement('detail', 'line'),
	{layer: 'detail', command: 'next-entry', keys: ['right', 'l'], description: 'Detail of the next row', hint: 'next', group: 'Move'},
	{layer: 'detail', command: 'previous-entry', keys: ['left', 'h'], description: 'Detail of the previous row', hint: 'previous', group: 'Move'},
	{layer: 'detail', command: 'open-help', keys: ['?'], description: 'Show every key', hint: 'help', group: 'Open and close'},
	{layer: 'detail', command: 'open-link', keys: ['o'], description: 'Open the link of this row (not over SSH)', group: 'Open and close'},
	{layer: 'detail', command: 'copy', keys: ['y'], description: 'Copy this quotation or item with its citation', hint: 'copy', group: 'Open and close'},
	{layer: 'detail', command: 'jump-to-source', keys: ['s'], description: 'Show this in the source, its words marked', hint: 'source', group: 'Open and close'},
	{layer: 'detail', command: 'close', keys: ['escape', 'q'], description: 'Back to the dashboard', hint: 'back', group: 'Open and close'},

	...movement('source', 'line'),
	{layer: 'source', command: 'next-span', keys: ['right', 'l'], description: 'The next marked passage', hint: 'next', group: 'Move'},
	{layer: 'source', command: 'previous-span', keys: ['left', 'h'], description: 'The previous marked passage', group: 'Move'},
	{layer: 'source', command: 'open-help', keys: ['?'], description: 'Show every key', hint: 'help', group: 'Open and close'},
	{layer: 'source', command: 'close', keys: ['escape', 'q', 's'], description: 'Back to where you were', hint: 'back', group: 'Open and close'},

	{layer: 'search', command: 'keep-search', keys: ['enter'], description: 'Keep the search and go to the first match', hint: 'keep', group: 'Search'},
	{layer: 'search', command: 'cancel-search', keys: ['escape'], description: 'Cancel the search', hint: 'cancel', group: 'Search'},
	{layer: 'search', command: 'delete-character', keys: ['backspace'], description: 'Delete the last character', group: 'Search'},
	{layer: 'search', command: 'clear-query', keys: ['C-u'], description: 'Clear what was typed', group: 'Search'},

	// Space toggles an option here, so the menu (a short list) has no page keys.
	...movement('filter', 'option').filter(binding => !binding.command.includes('page')),
	{layer: 'filter', command: 'toggle-option', keys: [' ', 'enter', 'x'], description: 'Turn the option on or off', hint: 'toggle', group: 'Inventory'},
	{layer: 'filter', command: 'clear-filters', keys: ['c'], description: 'Turn every option off', hint: 'clear', group: 'Inventory'},
	{layer: 'filter', command: 'close', keys: ['escape', 'q', 'f'], description: 'Close the filter menu', hint: 'close', group: 'Open and close'},

	...movement('help', 'line'),
	{layer: 'help', command: 'close', keys: ['escape', 'q', '?'], description: 'Close the help', hint: 'close', group: 'Open and close'},
];

/** What the mouse does with `--mouse`: not keys, but declared here too so help and the README list them with the keys. */
export type MouseGesture = {label: string; description: string};

/** Lines one notch of the wheel scrolls, as in most terminals and pagers. */
export const WHEEL_LINES = 3;

export const MOUSE_GESTURES: readonly MouseGesture[] = [
	{label: 'Wheel', description: `Scroll the pane or the text under the pointer, ${WHEEL_LINES} lines a notch`},
	{label: 'Click', description: 'Focus the pane under the pointer and select the row clicked'},
	{label: 'Click again', description: 'Open the selected row in detail'},
	{label: 'Click a tab', description: 'Focus that pane (narrow terminals)'},
];

/** Layers that take typed text: a printable key that is not bound there is text, not a command. */
export const TEXT_INPUT_LAYERS: readonly Layer[] = ['search'];

/**
 * The bindings in effect: KEYMAP unless a config file replaced some keys. Module state rather than a parameter,
 * because the reducer, both apps and the help text all resolve keys, and threading a keymap through each of them
 * would touch every caller for a value that is set once before the first frame.
 */
let active: readonly Binding[] = KEYMAP;

/** Makes `bindings` the keymap that commandFor, bindingsIn and the help read; undefined goes back to KEYMAP. */
export function setActiveKeymap(bindings: readonly Binding[] | undefined): void {
	active = bindings ?? KEYMAP;
}

/** The keymap in effect. The README key table reads KEYMAP instead: it documents the defaults. */
export function activeKeymap(): readonly Binding[] {
	return active;
}

/** What `key` does in `layer`, or undefined when it does nothing there. */
export function commandFor(layer: Layer, key: KeyName): Command | undefined {
	return (
		active.find(binding => binding.layer === layer && binding.keys.includes(key))?.command ??
		active.find(binding => binding.layer === 'global' && binding.keys.includes(key))?.command
	);
}

/** The bindings that apply in `layer`, its own first, then the global ones. */
export function bindingsIn(layer: Layer): Binding[] {
	if (layer === 'global') return active.filter(binding => binding.layer === 'global');
	return [...active.filter(binding => binding.layer === layer), ...active.filter(binding => binding.layer === 'global')];
}
