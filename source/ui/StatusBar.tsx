import {Text} from 'ink';
import stringWidth from 'string-width';
import {truncateToWidth} from '../text/cells.js';
import type {Layer} from '../keymap/keymap.js';
import {hintsFor} from '../view-model/help.js';

type Props = {layer: Layer; width: number; where: string; notice?: string | undefined};

/** Key hints for the layer in use, from the keymap, and where the user is on the right. */
export function StatusBar({layer, width, where, notice}: Props) {
	const hints = hintsFor(layer);
	if (notice !== undefined) {
		const room = Math.max(0, width - 2);
		return (
			<Text wrap="truncate-end" bold>
				{` ${truncateToWidth(notice, room)}`}
			</Text>
		);
	}
	const right = ` ${where} `;
	const room = Math.max(0, width - stringWidth(right) - 1);
	const parts: Array<{keys: string; hint: string}> = [];
	let used = 1;
	for (const hint of hints) {
		const size = stringWidth(hint.keys) + 1 + stringWidth(hint.hint) + 2;
		if (used + size > room) break;
		parts.push(hint);
		used += size;
	}
	return (
		<Text wrap="truncate-end">
			{' '}
			{parts.map(part => (
				<Text key={part.keys + part.hint}>
					<Text bold inverse>
						{part.keys}
					</Text>
					<Text> {part.hint}  </Text>
				</Text>
			))}
			{' '.repeat(Math.max(0, width - used - stringWidth(right)))}
			<Text dimColor>{right}</Text>
		</Text>
	);
}
