import type {Briefing} from './schema.js';

/** The text of paragraph `n` of the article: 0 is the headline, body paragraphs count from 1. */
export function paragraphText(briefing: Briefing, paragraph: number): string | undefined {
	return paragraph === 0 ? briefing.source.headline : briefing.article.paragraphs[paragraph - 1];
}
