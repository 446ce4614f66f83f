/*
 * The briefing format's closed vocabularies and patterns, as plain constants. The zod schema (schema.ts) is built
 * from them, and so are the parts of sitrep that must not load zod to read a briefing: the check that accepts a
 * valid briefing without it (as-is.ts) and the inventory's category order.
 */

export const SCHEMA_VERSION = 1;

/** Ids are lowercase slugs, so they read well in a path and never need quoting. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

export const PERSON_KINDS = ['person', 'organization', 'group'] as const;

export const ATTRIBUTIONS = ['explicit', 'pronoun', 'inferred'] as const;

export const QUOTE_KINDS = ['fragment', 'statement'] as const;

/** In the order the inventory groups them. */
export const CATEGORIES = [
	'uav',
	'ballistic-missile',
	'fighter-aircraft',
	'helicopter',
	'air-defense',
	'production',
	'components',
	'other',
] as const;

export const STATUSES = ['delivered', 'in-use', 'planned', 'expected', 'intended', 'in-training', 'unknown'] as const;

export const LIKELIHOODS = ['stated', 'assessed', 'possible', 'reported'] as const;

export const PARTY_BASES = ['stated', 'inferred'] as const;

/** The four-digit years a copyright line gives. */
export const YEAR_RANGE = {min: 1000, max: 9999} as const;
