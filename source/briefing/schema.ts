import * as z from 'zod';
import {
	ATTRIBUTIONS,
	CATEGORIES,
	ID_PATTERN,
	LIKELIHOODS,
	PARTY_BASES,
	PERSON_KINDS,
	QUOTE_KINDS,
	SCHEMA_VERSION,
	STATUSES,
	YEAR_RANGE,
} from './vocabulary.js';

/**
 * The briefing document: the one format sitrep reads, validates and writes back (`--format json`).
 * Types used everywhere else are inferred from here, so the schema is the single source of truth.
 *
 * Places in the article are given as a paragraph number and character offsets in that paragraph's text.
 * Body paragraphs are numbered from 1 in reading order; paragraph 0 stands for the headline, so a quotation
 * in the headline can be located the same way as one in the body.
 */
export {SCHEMA_VERSION};

const nonEmpty = z.string().trim().min(1, 'must not be empty');

export const idSchema = z
	.string()
	.regex(ID_PATTERN, 'must be a lowercase slug (letters, digits and dashes)');

/** A verbatim span of the article: `text` must equal the paragraph's characters from `start` to `end`. */
export const spanSchema = z
	.strictObject({
		text: nonEmpty,
		paragraph: z.int().min(0),
		start: z.int().min(0),
		end: z.int().min(0),
	})
	.refine(span => span.end > span.start, {message: 'end must be greater than start', path: ['end']});

export const personSchema = z.strictObject({
	id: idSchema,
	name: nonEmpty,
	kind: z.enum(PERSON_KINDS),
	role: nonEmpty.optional(),
	url: z.url().optional(),
});

export const attributionSchema = z.enum(ATTRIBUTIONS);

export const quoteSchema = z.strictObject({
	id: idSchema,
	text: nonEmpty,
	/** The speaker's name, as listed in `people`. */
	speaker: nonEmpty,
	/** How the article ties the quotation to its speaker: by name, through "he said", or only by context. */
	attribution: attributionSchema,
	/** The reporting verb ("said", "added", "says"); absent where the article gives none. */
	verb: nonEmpty.optional(),
	kind: z.enum(QUOTE_KINDS),
	paragraph: z.int().min(0),
	start: z.int().min(0),
	end: z.int().min(0),
	/** The attribution in the article's words ("Kirby said", "he added"), where there is one. */
	cue: spanSchema.optional(),
	/** The id of the quotation this one continues, when the article splits one statement in two. */
	continues: idSchema.optional(),
});

export const categorySchema = z.enum(CATEGORIES);

export const statusSchema = z.enum(STATUSES);

/** How sure the claim is, which is a different thing from who makes it. */
export const likelihoodSchema = z.enum(LIKELIHOODS);

export const partySchema = z.strictObject({
	country: nonEmpty,
	/** `inferred` where the article implies the party rather than naming it. */
	basis: z.enum(PARTY_BASES),
});

export const quantitySchema = z.strictObject({
	/** The quantity in the article's words ("several hundred", "hundreds"). */
	text: nonEmpty,
	/** Only where the article gives an actual number. */
	value: z.number().nonnegative().optional(),
});

export const inventoryItemSchema = z.strictObject({
	id: idSchema,
	category: categorySchema,
	/** The system as the article names it. */
	system: nonEmpty,
	supplier: partySchema,
	recipient: partySchema,
	/** Absent where the article gives no quantity. */
	quantity: quantitySchema.optional(),
	status: statusSchema,
	likelihood: likelihoodSchema,
	/** The hedging words exactly as they stand in the evidence ("may", "could", "reportedly"). */
	hedges: z.array(nonEmpty),
	/** Who makes the claim: a name listed in `people`. */
	claimedBy: nonEmpty,
	evidence: z.array(spanSchema).min(1, 'needs at least one evidence span'),
});

export const keyPointSchema = z.strictObject({
	id: idSchema,
	text: nonEmpty,
	/** The body paragraphs the point rests on. */
	paragraphs: z.array(z.int().min(1)).min(1, 'must rest on at least one paragraph'),
});

export const photoSchema = z.strictObject({
	caption: nonEmpty,
	credit: nonEmpty.optional(),
});

export const sourceSchema = z.strictObject({
	headline: nonEmpty,
	publisher: nonEmpty,
	/** From the copyright line; the article's own date is often not in the text, and then it is absent. */
	year: z.int().min(YEAR_RANGE.min).max(YEAR_RANGE.max).optional(),
	url: z.url().optional(),
	tags: z.array(nonEmpty),
	photo: photoSchema.optional(),
});

export const briefingSchema = z.strictObject({
	$schema: z.string().optional(),
	schemaVersion: z.literal(SCHEMA_VERSION),
	id: idSchema,
	source: sourceSchema,
	/** The cleaned article body, one string per paragraph; paragraph n is `paragraphs[n - 1]`. */
	article: z.strictObject({
		paragraphs: z.array(nonEmpty).min(1, 'needs at least one paragraph'),
	}),
	summary: z.strictObject({
		lede: nonEmpty,
		keyPoints: z.array(keyPointSchema),
	}),
	people: z.array(personSchema),
	quotes: z.array(quoteSchema),
	inventory: z.array(inventoryItemSchema),
});

export type Briefing = z.infer<typeof briefingSchema>;
export type Source = Briefing['source'];
export type Span = z.infer<typeof spanSchema>;
export type Person = z.infer<typeof personSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Attribution = z.infer<typeof attributionSchema>;
export type InventoryItem = z.infer<typeof inventoryItemSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Status = z.infer<typeof statusSchema>;
export type Likelihood = z.infer<typeof likelihoodSchema>;
export type Party = z.infer<typeof partySchema>;
export type KeyPoint = z.infer<typeof keyPointSchema>;
