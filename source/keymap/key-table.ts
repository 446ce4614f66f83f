import {KEYMAP, LAYERS, MOUSE_GESTURES, type Layer} from './keymap.js';
import {keyLabel} from './keys.js';

const LAYER_NAMES: Record<Layer, string> = {
	global: 'anywhere',
	dashboard: 'dashboard',
	detail: 'detail',
	source: 'source view',
	search: 'search line',
	filter: 'filter menu',
	help: 'help',
};

const cell = (text: string): string => text.replaceAll('|', '\\|');

/** The README's key table, generated from the keymap so the documentation cannot drift from the program. */
export function keyTableMarkdown(): string {
	const rows = LAYERS.flatMap(layer =>
		KEYMAP.filter(binding => binding.layer === layer).map(
			binding => `| ${binding.keys.map(key => `\`${cell(keyLabel(key))}\``).join(' ')} | ${LAYER_NAMES[layer]} | ${cell(binding.description)} |`,
		),
	);
	const mouse = MOUSE_GESTURES.map(gesture => `| ${cell(gesture.label)} | with \`--mouse\` | ${cell(gesture.description)} |`);
	return ['| Keys | Where | What it does |', '|---|---|---|', ...rows, ...mouse].join('\n');
}
