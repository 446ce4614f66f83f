import type {Briefing} from '../briefing/schema.js';
import {formatJson} from './json.js';
import {formatMarkdown} from './markdown.js';
import {formatText} from './text.js';

export const FORMAT_NAMES = ['text', 'markdown', 'json'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export function isFormatName(name: string): name is FormatName {
	return (FORMAT_NAMES as readonly string[]).includes(name);
}

/** Renders a briefing in one of the printable formats; only `text` uses the width. */
export function formatBriefing(briefing: Briefing, format: FormatName, width: number): string {
	switch (format) {
		case 'text': {
			return formatText(briefing, {width});
		}

		case 'markdown': {
			return formatMarkdown(briefing);
		}

		case 'json': {
			return formatJson(briefing);
		}
	}
}
