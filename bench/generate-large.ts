/**
 * Writes a large but valid briefing (10,000 quotes and 10,000 inventory items by default) for the benchmark. A
 * handful of synthetic paragraphs are reused by every entry, and each quote and evidence span is located by
 * searching its paragraph, so every `paragraph.slice(start, end)` is exactly the text it claims.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const headline = 'Synthetic wire report says “load testing continues” across the region';

const paragraphs = [
	'Officials described the exercise as “a routine test of every channel we have,” the coordinator said on Monday, adding that reporting would continue through the week.',
	'“We expect the volume of messages to keep rising,” the analyst said. Observers reportedly counted several hundred convoys moving supplies toward the border.',
	'The ministry may deliver additional radar units next year, according to a spokesperson who said the schedule “remains under review.”',
	'“Nothing about this is unusual for the season,” a second official added, while engineers could begin installing new components within months.',
	'Analysts assessed that dozens of transport helicopters were already in use, and a report said training for crews “has started in earnest.”',
];

type Located = {paragraph: number; start: number; end: number; text: string};

/** `paragraph` counts from 1 for body paragraphs; 0 is the headline. */
function locate(paragraph: number, text: string): Located {
	const source = paragraph === 0 ? headline : paragraphs[paragraph - 1]!;
	const start = source.indexOf(text);
	if (start < 0) throw new Error(`generate-large: "${text}" is not in paragraph ${paragraph}`);
	return {paragraph, start, end: start + text.length, text};
}

const quoteSpans: Array<{paragraph: number; text: string; cue: string; verb: string; kind: 'fragment' | 'statement'}> = [
	{paragraph: 0, text: 'load testing continues', cue: 'Synthetic wire report says', verb: 'says', kind: 'fragment'},
	{paragraph: 1, text: 'a routine test of every channel we have,', cue: 'the coordinator said', verb: 'said', kind: 'fragment'},
	{paragraph: 2, text: 'We expect the volume of messages to keep rising,', cue: 'the analyst said', verb: 'said', kind: 'statement'},
	{paragraph: 3, text: 'remains under review.', cue: 'a spokesperson who said', verb: 'said', kind: 'fragment'},
	{paragraph: 4, text: 'Nothing about this is unusual for the season,', cue: 'a second official added', verb: 'added', kind: 'statement'},
	{paragraph: 5, text: 'has started in earnest.', cue: 'a report said', verb: 'said', kind: 'fragment'},
];

const evidenceSpans = [
	{paragraph: 2, text: 'Observers reportedly counted several hundred convoys moving supplies toward the border.', hedges: ['reportedly'], category: 'other', system: 'supply convoys', status: 'in-use', likelihood: 'reported', quantity: 'several hundred'},
	{paragraph: 3, text: 'The ministry may deliver additional radar units next year', hedges: ['may'], category: 'air-defense', system: 'radar units', status: 'planned', likelihood: 'possible', quantity: undefined},
	{paragraph: 4, text: 'engineers could begin installing new components within months', hedges: ['could'], category: 'components', system: 'components', status: 'expected', likelihood: 'possible', quantity: undefined},
	{paragraph: 5, text: 'Analysts assessed that dozens of transport helicopters were already in use', hedges: [], category: 'helicopter', system: 'transport helicopters', status: 'in-use', likelihood: 'assessed', quantity: 'dozens'},
] as const;

const people = [
	{id: 'coordinator', name: 'The coordinator', kind: 'person', role: 'Exercise coordinator'},
	{id: 'analyst', name: 'The analyst', kind: 'person'},
	{id: 'ministry', name: 'Ministry spokesperson', kind: 'organization'},
	{id: 'wire', name: 'Wire service', kind: 'organization'},
] as const;

const countries = ['Northland', 'Southland', 'Eastmark', 'Westmark'];

export function largeBriefing(quoteCount = 10_000, itemCount = 10_000): unknown {
	const pad = (n: number) => String(n).padStart(5, '0');
	const quotes = Array.from({length: quoteCount}, (_, index) => {
		const span = quoteSpans[index % quoteSpans.length]!;
		return {
			id: `q-${pad(index)}`,
			...locate(span.paragraph, span.text),
			speaker: people[index % people.length]!.name,
			attribution: 'explicit',
			verb: span.verb,
			kind: span.kind,
			cue: locate(span.paragraph, span.cue),
		};
	});
	const inventory = Array.from({length: itemCount}, (_, index) => {
		const span = evidenceSpans[index % evidenceSpans.length]!;
		return {
			id: `item-${pad(index)}`,
			category: span.category,
			system: `${span.system} ${index + 1}`,
			supplier: {country: countries[index % countries.length]!, basis: 'stated'},
			recipient: {country: countries[(index + 1) % countries.length]!, basis: index % 3 === 0 ? 'inferred' : 'stated'},
			...(span.quantity === undefined ? {} : {quantity: {text: span.quantity}}),
			status: span.status,
			likelihood: span.likelihood,
			hedges: [...span.hedges],
			claimedBy: people[index % people.length]!.name,
			evidence: [locate(span.paragraph, span.text)],
		};
	});
	return {
		schemaVersion: 1,
		id: 'bench-large-briefing',
		source: {headline, publisher: 'Benchmark Wire', year: 2024, tags: ['Benchmark', 'Synthetic']},
		article: {paragraphs},
		summary: {
			lede: 'A synthetic briefing, large on purpose: the same five paragraphs quoted ten thousand times and ten thousand inventory rows drawn from them.',
			keyPoints: paragraphs.map((_, index) => ({id: `kp-${index + 1}`, text: `Key point about paragraph ${index + 1}.`, paragraphs: [index + 1]})),
		},
		people,
		quotes,
		inventory,
	};
}

/** Writes the briefing under os.tmpdir() and returns its path. */
export function writeLargeBriefing(quoteCount = 10_000, itemCount = 10_000): string {
	const directory = join(tmpdir(), 'sitrep-bench');
	mkdirSync(directory, {recursive: true});
	const path = join(directory, `large-${quoteCount}q-${itemCount}i.json`);
	writeFileSync(path, JSON.stringify(largeBriefing(quoteCount, itemCount)));
	return path;
}
