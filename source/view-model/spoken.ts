import type {Briefing, InventoryItem, Party, Quote} from '../briefing/schema.js';
import {activeKeymap, bindingsIn, LAYERS, type Command, type Layer} from '../keymap/keymap.js';
import type {KeyName} from '../keymap/keys.js';
import {activeLayer, PANE_TITLES, PANES, type Extents, type NavigationState, type PaneId, type SourceSpan} from '../navigation/state.js';
import {settle, type Extent} from '../navigation/window.js';
import {neutralize} from '../text/neutralize.js';
import {detailTitle} from './detail.js';
import {paragraphText} from '../briefing/paragraphs.js';
import {wrapText} from './styled.js';
import {summaryEntries, type SummaryEntry} from './summary.js';

/**
 * The screen-reader rendering in words: every pane, row and state as sentences, so nothing depends on a border,
 * a colour or a mark. Everything here is plain strings; the component only lays the lines out.
 */

/** Ends a sentence with a full stop unless it already ends with a mark of its own. */
export function sentence(text: string): string {
	const trimmed = text.trim();
	return trimmed === '' || /[.!?\u2026:]["\u201D\u2019)]?$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** "a", "a and b", "a, b and c". */
export function listWords(words: readonly string[]): string {
	if (words.length <= 1) return words.join('');
	return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

const quoted = (text: string): string => `“${neutralize(text)}”`;

export const paragraphName = (paragraph: number): string => (paragraph === 0 ? 'the headline' : `paragraph ${paragraph}`);

function paragraphsName(paragraphs: readonly number[]): string {
	return paragraphs.length === 1 ? `paragraph ${paragraphs[0]}` : `paragraphs ${listWords(paragraphs.map(String))}`;
}

// Keys as a person says them; a screen reader reads "↓" as "down arrow" at best and as nothing at worst.
const KEY_WORDS: Record<string, string> = {
	up: 'up arrow',
	down: 'down arrow',
	left: 'left arrow',
	right: 'right arrow',
	pageup: 'Page Up',
	pagedown: 'Page Down',
	home: 'Home',
	end: 'End',
	enter: 'Enter',
	escape: 'Escape',
	tab: 'Tab',
	'S-tab': 'Shift Tab',
	backspace: 'Backspace',
	' ': 'space',
	'?': 'question mark',
	'/': 'slash',
};

export function spokenKey(name: KeyName): string {
	const word = KEY_WORDS[name];
	if (word) return word;
	if (name.startsWith('C-')) return `Control ${name.slice(2)}`;
	if (/^[A-Z]$/.test(name)) return `capital ${name}`;
	return name;
}

/** Typed keys first (j before down arrow): they are what most people press, and the shorter thing to hear. */
const byTyping = (keys: readonly KeyName[]): KeyName[] =>
	[...keys].sort((a, b) => Number(a.length > 1 && a !== ' ') - Number(b.length > 1 && b !== ' ') || Number(a === ' ') - Number(b === ' '));

export const spokenKeys = (keys: readonly KeyName[]): string => byTyping(keys).map(spokenKey).join(' or ');

// Keyed by name rather than by Layer so a layer added to the keymap is still said, in the fallback words.
const LAYER_WORDS: Readonly<Record<string, string>> = {
	global: 'Everywhere',
	dashboard: 'In the dashboard',
	detail: 'In a detail view',
	source: 'In the source view',
	search: 'On the search line',
	help: 'In this help',
};

/** Help in sentences, generated from the keymap: the layer the user came from first, then the others. */
export function spokenHelp(current: Layer): string[] {
	const order = [current, ...LAYERS.filter(layer => layer !== current && layer !== 'help'), ...(current === 'help' ? [] : (['help'] as Layer[]))];
	const lines: string[] = [];
	for (const layer of order) {
		const bindings = activeKeymap().filter(binding => binding.layer === layer);
		if (bindings.length === 0) continue;
		lines.push(`${LAYER_WORDS[layer] ?? `In the ${layer} layer`}${layer === current ? ', where you are' : ''}:`);
		for (const binding of bindings) lines.push(`Key ${spokenKeys(binding.keys)}: ${sentence(binding.description)}`);
	}
	return lines;
}

/** The commands the status line names in each layer, in a word or two each. */
const STATUS: Readonly<Record<string, Array<[Command, string]>>> = {
	dashboard: [
		['move-down', 'next'],
		['move-up', 'previous'],
		['focus-next', 'next pane'],
		['open-detail', 'details'],
		['open-help', 'help'],
		['quit', 'quit'],
	],
	detail: [
		['move-down', 'next line'],
		['move-up', 'previous line'],
		['next-entry', 'next row'],
		['previous-entry', 'previous row'],
		['close', 'back'],
		['open-help', 'help'],
	],
	source: [
		['move-down', 'next line'],
		['move-up', 'previous line'],
		['next-span', 'next passage'],
		['previous-span', 'previous passage'],
		['close', 'back'],
		['open-help', 'help'],
	],
	help: [
		['move-down', 'next line'],
		['move-up', 'previous line'],
		['close', 'close'],
	],
};

/** "Keys: j next, k previous, …": one key for each of the layer's main commands, taken from the keymap. */
export function spokenStatus(layer: Layer): string {
	if (layer === 'global') return '';
	const own = bindingsIn(layer).filter(binding => binding.layer === layer);
	// A layer without its own list says the keys the dashboard's status bar hints at there.
	const chosen = STATUS[layer] ?? own.filter(binding => binding.hint).map((binding): [Command, string] => [binding.command, binding.hint!]);
	const parts = chosen.flatMap(([command, words]) => {
		const binding = own.find(each => each.command === command);
		const key = binding ? byTyping(binding.keys)[0] : undefined;
		return key === undefined ? [] : [`${spokenKey(key)} ${words}`];
	});
	return `Keys: ${parts.join(', ')}.`;
}

const ATTRIBUTION_WORDS: Record<Quote['attribution'], string> = {
	explicit: 'named in the text',
	pronoun: 'through a pronoun',
	inferred: 'inferred from context',
};

const partyWords = (party: Party): string => (party.basis === 'inferred' ? `${neutralize(party.country)} (implied)` : neutralize(party.country));
const statusWords = (status: InventoryItem['status']): string => status.replace(/-/g, ' ');

/** "Quote 3 of 8, John Kirby, attribution explicit (named in the text), statement, paragraph 4: “…”". */
export function spokenQuote(briefing: Briefing, index: number): string {
	const quote = briefing.quotes[index];
	if (!quote) return '';
	return (
		`Quote ${index + 1} of ${briefing.quotes.length}, ${neutralize(quote.speaker)}, ` +
		`attribution ${quote.attribution} (${ATTRIBUTION_WORDS[quote.attribution]}), ${quote.kind}, ${paragraphName(quote.paragraph)}: ${quoted(quote.text)}`
	);
}

/** "Item 2 of 11: ballistic missiles. Supplier Iran, recipient Russia. Quantity hundreds. …". */
export function spokenItem(briefing: Briefing, index: number): string {
	const item = briefing.inventory[index];
	if (!item) return '';
	const hedges = item.hedges.length > 0 ? `, hedges: ${item.hedges.map(neutralize).join(', ')}` : '';
	return [
		`Item ${index + 1} of ${briefing.inventory.length}: ${sentence(neutralize(item.system))}`,
		`Supplier ${partyWords(item.supplier)}, recipient ${partyWords(item.recipient)}.`,
		item.quantity ? `Quantity ${sentence(neutralize(item.quantity.text))}` : 'Quantity not given.',
		`Status ${statusWords(item.status)}.`,
		`Likelihood ${item.likelihood}${hedges}.`,
		`Claimed by ${sentence(neutralize(item.claimedBy))}`,
	].join(' ');
}

/** A Summary entry in words, without its position (the caller adds "Item 2 of 10"). */
function summaryWords(briefing: Briefing, entry: SummaryEntry): string {
	const {source, summary} = briefing;
	switch (entry.kind) {
		case 'source': {
			const facts = [neutralize(source.publisher), source.year?.toString()].filter(Boolean).join(', ');
			const tags = source.tags.length > 0 ? ` Tags: ${sentence(source.tags.map(neutralize).join(', '))}` : '';
			return `Source: ${sentence(neutralize(source.headline))} ${sentence(facts)}${tags}`;
		}
		case 'photo': {
			const photo = source.photo!;
			return `Photo: ${sentence(neutralize(photo.caption))}${photo.credit ? ` Credit: ${sentence(neutralize(photo.credit))}` : ''}`;
		}
		case 'lede':
			return `Lede: ${neutralize(summary.lede)}`;
		case 'key-point': {
			const point = summary.keyPoints[entry.index]!;
			return `Key point ${entry.index + 1} of ${summary.keyPoints.length}, from ${paragraphsName(point.paragraphs)}: ${neutralize(point.text)}`;
		}
	}
}

export function spokenSummaryRow(briefing: Briefing, entries: readonly SummaryEntry[], index: number): string {
	const entry = entries[index];
	return entry ? `Item ${index + 1} of ${entries.length}: ${summaryWords(briefing, entry)}` : '';
}

/** The Source pane's rows: the headline, each body paragraph, then the photo caption. */
export function sourceRowCount(briefing: Briefing): number {
	return 1 + briefing.article.paragraphs.length + (briefing.source.photo ? 1 : 0);
}

export function spokenSourceRow(briefing: Briefing, index: number): string {
	const paragraphs = briefing.article.paragraphs.length;
	if (index === 0) return `Headline: ${neutralize(briefing.source.headline)}`;
	if (index <= paragraphs) return `Paragraph ${index} of ${paragraphs}: ${neutralize(briefing.article.paragraphs[index - 1] ?? '')}`;
	const photo = briefing.source.photo;
	if (!photo || index > paragraphs + 1) return '';
	return `Photo caption: ${sentence(neutralize(photo.caption))}${photo.credit ? ` Credit: ${sentence(neutralize(photo.credit))}` : ''}`;
}

/** What the rows of a pane are called in its heading. */
const ROW_NOUN: Record<PaneId, [string, string]> = {
	summary: ['Item', 'items'],
	quotes: ['Quote', 'quotations'],
	inventory: ['Item', 'items'],
	source: ['Part', 'parts'],
};

export function rowCount(briefing: Briefing, pane: PaneId, summary: readonly SummaryEntry[]): number {
	switch (pane) {
		case 'summary':
			return summary.length;
		case 'quotes':
			return briefing.quotes.length;
		case 'inventory':
			return briefing.inventory.length;
		case 'source':
			return sourceRowCount(briefing);
	}
}

export function spokenRow(briefing: Briefing, pane: PaneId, index: number, summary: readonly SummaryEntry[]): string {
	switch (pane) {
		case 'summary':
			return spokenSummaryRow(briefing, summary, index);
		case 'quotes':
			return spokenQuote(briefing, index);
		case 'inventory':
			return spokenItem(briefing, index);
		case 'source':
			return spokenSourceRow(briefing, index);
	}
}

/** "Summary pane, 1 of 4 panes. Item 2 of 10." */
export function spokenPaneHeading(pane: PaneId, selected: number, count: number): string {
	const [noun, plural] = ROW_NOUN[pane];
	const where = `${PANE_TITLES[pane]} pane, ${PANES.indexOf(pane) + 1} of ${PANES.length} panes.`;
	return count === 0 ? `${where} No ${plural}.` : `${where} ${noun} ${selected + 1} of ${count}.`;
}

const LIKELIHOOD_WORDS: Record<InventoryItem['likelihood'], string> = {
	stated: 'stated as fact',
	assessed: 'an assessment by officials or intelligence',
	possible: 'a possibility, not a fact',
	reported: 'reported, not confirmed',
};

function inFull(briefing: Briefing, paragraph: number): string[] {
	const text = paragraphText(briefing, paragraph);
	if (text === undefined) return [];
	return [`${paragraph === 0 ? 'The headline' : `Paragraph ${paragraph}`}, in full: ${neutralize(text)}`];
}

function quoteDetail(briefing: Briefing, index: number): string[] {
	const quote = briefing.quotes[index];
	if (!quote) return [];
	const role = briefing.people.find(person => person.name === quote.speaker)?.role;
	const previous = quote.continues ? briefing.quotes.find(other => other.id === quote.continues) : undefined;
	const next = briefing.quotes.find(other => other.continues === quote.id);
	return [
		`Quotation: ${quoted(quote.text)}`,
		`Speaker: ${sentence(neutralize(quote.speaker) + (role ? `, ${neutralize(role)}` : ''))}`,
		`Attribution: ${sentence(`${ATTRIBUTION_WORDS[quote.attribution]}${quote.cue ? `, in the words ${quoted(quote.cue.text)}` : ''}`)}`,
		...(quote.verb ? [`Verb: ${sentence(neutralize(quote.verb))}`] : []),
		`Kind: ${quote.kind === 'fragment' ? 'fragment, quoted inside a sentence.' : 'full statement.'}`,
		...(previous ? [`Continues: ${quoted(previous.text)}`] : []),
		...(next ? [`Continued by: ${quoted(next.text)}`] : []),
		...inFull(briefing, quote.paragraph),
	];
}

function itemDetail(briefing: Briefing, index: number): string[] {
	const item = briefing.inventory[index];
	if (!item) return [];
	const party = (label: string, value: Party): string =>
		`${label}: ${neutralize(value.country)}, ${value.basis === 'inferred' ? 'implied by the text, not named.' : 'named in the text.'}`;
	const evidence = item.evidence.map((span, at) => `Evidence ${at + 1} of ${item.evidence.length}, ${paragraphName(span.paragraph)}: ${quoted(span.text)}`);
	const paragraphs = [...new Set(item.evidence.map(span => span.paragraph))];
	return [
		`${neutralize(item.system)}, category ${item.category.replace(/-/g, ' ')}.`,
		party('Supplier', item.supplier),
		party('Recipient', item.recipient),
		`Quantity: ${item.quantity ? sentence(neutralize(item.quantity.text)) : 'not given in the text.'}`,
		`Status: ${statusWords(item.status)}.`,
		`Likelihood: ${item.likelihood}, ${LIKELIHOOD_WORDS[item.likelihood]}.`,
		...(item.hedges.length > 0 ? [`Hedges: ${item.hedges.map(quoted).join(', ')}.`] : ['Hedges: none.']),
		`Claimed by: ${sentence(neutralize(item.claimedBy))}`,
		...evidence,
		...paragraphs.flatMap(paragraph => inFull(briefing, paragraph)),
	];
}

function summaryDetail(briefing: Briefing, entry: SummaryEntry | undefined): string[] {
	if (!entry) return [];
	const {source, summary} = briefing;
	switch (entry.kind) {
		case 'source':
			return [
				`Headline: ${sentence(neutralize(source.headline))}`,
				`Publisher: ${sentence(neutralize(source.publisher))}`,
				`Year: ${source.year ? `${source.year}.` : 'not given in the text.'}`,
				'Date: not given in the text.',
				...(source.url ? [`Link: ${neutralize(source.url)}`] : []),
				`Tags: ${source.tags.length > 0 ? sentence(source.tags.map(neutralize).join(', ')) : 'none.'}`,
				`Paragraphs: ${briefing.article.paragraphs.length}.`,
				`Quotations: ${briefing.quotes.length}.`,
				`Inventory: ${briefing.inventory.length} items.`,
			];
		case 'photo': {
			const photo = source.photo!;
			return [
				`Photo caption: ${sentence(neutralize(photo.caption))}`,
				...(photo.credit ? [`Credit: ${sentence(neutralize(photo.credit))}`] : []),
				'A date in the caption is the photo’s, not the article’s.',
			];
		}
		case 'lede':
			return [`Lede: ${neutralize(summary.lede)}`];
		case 'key-point': {
			const point = summary.keyPoints[entry.index]!;
			return [
				`Key point ${entry.index + 1} of ${summary.keyPoints.length}: ${neutralize(point.text)}`,
				...point.paragraphs.flatMap(paragraph => {
					const text = paragraphText(briefing, paragraph);
					return text === undefined ? [] : [`Rests on paragraph ${paragraph}: ${neutralize(text)}`];
				}),
			];
		}
	}
}

function sourceDetail(briefing: Briefing, index: number): string[] {
	const paragraphs = briefing.article.paragraphs.length;
	if (index > paragraphs) return [spokenSourceRow(briefing, index)].filter(Boolean);
	const quotes = briefing.quotes.filter(quote => quote.paragraph === index);
	const items = briefing.inventory.filter(item => item.evidence.some(span => span.paragraph === index));
	return [
		spokenSourceRow(briefing, index),
		quotes.length === 0 ? 'No quotations here.' : `Quotations here: ${quotes.length}.`,
		...quotes.map(quote => `${neutralize(quote.speaker)}: ${quoted(quote.text)}`),
		items.length === 0 ? 'No inventory rests on it.' : `Inventory resting on it: ${items.length} ${items.length === 1 ? 'item' : 'items'}.`,
		...items.map(item => sentence(neutralize(item.system))),
	];
}

/** The detail of a pane's row, one field or passage a line, all of it in words. */
export function spokenDetail(briefing: Briefing, pane: PaneId, index: number, summary: readonly SummaryEntry[]): string[] {
	switch (pane) {
		case 'quotes':
			return quoteDetail(briefing, index);
		case 'inventory':
			return itemDetail(briefing, index);
		case 'summary':
			return summaryDetail(briefing, summary[index]);
		case 'source':
			return sourceDetail(briefing, index);
	}
}

/**
 * The article with the passages behind a claim said before the paragraph that holds them, so the reader hears the
 * words and then their context. `anchors` is the line of each passage.
 */
export function spokenSource(briefing: Briefing, spans: readonly SourceSpan[], current: number): {paragraphs: string[][]; anchors: number[]} {
	const paragraphs: string[][] = [];
	const anchors = spans.map(() => 0);
	const texts = [briefing.source.headline, ...briefing.article.paragraphs];
	let line = 0;
	for (const [paragraph, text] of texts.entries()) {
		const lines: string[] = [];
		for (const [index, span] of spans.entries()) {
			if (span.paragraph !== paragraph || span.end <= span.start || span.end > text.length) continue;
			anchors[index] = line + lines.length;
			const which = spans.length > 1 ? ` ${index + 1} of ${spans.length}` : '';
			lines.push(`Marked passage${which}${index === current ? ', the current one' : ''}, in ${paragraphName(paragraph)}: ${quoted(text.slice(span.start, span.end))}`);
		}
		lines.push(paragraph === 0 ? `Headline: ${neutralize(text)}` : `Paragraph ${paragraph}: ${neutralize(text)}`);
		paragraphs.push(lines);
		line += lines.length;
	}
	return {paragraphs, anchors};
}

export type SpokenFrame = {
	lines: string[];
	/** What the navigation reducer needs to move through this frame: the rows of each pane, the overlay's lines. */
	extents: Extents;
};

const wrapAll = (texts: readonly string[], width: number): string[] => texts.flatMap(text => wrapText(text, width));

/** The wrapped lines of one overlay, and where an automatic scroll stands. */
/** A search as the frame says it: what was typed and how many rows it finds. */
export type SpokenSearch = {query: string; found: number};

function overlayLines(
	briefing: Briefing,
	state: NavigationState,
	summary: readonly SummaryEntry[],
	width: number,
	search: SpokenSearch | undefined,
): {title: string; lines: string[]; anchor?: number} | undefined {
	const top = state.overlays.at(-1);
	if (!top) return undefined;
	if (top.kind === 'detail') {
		const index = state.cursors[top.pane].selected;
		return {
			title: `Detail of ${detailTitle(briefing, top.pane, index, summary).replace(/^[A-Z]/, letter => letter.toLowerCase())}.`,
			lines: wrapAll(spokenDetail(briefing, top.pane, index, summary), width),
		};
	}
	if (top.kind === 'help') {
		const below = state.overlays.at(-2);
		return {title: 'Help: every key, in words.', lines: wrapAll(spokenHelp(below ? below.kind : 'dashboard'), width)};
	}
	if (top.kind === 'source') {
		const {paragraphs, anchors} = spokenSource(briefing, top.spans, top.span);
		const lines: string[] = [];
		const starts: number[] = [];
		// Each passage's line number after wrapping: count the wrapped lines before it.
		const flat = paragraphs.flat();
		for (const text of flat) {
			starts.push(lines.length);
			lines.push(...wrapText(text, width));
		}
		const span = top.spans[top.span];
		const count = top.spans.length > 1 ? `, passage ${top.span + 1} of ${top.spans.length}` : '';
		return {title: `Source view${count}, in ${paragraphName(span?.paragraph ?? 0)}.`, lines, anchor: starts[anchors[top.span] ?? 0] ?? 0};
	}
	// Any other layer takes typed text (the search line): say what has been typed and what it finds.
	const query = search?.query ?? '';
	const found = search?.found ?? 0;
	return {
		title: `Search line. Type words to find.`,
		lines: wrapAll(
			[query === '' ? 'Nothing typed yet.' : `Typed: ${neutralize(query)}`, query === '' ? '' : found === 0 ? 'No rows match.' : `${found} ${found === 1 ? 'row matches' : 'rows match'}.`].filter(Boolean),
			width,
		),
	};
}

/**
 * One whole screen in words for a terminal of `columns` x `rows`: a heading, the selected row and as many of the
 * following rows as fit (or an overlay's lines), a line saying what is not shown, and the keys. Every line fits the
 * width and the frame is one line shorter than the terminal, as the dashboard's is.
 */
export function spokenFrame(briefing: Briefing, state: NavigationState, size: {columns: number; rows: number}, notice?: string, search?: SpokenSearch): SpokenFrame {
	const width = Math.max(1, size.columns);
	const budget = Math.max(1, size.rows - 1);
	const summary = summaryEntries(briefing, 1_000);
	const layer = activeLayer(state);
	const status = wrapText(spokenStatus(layer), width);
	const overlay = overlayLines(briefing, state, summary, width, search);
	const noticeLines = notice ? wrapText(notice, width) : [];
	if (!overlay && search && search.query !== '') {
		const found = search.found === 0 ? 'no rows match' : `${search.found} ${search.found === 1 ? 'row matches' : 'rows match'}`;
		noticeLines.unshift(...wrapText(`Search for ${quoted(search.query)}: ${found}.`, width));
	}

	const rowLines: Record<PaneId, string[][]> = {summary: [], quotes: [], inventory: [], source: []};
	for (const pane of PANES) {
		const count = rowCount(briefing, pane, summary);
		for (let index = 0; index < count; index++) rowLines[pane].push(wrapText(spokenRow(briefing, pane, index, summary), width));
	}

	let heading: string[];
	let body: string[];
	let overlayExtent: Extent = {count: 0, available: 1};
	// The heading must be known before the body's room is; its words never depend on that room.
	const focus = state.focus;
	const focusCount = rowLines[focus].length;
	const paneExtentOf = (pane: PaneId, available: number): Extent => ({
		count: rowLines[pane].length,
		available,
		heightOf: index => rowLines[pane][index]?.length ?? 1,
	});
	const paneRoom = (lines: number) => Math.max(1, budget - lines - status.length - noticeLines.length);

	if (overlay) {
		heading = wrapText(overlay.title, width);
		const top = state.overlays.at(-1)!;
		// One line is kept for saying where in the text the view stands.
		const room = Math.max(1, budget - heading.length - status.length - noticeLines.length - 1);
		overlayExtent = {count: overlay.lines.length, available: room, ...(overlay.anchor === undefined ? {} : {anchor: overlay.anchor})};
		const max = Math.max(0, overlay.lines.length - room);
		const scroll = Math.min(top.scroll < 0 ? (overlay.anchor ?? 0) : top.scroll, max);
		const shown = overlay.lines.slice(scroll, scroll + room);
		const last = scroll + shown.length;
		const where =
			overlay.lines.length === 0
				? 'Nothing to show.'
				: `Lines ${scroll + 1} to ${last} of ${overlay.lines.length}.${last < overlay.lines.length ? ` ${overlay.lines.length - last} more below.` : ' End.'}`;
		body = [...shown, ...wrapText(where, width)];
	} else {
		const selected = settle(state.cursors[focus], paneExtentOf(focus, paneRoom(1))).selected;
		heading = wrapText(spokenPaneHeading(focus, selected, focusCount), width);
		const room = paneRoom(heading.length);
		body = [];
		if (focusCount > 0) {
			const first = wrapText(`Selected: ${spokenRow(briefing, focus, selected, summary)}`, width);
			if (first.length > room) {
				const kept = first.slice(0, Math.max(1, room - 1));
				body.push(...kept, ...wrapText('This row goes on: press Enter to hear it all.', width).slice(0, Math.max(0, room - kept.length)));
			} else {
				body.push(...first);
				let next = selected + 1;
				while (next < focusCount) {
					const lines = rowLines[focus][next]!;
					const reserve = next + 1 < focusCount ? 1 : 0;
					if (body.length + lines.length + reserve > room) break;
					body.push(...lines);
					next++;
				}
				const more = focusCount - next;
				if (more > 0) {
					const words = wrapText(`${more} more below.`, width);
					if (body.length + words.length <= room) body.push(...words);
				}
			}
		}
	}

	const paneAvailable = paneRoom(overlay ? 1 : heading.length);
	const panes = {} as Record<PaneId, Extent>;
	for (const pane of PANES) panes[pane] = paneExtentOf(pane, paneAvailable);
	const lines = [...heading, ...body, ...noticeLines, ...status];
	// A terminal too small for the heading, a line of text and the keys still gets no more lines than it has; the
	// keys are dropped before the heading, which says where the reader is.
	return {lines: lines.length > budget ? [...heading, ...body, ...noticeLines].slice(0, budget) : lines, extents: {panes, overlay: overlayExtent}};
}
