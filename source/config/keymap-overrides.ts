import {describeValue, echo, type Problem} from '../briefing/errors.js';
import {LAYERS, type Binding, type Layer} from '../keymap/keymap.js';
import type {KeyName} from '../keymap/keys.js';
import {isTerminalSafe} from '../text/neutralize.js';
import {formatConfigPath} from './errors.js';
import type {KeyOverrides} from './schema.js';

/** The named keys keyNameOf can produce; anything else named could never be pressed. */
export const NAMED_KEYS = [
	'up',
	'down',
	'left',
	'right',
	'pageup',
	'pagedown',
	'home',
	'end',
	'enter',
	'escape',
	'tab',
	'S-tab',
	'backspace',
] as const;

/**
 * Other spellings people write, matched after lowercasing and dropping separators, so "Page Down", "page-down" and
 * "PageDown" are all one entry.
 */
const ALIASES: Record<string, KeyName> = {
	arrowup: 'up',
	uparrow: 'up',
	arrowdown: 'down',
	downarrow: 'down',
	arrowleft: 'left',
	leftarrow: 'left',
	arrowright: 'right',
	rightarrow: 'right',
	pgup: 'pageup',
	pgdn: 'pagedown',
	pgdown: 'pagedown',
	return: 'enter',
	esc: 'escape',
	stab: 'S-tab',
	shifttab: 'S-tab',
	backtab: 'S-tab',
	bs: 'backspace',
	space: ' ',
	spacebar: ' ',
};

for (const name of NAMED_KEYS) ALIASES[name.toLowerCase().replace(/-/g, '')] = name;

const CONTROL_CHORD = /^(?:(?:c|ctrl|control)[-+ ]|\^)([a-z])$/i;
const ALT_CHORD = /^(?:m|a|alt|meta|opt|option)[-+ ]./i;

/**
 * Control chords whose byte is also a named key's: the terminal sends C-m as a carriage return, so sitrep sees
 * enter and a binding for C-m could never fire.
 */
const SAME_BYTE: Record<string, KeyName> = {'C-h': 'backspace', 'C-i': 'tab', 'C-j': 'enter', 'C-m': 'enter'};

// Characters nobody can type as a key or see in a key list: controls, format and bidi marks, lone surrogates, unassigned.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/u;

const KNOWN_KEYS_REMEDY = 'use a single character, a named key (up, down, …) or C- and a letter';

type KeyReading = {ok: true; key: KeyName} | {ok: false; problem: string; remedy: string};

function readKey(text: string): KeyReading {
	const unknown = (): KeyReading => ({ok: false, problem: `${describeValue(text)} is not a key sitrep knows`, remedy: KNOWN_KEYS_REMEDY});
	const characters = [...text];
	if (characters.length === 1) {
		return isTerminalSafe(text) && !UNPRINTABLE.test(text) ? {ok: true, key: text} : unknown();
	}

	const control = CONTROL_CHORD.exec(text);
	if (control) {
		const key = `C-${control[1]!.toLowerCase()}`;
		const same = SAME_BYTE[key];
		if (same) {
			return {
				ok: false,
				problem: `${describeValue(text)} reaches sitrep as ${same} (the terminal sends the same byte for both)`,
				remedy: `use "${same}"`,
			};
		}

		return {ok: true, key};
	}

	const named = ALIASES[text.toLowerCase().replace(/[-_+ ]/g, '')];
	if (named !== undefined) return {ok: true, key: named};
	if (ALT_CHORD.test(text)) return {ok: false, problem: `${describeValue(text)} is an Alt chord, which sitrep does not read`, remedy: KNOWN_KEYS_REMEDY};
	return unknown();
}

/**
 * A key as sitrep names it (see keys.ts), from the ways people write keys: "Ctrl-d", "ctrl+d" and "^D" are "C-d";
 * "PgDn" is "pagedown"; "Esc" is "escape"; "Shift-Tab" is "S-tab"; "Space" is " ". Undefined when it is no key
 * sitrep could ever receive.
 */
export function normalizeKeyName(text: string): KeyName | undefined {
	const reading = readKey(text);
	return reading.ok ? reading.key : undefined;
}

