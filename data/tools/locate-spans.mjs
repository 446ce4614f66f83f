#!/usr/bin/env node
// Recomputes `start`/`end` of every quote, cue and evidence span in a briefing from its `text`, so offsets
// are never typed by hand. Offsets are JS string (UTF-16) indexes, the same ones `String#slice` uses.
//
//   node data/tools/locate-spans.mjs data/briefings/<id>.json           report stale offsets, exit 1 if any
//   node data/tools/locate-spans.mjs data/briefings/<id>.json --write   rewrite the file with fresh offsets
//
// A text that occurs more than once in its paragraph is ambiguous; the current `start` then picks the
// occurrence, and the tool refuses to guess if it matches none.
import {readFileSync, writeFileSync} from 'node:fs';

const [file, flag] = process.argv.slice(2);
if (!file) {
	console.error('usage: locate-spans.mjs <briefing.json> [--write]');
	process.exit(2);
}

const briefing = JSON.parse(readFileSync(file, 'utf8'));
const paragraphs = [briefing.source.headline, ...briefing.article.paragraphs];
const problems = [];
let stale = 0;

function occurrences(haystack, needle) {
	const found = [];
	for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
	return found;
}

function locate(span, label) {
	const paragraph = paragraphs[span.paragraph];
	if (paragraph === undefined) {
		problems.push(`${label}: no paragraph ${span.paragraph}`);
		return;
	}
	const found = occurrences(paragraph, span.text);
	let start;
	if (found.length === 1) start = found[0];
	else if (found.includes(span.start)) start = span.start;
	else {
		problems.push(`${label}: ${JSON.stringify(span.text)} occurs ${found.length} times in paragraph ${span.paragraph}`);
		return;
	}
	const end = start + span.text.length;
	if (span.start !== start || span.end !== end) {
		stale++;
		console.log(`${label}: [${span.start}, ${span.end}) -> [${start}, ${end})`);
	}
	span.start = start;
	span.end = end;
}

for (const quote of briefing.quotes) {
	locate(quote, `quote ${quote.id}`);
	if (quote.cue) locate(quote.cue, `cue of ${quote.id}`);
}
for (const item of briefing.inventory) {
	item.evidence.forEach((span, i) => locate(span, `evidence ${i} of ${item.id}`));
}

if (problems.length > 0) {
	console.error(problems.join('\n'));
	process.exit(1);
}
if (flag === '--write') {
	writeFileSync(file, JSON.stringify(briefing, null, '\t') + '\n');
	console.log(`${stale} span(s) updated in ${file}`);
} else if (stale > 0) {
	process.exit(1);
}
