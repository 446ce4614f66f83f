import {Buffer} from 'node:buffer';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest';
import {ASCII_TEXT_FROM_BYTES} from '../../source/briefing/json-text.js';
import {loadBriefing} from '../../source/briefing/load.js';

// A large file is given to JSON.parse as one-byte text (source/briefing/json-text.ts). Whether it is must change
// nothing a user can see: each file below is loaded both ways and must come out the same, briefing or message.
const reading = vi.hoisted(() => ({plainOnly: false, asciiTexts: 0}));
vi.mock('../../source/briefing/json-text.js', async importOriginal => {
	const actual = await importOriginal<typeof import('../../source/briefing/json-text.js')>();
	return {
		...actual,
		asciiJsonText(bytes: Uint8Array) {
			if (reading.plainOnly) return undefined;
			const text = actual.asciiJsonText(bytes);
			if (text !== undefined) reading.asciiTexts++;
			return text;
		},
	};
});

const fixture = readFileSync(fileURLToPath(new URL('../fixtures/briefing.json', import.meta.url)), 'utf8');
const valid = JSON.parse(fixture) as Record<string, any>;
// The bundled briefing, whose article has curly quotation marks and dashes: characters the one-byte text escapes.
const bundled = readFileSync(fileURLToPath(new URL('../../data/briefings/russia-iran-defense-partnership.json', import.meta.url)), 'utf8');

/** Past the size from which the one-byte text is tried, by spaces JSON ignores. */
const padding = ' '.repeat(ASCII_TEXT_FROM_BYTES);

let directory: string;
beforeAll(async () => {
	directory = await mkdtemp(join(tmpdir(), 'sitrep-large-text-'));
});
afterAll(async () => {
	await rm(directory, {recursive: true, force: true});
});

type Outcome = {briefing: unknown} | {message: string};
async function outcome(path: string): Promise<Outcome> {
	try {
		return {briefing: await loadBriefing(path)};
	} catch (error) {
		return {message: (error as Error).message};
	}
}

async function bothWays(name: string, content: string | Uint8Array): Promise<{escaped: Outcome; plain: Outcome; tookAscii: boolean}> {
	const path = join(directory, `${name}.json`);
	await writeFile(path, content);
	const before = reading.asciiTexts;
	const escaped = await outcome(path);
	const tookAscii = reading.asciiTexts > before;
	reading.plainOnly = true;
	try {
		return {escaped, plain: await outcome(path), tookAscii};
	} finally {
		reading.plainOnly = false;
	}
}

const edited = (change: (briefing: Record<string, any>) => void) => {
	const copy = structuredClone(valid);
	change(copy);
	return JSON.stringify(copy, null, 2);
};

describe('a large briefing read as one-byte text', () => {
	it('is the same briefing as the file decoded', async () => {
		expect(bundled).toMatch(/[^\u0000-\u007f]/);
		const {escaped, plain, tookAscii} = await bothWays('valid', bundled + padding);
		expect(tookAscii).toBe(true);
		expect('briefing' in escaped).toBe(true);
		expect(escaped).toStrictEqual(plain);
	});

	const bom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text, 'utf8')]);
	const cases: Array<{name: string; content: string | Uint8Array; says: RegExp; ascii: boolean}> = [
		{name: 'with-bom', content: bom(bundled + padding), says: /^$/, ascii: true},
		{name: 'syntax-after-curly-quotes', content: `{\n  "headline": "“Deal” — é",\n  }${padding}`, says: /line 3, column 3: invalid JSON: a trailing comma/, ascii: true},
		{name: 'truncated', content: padding + bundled.slice(0, bundled.lastIndexOf('”')), says: /the JSON ends too early/, ascii: true},
		{name: 'raw-no-break-space', content: `{\u00a0"id": 1}${padding}`, says: /line 1, column 2: invalid JSON: unexpected/, ascii: true},
		{name: 'escaped-non-ascii', content: `{"id": "\\é"}${padding}`, says: /line 1, column 9: invalid JSON: bad escape/, ascii: false},
		{name: 'invalid-utf8', content: new Uint8Array([...Buffer.from(`{"id": "a`), 0xc3, 0x28, ...Buffer.from(`"}${padding}`)]), says: /not valid UTF-8 at byte 10/, ascii: false},
		{name: 'only-spaces', content: padding, says: /the file is empty/, ascii: true},
		{name: 'wrong-type', content: edited(b => (b.source.year = '2024')) + padding, says: /source\.year: expected a number/, ascii: true},
		{name: 'span-not-in-source', content: edited(b => (b.quotes[1].end -= 3)) + padding, says: /quotes\[1\]\.text: quote text is not in the source/, ascii: true},
		{name: 'hostile-key', content: edited(b => (b.source['\u001b]0;“pwned”\u0007'] = 1)) + padding, says: /unknown key/, ascii: true},
	];

	it.each(cases)('$name: the same outcome either way', async ({name, content, says, ascii}) => {
		const {escaped, plain, tookAscii} = await bothWays(name, content);
		expect(tookAscii).toBe(ascii);
		expect(escaped).toStrictEqual(plain);
		if ('message' in escaped) expect(escaped.message).toMatch(says);
		else expect(name).toBe('with-bom');
	});

	it('leaves a small file to the decoder', async () => {
		const {escaped, plain, tookAscii} = await bothWays('small', fixture);
		expect(tookAscii).toBe(false);
		expect(escaped).toStrictEqual(plain);
	});
});