/** Keys in a message, written so they can be pasted back into the config; a bare space would be invisible. */
const shown = (key: KeyName): string => (key === ' ' ? 'Space' : key);

/** The one binding a config may not take away, so there is always a way out of sitrep. */
const PROTECTED = {layer: 'global', command: 'quit-now', key: 'C-c'} as const;

export type OverrideResult = {ok: true; keymap: Binding[]} | {ok: false; problems: Problem[]};

/** Where each key of an overridden binding came from, so a clash can point at the entry that caused it. */
type Override = {keys: KeyName[]; origin: Map<KeyName, {index: number; text: string}>};

const isLayer = (name: string): name is Layer => (LAYERS as readonly string[]).includes(name);

/** "a, b and c" (or "a, b or c"), as a sentence lists things. */
const inLayers = (layers: readonly string[], conjunction = 'and'): string =>
	layers.length <= 1 ? (layers[0] ?? '') : `${layers.slice(0, -1).join(', ')} ${conjunction} ${layers.at(-1)}`;

/**
 * Gives the (layer, command) pairs in `overrides` the keys listed there, replacing their defaults, and returns a new
 * keymap; `keymap` itself is not touched. Nothing wrong is skipped: an unknown layer or command, a key that is no
 * key, a command left without keys, C-c taken from quit-now, or a key that would do two things in one layer
 * (global keys count in every layer) are all returned as problems, and then there is no keymap.
 *
 * `root` is where `overrides` sits in the config file, for the locations in the problems.
 */
export function applyKeyOverrides(
	keymap: readonly Binding[],
	overrides: KeyOverrides,
	root: readonly PropertyKey[] = ['keys'],
): OverrideResult {
	const problems: Problem[] = [];
	const overridden = new Map<Binding, Override>();

	// The data may come straight from JSON, so the shape is checked here too rather than trusted from the type.
	if (overrides === null || typeof overrides !== 'object' || Array.isArray(overrides)) {
		return {ok: false, problems: [{where: formatConfigPath(root), problem: `expected an object — got ${describeValue(overrides)}`}]};
	}

	for (const [layer, commands] of Object.entries(overrides)) {
		const layerPath = [...root, layer];
		if (!isLayer(layer)) {
			problems.push({where: formatConfigPath(layerPath), problem: 'no such layer', remedy: `layers are ${LAYERS.join(', ')}`});
			continue;
		}

		if (commands === null || typeof commands !== 'object' || Array.isArray(commands)) {
			problems.push({where: formatConfigPath(layerPath), problem: `expected an object — got ${describeValue(commands)}`});
			continue;
		}

		for (const [command, texts] of Object.entries(commands)) {
			const path = [...layerPath, command];
			const binding = keymap.find(candidate => candidate.layer === layer && candidate.command === command);
			if (!binding) {
				problems.push(unknownCommand(keymap, layer, command, path));
				continue;
			}

			if (!Array.isArray(texts)) {
				problems.push({where: formatConfigPath(path), problem: `expected an array — got ${describeValue(texts)}`});
				continue;
			}

			const override = readKeys(texts, path, problems);
			if (!override) continue;
			if (override.keys.length === 0) {
				problems.push({
					where: formatConfigPath(path),
					problem: 'no keys',
					remedy: `give ${command} at least one key, or leave it out to keep its defaults (${binding.keys.map(shown).join(', ')})`,
				});
				continue;
			}

			if (layer === PROTECTED.layer && command === PROTECTED.command && !override.keys.includes(PROTECTED.key)) {
				problems.push({
					where: formatConfigPath(path),
					problem: `${PROTECTED.key} must stay bound to ${PROTECTED.command} so there is always a way out of sitrep`,
					remedy: `keep "${PROTECTED.key}" in the list; other keys may be added to it`,
				});
				continue;
			}

			overridden.set(binding, override);
		}
	}

	// Clashes are judged on a keymap that is otherwise right; with a bad key in it they would only add noise.
	if (problems.length > 0) return {ok: false, problems};

	const overrideOf = new Map<Binding, Override>();
	const next = keymap.map(binding => {
		const override = overridden.get(binding);
		const copy = {...binding, keys: [...(override?.keys ?? binding.keys)]};
		if (override) overrideOf.set(copy, override);
		return copy;
	});
	problems.push(...clashes(next, binding => overrideOf.get(binding), root));
	return problems.length > 0 ? {ok: false, problems} : {ok: true, keymap: next};
}

