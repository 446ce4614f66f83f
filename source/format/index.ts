import type {Briefing} from '../briefing/schema.js';
import {formatJson} from './json.js';
import {formatMarkdown} from './markdown.js';
import {formatText} from './text.js';

export const FORMAT_NAMES = ['text', 'markdown', 'json'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export function isFormatName(name: string): name is FormatName {
	return (FORMAT_NAMES as readonly string[]).includes(name);
}

/** The parts of a briefing that `--only` can print on their own, in the order they are printed. */
export const SECTION_NAMES = ['summary', 'quotes', 'inventory'] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

export function isSectionName(name: string): name is SectionName {
	return (SECTION_NAMES as readonly string[]).includes(name);
}

/**
 * Renders a briefing in one of the printable formats; only `text` uses the width. `sections` picks what text and
 * Markdown print (all when undefined); JSON is always the whole document, so that it can be loaded again.
 */
export function formatBriefing(briefing: Briefing, format: FormatName, width: number, sections?: readonly SectionName[]): string {
	switch (format) {
		case 'text': {
			return formatText(briefing, {width, sections});
		}

		case 'markdown': {
			return formatMarkdown(briefing, {sections});
		}

		case 'json': {
			return formatJson(briefing);
		}
	}
}
