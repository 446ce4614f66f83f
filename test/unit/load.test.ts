import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {BriefingError} from '../../source/briefing/errors.js';
import {firstInvalidUtf8Byte, loadBriefing, MAX_BRIEFING_BYTES} from '../../source/briefing/load.js';
import {existsSync, readFileSync} from 'node:fs';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const validPath = join(fixtures, 'briefing.json');
const valid = JSON.parse(readFileSync(validPath, 'utf8')) as Record<string, any>;

/** A deep copy of the valid fixture with one thing broken. */
function broken(change: (briefing: Record<string, any>) => void): string {
	const copy = structuredClone(valid);
	change(copy);
	return JSON.stringify(copy, null, 2);
}

let directory: string;

beforeAll(async () => {
	directory = await mkdtemp(join(tmpdir(), 'sitrep-load-'));
});

afterAll(async () => {
	await rm(directory, {recursive: true, force: true});
});

async function write(name: string, content: string | Uint8Array): Promise<string> {
	const path = join(directory, name);
	await writeFile(path, content);
	return path;
}

async function messageFor(path: string, options?: Parameters<typeof loadBriefing>[1]): Promise<string> {
	try {
		await loadBriefing(path, options);
	} catch (error) {
		expect(error).toBeInstanceOf(BriefingError);
		return (error as Error).message;
	}

	throw new Error(`expected ${path} to be refused`);
}

function expectOneLine(message: string, fileName: string) {
	expect(message).not.toMatch(/[\n\r]/);
	expect(message).not.toContain('\u001b');
	expect(message.startsWith('sitrep: ')).toBe(true);
	expect(message).toContain(fileName);
}

