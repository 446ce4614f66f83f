import {Text} from 'ink';
import type {Layer} from '../keymap/keymap.js';
import {statusBarText, type SearchStatus, type StatusBarText} from '../view-model/status-bar.js';
import {BOLD, DIM, styleText} from './run-text.js';

type Props = {layer: Layer; width: number; where: string; notice?: string | undefined; search?: SearchStatus | undefined};

const KEY_CAP = {bold: true, inverse: true} as const;

/**
 * The status bar: key hints, or a notice, or the search, with where the user is on the right. Whichever it shows, one
 * string with its styles written in (source/ui/run-text.ts), not an Ink text per hint: the bar is drawn again on
 * every key that moves, and as texts its hints were 69 of the first frame's React fibers.
 */
export function StatusBar({layer, width, where, notice, search}: Props) {
	return <Text wrap="truncate-end">{styledBar(statusBarText(layer, width, where, notice, search))}</Text>;
}

function styledBar(bar: StatusBarText): string {
	if (bar.kind === 'notice') return styleText(bar.text, BOLD);
	const left = bar.kind === 'search' ? styleText(bar.query, BOLD) : bar.lead + bar.hints.map(hint => styleText(hint.keys, KEY_CAP) + hint.words).join('');
	return left + bar.gap + styleText(bar.right, DIM);
}
