import {Text} from 'ink';
import type {Layer} from '../keymap/keymap.js';
import {statusBarText, type SearchStatus} from '../view-model/status-bar.js';
import {BOLD, DIM, styleText} from './run-text.js';

type Props = {layer: Layer; width: number; where: string; notice?: string | undefined; search?: SearchStatus | undefined};

const KEY_CAP = {bold: true, inverse: true} as const;

/**
 * The status bar: key hints, or a notice, or the search, with where the user is on the right. One string with its
 * styles written in (source/ui/run-text.ts), not an Ink text per hint: the bar is drawn again on every key that
 * moves, and as texts its hints were 69 of the first frame's React fibers.
 */
export function StatusBar({layer, width, where, notice, search}: Props) {
	const bar = statusBarText(layer, width, where, notice, search);
	if (bar.kind === 'notice') {
		return (
			<Text wrap="truncate-end" bold>
				{bar.text}
			</Text>
		);
	}

	const left = bar.kind === 'search' ? styleText(bar.query, BOLD) : bar.lead + bar.hints.map(hint => styleText(hint.keys, KEY_CAP) + hint.words).join('');
	return <Text wrap="truncate-end">{left + bar.gap + styleText(bar.right, DIM)}</Text>;
}