describe('loadBriefing', () => {
	it('loads the valid fixture', async () => {
		const briefing = await loadBriefing(validPath);
		expect(briefing.id).toBe('fixture-briefing');
		expect(briefing.quotes).toHaveLength(3);
	});

	type Case = {name: string; content: string | Uint8Array | (() => string | Uint8Array); where?: string; says: RegExp};
	const cases: Case[] = [
		{name: 'empty', content: '', says: /the file is empty; expected a briefing JSON object/},
		{name: 'truncated', content: () => readFileSync(join(fixtures, 'truncated.json'), 'utf8'), where: 'line', says: /the JSON ends too early \(the file looks truncated\); check that it was written completely$/},
		{name: 'syntax', content: '{\n  "a": 1,\n  }', where: 'line 3, column 3', says: /a trailing comma/},
		{name: 'not-an-object', content: '[1, 2]', where: '(top level)', says: /expected an object — got an array/},
		{name: 'wrong-type', content: () => broken(b => (b.source.year = '2024')), where: 'source.year', says: /expected a number — got "2024"/},
		{name: 'missing-field', content: () => broken(b => delete b.source.headline), where: 'source.headline', says: /is missing; expected a string/},
		{name: 'unknown-key', content: () => broken(b => (b.people[1].nmae = 'x')), where: 'people[1].nmae', says: /unknown key; allowed keys here are id, name, kind, role, url/},
		{name: 'unknown-category', content: () => broken(b => (b.inventory[1].category = 'tank')), where: 'inventory[1].category', says: /expected one of uav, ballistic-missile, .* — got "tank"/},
		{name: 'duplicate-id', content: () => broken(b => (b.quotes[2].id = 'john-kirby')), where: 'quotes[2].id', says: /duplicate id "john-kirby", already used at people\[0\]\.id/},
		{
			name: 'duplicate-id-in-one-list',
			content: () => broken(b => (b.quotes[2].id = b.quotes[1].id)),
			where: 'quotes[2].id',
			says: /duplicate id "[a-z0-9-]+", already used at quotes\[1\]\.id/,
		},
		{
			name: 'span-not-in-source',
			content: () => broken(b => (b.inventory[1].evidence[0].start += 1)),
			where: 'inventory[1].evidence[0].text',
			says: /evidence span is not in the source: paragraph 3 \[1,\d+\) reads 'ussia may/,
		},
		{name: 'quote-offsets', content: () => broken(b => (b.quotes[1].end -= 3)), where: 'quotes[1].text', says: /quote text is not in the source: paragraph 2 /},
		{name: 'speaker-not-in-people', content: () => broken(b => (b.quotes[0].speaker = 'Tehran')), where: 'quotes[0].speaker', says: /speaker "Tehran" is not in people; use a name listed in people: "John Kirby"/},
		{name: 'claimed-by', content: () => broken(b => (b.inventory[0].claimedBy = 'Nobody')), where: 'inventory[0].claimedBy', says: /"Nobody" is not in people/},
		{name: 'continues', content: () => broken(b => (b.quotes[2].continues = 'q-missing')), where: 'quotes[2].continues', says: /"q-missing" is not the id of another quote/},
		{name: 'hedge', content: () => broken(b => b.inventory[1].hedges.push('allegedly')), where: 'inventory[1].hedges[2]', says: /hedge "allegedly" does not occur in the item's evidence/},
		{name: 'key-point-paragraph', content: () => broken(b => b.summary.keyPoints[0].paragraphs.push(9)), where: 'summary.keyPoints[0].paragraphs[2]', says: /paragraph 9 does not exist; the article has body paragraphs 1 to 3/},
		{name: 'cue-past-end', content: () => broken(b => (b.quotes[1].cue.end = 999)), where: 'quotes[1].cue.end', says: /end 999 is past the end of paragraph 2/},
		{name: 'blank-text', content: () => broken(b => (b.summary.lede = '   ')), where: 'summary.lede', says: /is empty; must not be empty$/},
		{name: 'no-evidence', content: () => broken(b => (b.inventory[0].evidence = [])), where: 'inventory[0].evidence', says: /has 0 entries; needs at least one evidence span$/},
		{name: 'bad-slug', content: () => broken(b => (b.id = 'Bad ID')), where: 'id', says: /must be a lowercase slug .* — got "Bad ID"$/},
		{name: 'invalid-utf8', content: () => new Uint8Array([0x7b, 0x22, 0x61, 0xc3, 0x28, 0x22, 0x7d]), says: /not valid UTF-8 at byte 4; save the file as UTF-8/},
		{
			name: 'hostile-key',
			content: () => broken(b => (b.source['\u001b]0;pwned\u0007'] = 1)),
			where: 'source["␛]0;pwned␇"]',
			says: /unknown key/,
		},
	];

	it.each(cases)('refuses $name with a one-line message', async ({name, content, where, says}) => {
		const path = await write(`${name}.json`, typeof content === 'function' ? content() : content);
		const message = await messageFor(path);
		expectOneLine(message, `${name}.json`);
		if (where) expect(message).toContain(`.json: ${where}`);
		expect(message).toMatch(says);
	});

	it('accepts a quote that continues any other, the first included', async () => {
		for (const [from, to] of [[1, 0], [0, 2], [2, 1]] as const) {
			const path = await write(`continues-${from}-${to}.json`, broken(b => (b.quotes[from].continues = b.quotes[to].id)));
			expect((await loadBriefing(path)).quotes[from]!.continues).toBe(valid['quotes'][to].id);
		}
	});

	it('counts further problems instead of listing them', async () => {
		const path = await write('many.json', broken(b => {
			b.inventory[0].category = 'tank';
			b.inventory[1].category = 'ship';
			b.source.year = 'soon';
		}));
		expect(await messageFor(path)).toMatch(/; and 2 more$/);
	});

	it('refuses a directory', async () => {
		const message = await messageFor(directory);
		expectOneLine(message, 'sitrep-load-');
		expect(message).toMatch(/is a directory; give the path of a briefing \.json file/);
	});

	it('reports a missing file with the errno meaning', async () => {
		const message = await messageFor(join(directory, 'nowhere.json'));
		expectOneLine(message, 'nowhere.json');
		expect(message).toMatch(/cannot read: no such file \(ENOENT\)/);
	});

	it('reports an unreadable file', async () => {
		const denied = Object.assign(new Error('EACCES: permission denied'), {code: 'EACCES'});
		const message = await messageFor(validPath, {readFile: async () => Promise.reject(denied)});
		expectOneLine(message, 'briefing.json');
		expect(message).toMatch(/cannot read: permission denied \(EACCES\); check that the file is readable/);
	});

	it('enforces the size limit', async () => {
		expect(MAX_BRIEFING_BYTES).toBe(32 * 1024 * 1024);
		const message = await messageFor(validPath, {maxBytes: 100});
		expectOneLine(message, 'briefing.json');
		expect(message).toMatch(/file is too large \(\d+ bytes\); a briefing may be at most 100 bytes/);
	});

	it('checks the size of what was read, not only what stat said', async () => {
		const message = await messageFor(validPath, {maxBytes: 100, stat: async () => ({isDirectory: () => false, size: 0})});
		expect(message).toMatch(/file is too large/);
	});

	it.runIf(existsSync('/dev/zero'))('stops reading an endless device at the limit', async () => {
		const message = await messageFor('/dev/zero', {maxBytes: 1000});
		expect(message).toBe('sitrep: /dev/zero: file is too large; a briefing may be at most 1000 bytes');
	});

	it('keeps the end of a long file name', async () => {
		const message = await messageFor(join(directory, `${'x'.repeat(100)}-tail.json`));
		expect(message).toMatch(/^sitrep: …x+-tail\.json: cannot read/);
	});
});

describe('validation of small and large briefings', () => {
	// Below a couple of thousand entries zod validates without compiling its validators (faster for a briefing of
	// ordinary size); above, with them. Both must accept and refuse exactly the same.
	const padded = (briefing: Record<string, any>) => {
		const [quote] = briefing.quotes as Array<Record<string, any>>;
		briefing.quotes = Array.from({length: 2500}, (_, index) => ({...quote, id: `q-${index}`}));
	};

	it('accepts a large briefing as it accepts a small one', async () => {
		const large = await loadBriefing(await write('large.json', broken(padded)));
		expect(large.quotes).toHaveLength(2500);
		expect(large.quotes[2499]).toEqual({...(await loadBriefing(validPath)).quotes[0], id: 'q-2499'});
	});

	it('gives the same message for the same fault either way', async () => {
		const fault = (briefing: Record<string, any>) => {
			briefing.inventory[0].category = 'tank';
		};
		const small = await messageFor(await write('small-fault.json', broken(fault)));
		const large = await messageFor(
			await write(
				'large-fault.json',
				broken(briefing => {
					padded(briefing);
					fault(briefing);
				}),
			),
		);
		expect(small).toMatch(/inventory\[0\]\.category: expected one of/);
		expect(large.replace('large-fault', 'small-fault')).toBe(small);
	});
});

describe('firstInvalidUtf8Byte', () => {
	it.each([
		[[0x61, 0x62], -1],
		[[0xe2, 0x82, 0xac], -1],
		[[0xc0, 0x80], 0],
		[[0x61, 0xe2, 0x82], 1],
		[[0xed, 0xa0, 0x80], 1],
		[[0xf0, 0x9f, 0x98, 0x41], 3],
	])('%j → %i', (bytes, offset) => {
		expect(firstInvalidUtf8Byte(new Uint8Array(bytes))).toBe(offset);
	});
});
