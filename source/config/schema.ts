import * as z from 'zod';
import {PANES} from '../navigation/state.js';
import {THEME_NAMES} from '../ui/theme.js';

/**
 * The shape of `keys` only: layer → command → list of key names. Which layers, commands and keys are allowed is
 * judged by applyKeyOverrides against the keymap it is given, so that its messages can say what would be right.
 */
const keysSchema = z.record(z.string(), z.record(z.string(), z.array(z.string())));

/** sitrep's config file. Every setting is optional; what is left out keeps its default or is decided at run time. */
export const configSchema = z.strictObject({
	/** Lets editors find a JSON Schema for completion; sitrep itself ignores it. */
	$schema: z.string().optional(),
	theme: z.enum(THEME_NAMES).optional(),
	ascii: z.boolean().optional(),
	color: z.boolean().optional(),
	defaultPane: z.enum(PANES).optional(),
	mouse: z.boolean().optional(),
	keys: keysSchema.optional(),
});

export type Config = z.output<typeof configSchema>;

/** `keys` as written in the file, before key names are checked and normalized. */
export type KeyOverrides = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

export const CONFIG_KEYS = Object.keys(configSchema.shape) as Array<keyof Config>;
