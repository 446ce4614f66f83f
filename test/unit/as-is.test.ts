import {readFileSync} from 'node:fs';
import {isDeepStrictEqual} from 'node:util';
import {describe, expect, it, vi} from 'vitest';
import {seededRandom} from '../support/seeded-random.js';
import type * as z from 'zod';
import {largeBriefing} from '../../bench/generate-large.js';
import {acceptsAsIs, FIELDS} from '../../source/briefing/as-is.js';
import {
	briefingSchema,
	inventoryItemSchema,
	keyPointSchema,
	partySchema,
	personSchema,
	photoSchema,
	quantitySchema,
	quoteSchema,
	sourceSchema,
	spanSchema,
} from '../../source/briefing/schema.js';

const seedPath = new URL('../../data/briefings/russia-iran-defense-partnership.json', import.meta.url);
const read = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
const seed = read(seedPath);
const fixture = read(new URL('../fixtures/briefing.json', import.meta.url));

/** What acceptsAsIs must answer: zod accepts the data and gives back the same document. */
function zodKeepsAsIs(data: unknown): boolean {
	const result = briefingSchema.safeParse(data);
	return result.success && isDeepStrictEqual(result.data, data);
}

describe('acceptsAsIs', () => {
	it('accepts the bundled briefing, the test fixture and a generated one, as zod does', () => {
		for (const data of [seed, fixture, largeBriefing(40, 40)]) {
			expect(zodKeepsAsIs(data)).toBe(true);
			expect(acceptsAsIs(data)).toBe(true);
		}
	});

	it('answers exactly as zod does for each odd value in each field', () => {
		// Every kind of field in the format once, the optional ones too.
		const base = structuredClone(seed) as any;
		base.source.url = 'https://example.com/story';
		base.people[0].url = 'https://example.com/people/0';
		base.inventory[0].quantity = {text: 'two', value: 2};
		expect(zodKeepsAsIs(base)).toBe(true);

		const firstOfEachField = new Map<string, Place>();
		for (const place of places(base)) {
			const field = place.path.replace(/\/\d+/g, '/[]');
			if (!firstOfEachField.has(field)) firstOfEachField.set(field, place);
		}

		const mismatches: string[] = [];
		for (const {path} of firstOfEachField.values()) {
			for (const value of [...ODD_VALUES, ...EDGE_STRINGS, undefined]) {
				const data = structuredClone(base);
				const {parent, key} = places(data).find(place => place.path === path)!;
				if (value === undefined && !Array.isArray(parent)) delete parent[key as string];
				else (parent as Record<string | number, unknown>)[key] = structuredClone(value);
				if (acceptsAsIs(data) !== zodKeepsAsIs(data)) mismatches.push(`${path} = ${value === undefined ? '(deleted)' : JSON.stringify(value)}`);
			}
		}

		expect(firstOfEachField.size).toBeGreaterThan(60);
		expect(mismatches).toEqual([]);
	});

	it('answers as zod does where an object has keys it does not own: a polluted prototype, or another prototype', () => {
		const withProto = structuredClone(seed) as any;
		withProto.quotes[0] = Object.assign(Object.create({extra: 'inherited'}), withProto.quotes[0]);
		expect(zodKeepsAsIs(withProto)).toBe(false);
		expect(acceptsAsIs(withProto)).toBe(false);

		const polluted = structuredClone(seed);
		(Object.prototype as Record<string, unknown>)['polluted'] = true;
		try {
			expect(zodKeepsAsIs(polluted)).toBe(false);
			expect(acceptsAsIs(polluted)).toBe(false);
		} finally {
			delete (Object.prototype as Record<string, unknown>)['polluted'];
		}
		expect(acceptsAsIs(polluted)).toBe(true);

		// Keys the format lists, inherited rather than owned: a quote without a verb of its own would seem to have one.
		const quoteIndex = (seed as {quotes: Array<{verb?: string}>}).quotes.findIndex(quote => quote.verb === undefined);
		expect(quoteIndex).toBeGreaterThanOrEqual(0);
		const inheritsVerb = structuredClone(seed) as any;
		inheritsVerb.quotes[quoteIndex] = Object.assign(Object.create({verb: 'said'}), inheritsVerb.quotes[quoteIndex]);
		expect(zodKeepsAsIs(inheritsVerb)).toBe(false);
		expect(acceptsAsIs(inheritsVerb)).toBe(false);
		const pollutedVerb = structuredClone(seed);
		(Object.prototype as Record<string, unknown>)['verb'] = 'said';
		try {
			expect(zodKeepsAsIs(pollutedVerb)).toBe(false);
			expect(acceptsAsIs(pollutedVerb)).toBe(false);
		} finally {
			delete (Object.prototype as Record<string, unknown>)['verb'];
		}

		// The short cut for plain objects rests on this: a key added to Object.prototype shows on the four objects
		// every briefing has, and no key is listed for all four.
		const always = [FIELDS.briefing, FIELDS.source, FIELDS.article, FIELDS.summary].map(fields => Object.keys(fields));
		expect(always[0]!.filter(key => always.every(keys => keys.includes(key)))).toEqual([]);

		// A listed key holding undefined cannot come out of JSON; the answer is no, which only sends it to zod.
		const holdsUndefined = structuredClone(seed) as any;
		holdsUndefined.quotes[0].verb = undefined;
		expect(acceptsAsIs(holdsUndefined)).toBe(false);
	});

	it('answers exactly as zod does for thousands of broken and rearranged briefings', () => {
		const random = seededRandom(20261126);
		const mismatches: string[] = [];
		const outcomes = {accepted: 0, refused: 0, changedByZod: 0};
		for (let round = 0; round < 2500; round++) {
			const data = structuredClone(round % 5 === 4 ? fixture : seed);
			const done = [mutate(data, random)];
			if (random() < 0.3) done.push(mutate(data, random));
			const expected = zodKeepsAsIs(data);
			if (acceptsAsIs(data) !== expected) mismatches.push(`${done.join(' then ')}: zod ${expected ? 'keeps it' : 'refuses or changes it'}`);
			if (expected) outcomes.accepted++;
			else if (briefingSchema.safeParse(data).success) outcomes.changedByZod++;
			else outcomes.refused++;
		}

		expect(mismatches.slice(0, 10)).toEqual([]);
		// Each kind of answer must come up often, or agreeing would prove little.
		expect(outcomes.accepted).toBeGreaterThan(200);
		expect(outcomes.refused).toBeGreaterThan(1000);
		expect(outcomes.changedByZod).toBeGreaterThan(50);
	});

	it('lists every field of every object in the schema, optional where the schema says so', () => {
		const shapes: Record<keyof typeof FIELDS, z.ZodObject> = {
			span: spanSchema,
			party: partySchema,
			quantity: quantitySchema,
			person: personSchema,
			quote: quoteSchema,
			item: inventoryItemSchema,
			keyPoint: keyPointSchema,
			photo: photoSchema,
			source: sourceSchema,
			article: briefingSchema.shape.article,
			summary: briefingSchema.shape.summary,
			briefing: briefingSchema,
		};
		for (const [name, schema] of Object.entries(shapes)) {
			const fields = FIELDS[name as keyof typeof FIELDS] as Record<string, {optional?: true}>;
			const fromSchema = Object.entries(schema.shape).map(([key, field]) => `${key}${field._zod.optin === 'optional' ? '?' : ''}`);
			const listed = Object.entries(fields).map(([key, field]) => `${key}${field.optional ? '?' : ''}`);
			expect(listed.sort(), name).toEqual(fromSchema.sort());
		}
	});

	it('reads a valid briefing without loading zod, and loads it for one that needs it', async () => {
		vi.resetModules();
		vi.doMock('zod', () => {
			throw new Error('zod was loaded');
		});
		try {
			const {loadBriefing} = await import('../../source/briefing/load.js');
			await expect(loadBriefing(seedPath.pathname)).resolves.toMatchObject({id: seed['id']});
			await expect(loadBriefing(new URL('../fixtures/truncated.json', import.meta.url).pathname)).rejects.toThrow(/truncated/);
		} finally {
			vi.doUnmock('zod');
			vi.resetModules();
		}

		// Without the mock, a briefing whose strings zod would trim is read through zod and comes back trimmed.
		const {validateBriefing} = await import('../../source/briefing/load.js');
		const padded = structuredClone(seed) as {source: {publisher: string}};
		const publisher = padded.source.publisher;
		padded.source.publisher = `  ${publisher}\t`;
		expect(acceptsAsIs(padded)).toBe(false);
		expect((await validateBriefing('padded.json', padded)).source.publisher).toBe(publisher);
	});
});