function unknownCommand(keymap: readonly Binding[], layer: Layer, command: string, path: PropertyKey[]): Problem {
	const elsewhere = LAYERS.filter(other => keymap.some(binding => binding.layer === other && binding.command === command));
	if (elsewhere.length > 0) {
		return {
			where: formatConfigPath(path),
			problem: `the ${layer} layer has no command ${command} (it is in the ${inLayers(elsewhere)} layer${elsewhere.length > 1 ? 's' : ''})`,
			remedy: `set it under ${inLayers(elsewhere.map(other => `keys.${other}`), 'or')}`,
		};
	}

	const here = keymap.filter(binding => binding.layer === layer).map(binding => binding.command);
	return {where: formatConfigPath(path), problem: 'no such command', remedy: `commands in the ${layer} layer are ${here.join(', ')}`};
}

function readKeys(texts: readonly unknown[], path: PropertyKey[], problems: Problem[]): Override | undefined {
	const override: Override = {keys: [], origin: new Map()};
	let valid = true;
	texts.forEach((text, index) => {
		const where = formatConfigPath([...path, index]);
		if (typeof text !== 'string') {
			problems.push({where, problem: `expected a string — got ${describeValue(text)}`});
			valid = false;
			return;
		}

		const reading = readKey(text);
		if (!reading.ok) {
			problems.push({where, problem: reading.problem, remedy: reading.remedy});
			valid = false;
			return;
		}

		const earlier = override.origin.get(reading.key);
		if (earlier) {
			const same = text === reading.key ? '' : ` (${shown(reading.key)})`;
			problems.push({where, problem: `${describeValue(text)}${same} is already in the list at [${earlier.index}]`, remedy: 'list each key once'});
			valid = false;
			return;
		}

		override.keys.push(reading.key);
		override.origin.set(reading.key, {index, text});
	});
	return valid ? override : undefined;
}

/**
 * Every key that would do two things in one layer. A layer's own bindings and the global ones are checked together,
 * because a key is looked up in the layer first and then in global: a clash there would silently hide a command.
 */
function clashes(keymap: readonly Binding[], overrideOf: (binding: Binding) => Override | undefined, root: readonly PropertyKey[]): Problem[] {
	const problems: Problem[] = [];
	const global = keymap.filter(binding => binding.layer === 'global');
	for (const layer of LAYERS) {
		const owners = new Map<KeyName, Binding>();
		const bindings = layer === 'global' ? global : [...keymap.filter(binding => binding.layer === layer), ...global];
		for (const binding of bindings) {
			for (const key of binding.keys) {
				const owner = owners.get(key);
				if (!owner) {
					owners.set(key, binding);
					continue;
				}

				// Two global bindings clash in every layer; saying so once, for global, is enough.
				if (layer !== 'global' && owner.layer === 'global' && binding.layer === 'global') continue;
				// Point at what the user wrote: defaults never clash among themselves.
				const [blamed, other] = overrideOf(binding) || !overrideOf(owner) ? [binding, owner] : [owner, binding];
				const origin = overrideOf(blamed)?.origin.get(key);
				const where = formatConfigPath(origin ? [...root, blamed.layer, blamed.command, origin.index] : [...root, blamed.layer, blamed.command]);
				const spelled = origin && origin.text !== key && origin.text !== shown(key) ? `${describeValue(origin.text)} (${shown(key)})` : `"${echo(shown(key))}"`;
				const name = (candidate: Binding): string =>
					candidate.layer === 'global' && layer !== 'global' ? `${candidate.command} (global)` : candidate.command;
				problems.push({
					where,
					problem: `${spelled} would do two things in the ${layer} layer: ${name(blamed)} and ${name(other)}`,
					remedy: 'give one of them another key',
				});
			}
		}
	}

	return problems;
}
