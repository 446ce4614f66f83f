import {describeValue, echo, formatPath, type Problem} from './errors.js';
import type {Briefing} from './schema.js';

/** Paragraph 0 is the headline; paragraph n is the article's n-th body paragraph. */
export function paragraphText(briefing: Briefing, paragraph: number): string | undefined {
	return paragraph === 0 ? briefing.source.headline : briefing.article.paragraphs[paragraph - 1];
}

type Path = ReadonlyArray<string | number>;
type Located = {paragraph: number; start: number; end: number; text: string};

const at = (path: Path, ...rest: Array<string | number>): string => formatPath([...path, ...rest]);

/** Short enough that both the source text and the claimed text fit on the one-line message. */
const SNIPPET = 40;

function checkLocation(briefing: Briefing, span: Located, path: Path, what: string, noun: string): Problem | undefined {
	const paragraph = paragraphText(briefing, span.paragraph);
	if (paragraph === undefined) {
		return {
			where: at(path, 'paragraph'),
			problem: `paragraph ${span.paragraph} does not exist`,
			remedy: `the article has paragraphs 0 (the headline) to ${briefing.article.paragraphs.length}`,
		};
	}

	if (span.end <= span.start) {
		return {where: at(path, 'end'), problem: `end ${span.end} is not after start ${span.start}`, remedy: 'end must be greater than start'};
	}

	if (span.end > paragraph.length) {
		return {
			where: at(path, 'end'),
			problem: `end ${span.end} is past the end of paragraph ${span.paragraph}`,
			remedy: `that paragraph has ${paragraph.length} characters`,
		};
	}

	const actual = paragraph.slice(span.start, span.end);
	if (actual === span.text) return undefined;
	return {
		where: at(path, 'text'),
		problem: `${what} is not in the source: paragraph ${span.paragraph} [${span.start},${span.end}) reads '${echo(actual, SNIPPET)}', the ${noun} says '${echo(span.text, SNIPPET)}'`,
		remedy: 'copy the text from the paragraph or correct start and end',
	};
}

function listNames(names: readonly string[]): string {
	if (names.length === 0) return 'people is empty';
	const shown = names.slice(0, 4).map(name => `"${echo(name, 30)}"`);
	return `use a name listed in people: ${shown.join(', ')}${names.length > shown.length ? ', …' : ''}`;
}

function* checkIds(briefing: Briefing): Generator<Problem> {
	const seen = new Map<string, string>();
	const entries: Array<[Path, string]> = [
		...briefing.people.map((person, index): [Path, string] => [['people', index], person.id]),
		...briefing.quotes.map((quote, index): [Path, string] => [['quotes', index], quote.id]),
		...briefing.inventory.map((item, index): [Path, string] => [['inventory', index], item.id]),
		...briefing.summary.keyPoints.map((point, index): [Path, string] => [['summary', 'keyPoints', index], point.id]),
	];
	for (const [path, id] of entries) {
		const where = at(path, 'id');
		const first = seen.get(id);
		if (first === undefined) seen.set(id, where);
		else yield {where, problem: `duplicate id ${describeValue(id)}, already used at ${first}`, remedy: 'every id must be unique'};
	}
}

function* checkQuotes(briefing: Briefing, names: ReadonlySet<string>): Generator<Problem> {
	const quoteIds = new Set(briefing.quotes.map(quote => quote.id));
	for (const [index, quote] of briefing.quotes.entries()) {
		const path = ['quotes', index];
		if (!names.has(quote.speaker)) {
			yield {where: at(path, 'speaker'), problem: `speaker ${describeValue(quote.speaker)} is not in people`, remedy: listNames([...names])};
		}

		if (quote.continues !== undefined && (!quoteIds.has(quote.continues) || quote.continues === quote.id)) {
			yield {
				where: at(path, 'continues'),
				problem: `${describeValue(quote.continues)} is not the id of another quote`,
				remedy: 'continues must name an earlier part of the same statement',
			};
		}

		const located = checkLocation(briefing, quote, path, 'quote text', 'quote');
		if (located) yield located;
		if (quote.cue) {
			const cue = checkLocation(briefing, quote.cue, [...path, 'cue'], 'attribution cue', 'cue');
			if (cue) yield cue;
		}
	}
}

function* checkInventory(briefing: Briefing, names: ReadonlySet<string>): Generator<Problem> {
	for (const [index, item] of briefing.inventory.entries()) {
		const path = ['inventory', index];
		if (!names.has(item.claimedBy)) {
			yield {where: at(path, 'claimedBy'), problem: `${describeValue(item.claimedBy)} is not in people`, remedy: listNames([...names])};
		}

		for (const [spanIndex, span] of item.evidence.entries()) {
			const problem = checkLocation(briefing, span, [...path, 'evidence', spanIndex], 'evidence span', 'span');
			if (problem) yield problem;
		}

		for (const [hedgeIndex, hedge] of item.hedges.entries()) {
			if (!item.evidence.some(span => span.text.includes(hedge))) {
				yield {
					where: at(path, 'hedges', hedgeIndex),
					problem: `hedge ${describeValue(hedge)} does not occur in the item's evidence`,
					remedy: 'hedges must be words exactly as they stand in an evidence span',
				};
			}
		}
	}
}

function* checkKeyPoints(briefing: Briefing): Generator<Problem> {
	const count = briefing.article.paragraphs.length;
	for (const [index, point] of briefing.summary.keyPoints.entries()) {
		for (const [refIndex, paragraph] of point.paragraphs.entries()) {
			if (paragraph > count) {
				yield {
					where: at(['summary', 'keyPoints', index, 'paragraphs', refIndex]),
					problem: `paragraph ${paragraph} does not exist`,
					remedy: `the article has body paragraphs 1 to ${count}`,
				};
			}
		}
	}
}

/**
 * The rules a schema cannot express: cross-references between parts of the document, and that every quotation and
 * span really is the article's own text at the place it claims. Returns the problems in document order.
 */
export function checkBriefing(briefing: Briefing): Problem[] {
	const names = new Set(briefing.people.map(person => person.name));
	return [
		...checkIds(briefing),
		...checkKeyPoints(briefing),
		...checkQuotes(briefing, names),
		...checkInventory(briefing, names),
	];
}