// ---- Mutations ---------------------------------------------------------------------------------------------------

type Container = Record<string, unknown> | unknown[];
type Place = {parent: Container; key: string | number; path: string};

/** Values that each break some field and suit some other: wrong types, edge numbers, near-miss strings. */
const ODD_VALUES: unknown[] = [
	'', ' ', 'x', ' x', 'x ', '\tx', 'X', 'a-b', 'A-b', '-a', 'a_b', 'uav', 'tank', 'explicit', 'stated', 'in-use',
	'https://example.com/a', ' https://example.com', 'https://exa\nmple.com', 'not a url', 'http://',
	0, -0, -1, 1, 2, 1.5, 999, 1000, 9999, 10_000, 2 ** 53, 1e21, Number.NaN, Number.POSITIVE_INFINITY,
	null, true, false, [], {}, ['x'], [' x'], [''], [1], [{}], {x: 1},
];

/** Strings at the edges of what zod leaves alone: whitespace it trims or a URL parser drops, odd URLs, odd slugs. */
const EDGE_STRINGS = [
	'https://exa\nmple.com', 'https://exa\tmple.com', 'https://example.com/\r', 'https://example.com ', '\u00a0https://example.com',
	'mailto:desk@example.com', 'file:///etc/passwd', 'https://例え.jp/', 'https://[::1]/', 'https://', '//example.com',
	'x\u2028', '\u200bx', '\ufeffx', 'x\u0000', 'a-', '0', 'a--b', 'é', 'a b',
];

