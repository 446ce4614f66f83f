import type {Briefing} from './schema.js';
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

/*
 * Says yes to a parsed briefing only when the zod schema (schema.ts) would accept it and hand back the same
 * document: the same keys and values (zod would put the keys in its own order, which means nothing in JSON), no
 * string it would trim. Such a briefing needs zod for nothing, so sitrep reads it without loading zod at all and
 * without zod's copy of every object: on a generated briefing of 10,000 quotes and 10,000 items the first frame
 * came 128 ms sooner (529 -> 401 ms) and peak memory fell from 131 to 98 MiB; on the bundled one the first frame
 * came 11-20 ms sooner (alternating runs in a pty). Anything else, a wrong value or one zod would change, gets a
 * no, and the caller asks zod, whose issues make the error messages: this check decides how fast a briefing is
 * read, never whether it is accepted. test/unit/as-is.test.ts holds it to exactly that against zod, field by
 * field and over thousands of broken briefings, and fails when the schema gains a field not listed here.
 */

type Check = (value: unknown) => boolean;

/** A string zod's `nonEmpty` leaves as it is: not empty, nothing around it to trim. */
const text: Check = value => typeof value === 'string' && value.length > 0 && value.trim() === value;

const id: Check = value => typeof value === 'string' && ID_PATTERN.test(value);

const count: Check = value => Number.isSafeInteger(value) && (value as number) >= 0;

const oneOf = (values: readonly string[]): Check => {
	const allowed = new Set(values);
	return value => typeof value === 'string' && allowed.has(value);
};

/** zod trims a URL and removes tabs and line breaks from it before it returns it; only such a URL stays the same. */
const url: Check = value => typeof value === 'string' && value.trim() === value && !/[\t\n\r]/.test(value) && URL.canParse(value);

const listOf =
	(item: Check, least = 0): Check =>
	value => {
		if (!Array.isArray(value) || value.length < least) return false;
		for (let index = 0; index < value.length; index++) if (!item(value[index])) return false;
		return true;
	};

type Field = {check: Check; optional?: true};
type Fields = Readonly<Record<string, Field>>;

const required = (check: Check): Field => ({check});
const optional = (check: Check): Field => ({check, optional: true});

/**
 * A strict object: no key but the listed ones, and every required one present. A key that is present must pass its
 * check; zod's `undefined` for an absent optional key cannot come out of JSON, so a key holding `undefined` gets a no.
 */
const objectOf = (fields: Fields, refine?: (value: Record<string, unknown>) => boolean): Check => {
	// A Map, so that a key such as "constructor" or "__proto__" finds nothing inherited.
	const byName = new Map(Object.entries(fields));
	const requiredCount = [...byName.values()].filter(field => !field.optional).length;
	return value => {
		if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
		const record = value as Record<string, unknown>;
		// for...in lists inherited keys too, and zod would copy an inherited key into its own object: a no. A plain
		// object (all that JSON.parse makes) can inherit only keys added to Object.prototype; such a key is on every
		// object, and none is listed for all four objects every briefing has (itself, source, article, summary), so
		// it gets a no somewhere without Object.hasOwn for each key, which took 2-3 ms on 20,000 objects.
		const plain = Object.getPrototypeOf(record) === Object.prototype;
		let requiredSeen = 0;
		for (const key in record) {
			const field = byName.get(key);
			if (field === undefined || !(plain || Object.hasOwn(record, key)) || !field.check(record[key])) return false;
			if (!field.optional) requiredSeen++;
		}

		return requiredSeen === requiredCount && (refine === undefined || refine(record));
	};
};

/** The fields of each object in the format; the test compares them with the zod shapes. */
export const FIELDS = (() => {
	const span = {text: required(text), paragraph: required(count), start: required(count), end: required(count)};
	const party = {country: required(text), basis: required(oneOf(PARTY_BASES))};
	const quantity = {text: required(text), value: optional(value => typeof value === 'number' && Number.isFinite(value) && value >= 0)};
	const spanCheck = objectOf(span, value => (value['end'] as number) > (value['start'] as number));
	const person = {id: required(id), name: required(text), kind: required(oneOf(PERSON_KINDS)), role: optional(text), url: optional(url)};
	const quote = {
		id: required(id),
		text: required(text),
		speaker: required(text),
		attribution: required(oneOf(ATTRIBUTIONS)),
		verb: optional(text),
		kind: required(oneOf(QUOTE_KINDS)),
		paragraph: required(count),
		start: required(count),
		end: required(count),
		cue: optional(spanCheck),
		continues: optional(id),
	};
	const item = {
		id: required(id),
		category: required(oneOf(CATEGORIES)),
		system: required(text),
		supplier: required(objectOf(party)),
		recipient: required(objectOf(party)),
		quantity: optional(objectOf(quantity)),
		status: required(oneOf(STATUSES)),
		likelihood: required(oneOf(LIKELIHOODS)),
		hedges: required(listOf(text)),
		claimedBy: required(text),
		evidence: required(listOf(spanCheck, 1)),
	};
	const keyPoint = {id: required(id), text: required(text), paragraphs: required(listOf(value => Number.isSafeInteger(value) && (value as number) >= 1, 1))};
	const photo = {caption: required(text), credit: optional(text)};
	const year: Check = value => Number.isSafeInteger(value) && (value as number) >= YEAR_RANGE.min && (value as number) <= YEAR_RANGE.max;
	const source = {
		headline: required(text),
		publisher: required(text),
		year: optional(year),
		url: optional(url),
		tags: required(listOf(text)),
		photo: optional(objectOf(photo)),
	};
	const article = {paragraphs: required(listOf(text, 1))};
	const summary = {lede: required(text), keyPoints: required(listOf(objectOf(keyPoint)))};
	const briefing = {
		$schema: optional(value => typeof value === 'string'),
		schemaVersion: required(value => value === SCHEMA_VERSION),
		id: required(id),
		source: required(objectOf(source)),
		article: required(objectOf(article)),
		summary: required(objectOf(summary)),
		people: required(listOf(objectOf(person))),
		quotes: required(listOf(objectOf(quote))),
		inventory: required(listOf(objectOf(item))),
	};
	return {span, party, quantity, person, quote, item, keyPoint, photo, source, article, summary, briefing};
})();

const briefingCheck = objectOf(FIELDS.briefing);

/** True when zod would accept `data` as a briefing and return it unchanged. */
export function acceptsAsIs(data: unknown): data is Briefing {
	return briefingCheck(data);
}