const KEY_NAMES = ['extra', 'Text', 'constructor', 'toString', '__proto__', '$schema', 'role', 'value'];

function places(value: unknown, path = ''): Place[] {
	if (typeof value !== 'object' || value === null) return [];
	const container = value as Container;
	const keys: Array<string | number> = Array.isArray(container) ? container.map((_, index) => index) : Object.keys(container);
	return keys.flatMap(key => {
		const child = (container as Record<string | number, unknown>)[key];
		return [{parent: container, key, path: `${path}/${key}`}, ...places(child, `${path}/${key}`)];
	});
}

/** Changes `data` in one random way and says how. */
function mutate(data: Record<string, unknown>, random: () => number): string {
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const all = places(data);
	const {parent, key, path} = pick(all);
	const get = () => (parent as Record<string | number, unknown>)[key];
	const set = (value: unknown) => {
		(parent as Record<string | number, unknown>)[key] = value;
	};

	const kind = random();
	if (kind < 0.35) {
		const value = pick(ODD_VALUES);
		set(structuredClone(value));
		return `${path} = ${String(JSON.stringify(value))}`;
	}

	if (kind < 0.5) {
		// A value from elsewhere under the same key name: often valid, so that acceptance is tested too.
		const same = all.filter(place => place.key === key && place.path !== path);
		if (same.length === 0) return 'nothing';
		const other = pick(same);
		set(structuredClone((other.parent as Record<string | number, unknown>)[other.key]));
		return `${path} = the value at ${other.path}`;
	}

	if (kind < 0.62) {
		if (Array.isArray(parent)) parent.splice(key as number, 1);
		else delete parent[key as string];
		return `delete ${path}`;
	}

	if (kind < 0.72) {
		const value = get();
		if (typeof value !== 'string') return 'nothing';
		const edit = pick([` ${value}`, `${value} `, value.toUpperCase(), value.slice(1), `${value}\u00a0`, `${value}\n`]);
		set(edit);
		return `${path} = ${JSON.stringify(edit)}`;
	}

	if (kind < 0.82) {
		const objects = all.map(place => (place.parent as Record<string | number, unknown>)[place.key]).filter(isPlainObject);
		const target = pick(objects);
		const name = pick(KEY_NAMES);
		// defineProperty, so that "__proto__" becomes a key as JSON.parse makes it, not a new prototype.
		Object.defineProperty(target, name, {value: pick(ODD_VALUES), enumerable: true, writable: true, configurable: true});
		return `add ${name} to an object`;
	}

	if (kind < 0.9) {
		const value = get();
		if (!Array.isArray(value) || value.length === 0) return 'nothing';
		value.push(structuredClone(pick(value)));
		return `repeat an element of ${path}`;
	}

	const value = get();
	if (!isPlainObject(value)) return 'nothing';
	const entries = Object.entries(value).sort(() => random() - 0.5);
	for (const name of Object.keys(value)) delete value[name];
	Object.assign(value, Object.fromEntries(entries));
	return `reorder the keys of ${path}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
