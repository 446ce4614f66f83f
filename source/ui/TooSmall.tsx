import {Box, Text} from 'ink';
import {MINIMUM} from '../view-model/layout.js';

/** Below the true minimum, a short request instead of a garbled dashboard; it recovers on resize. */
export function TooSmall({columns, rows}: {columns: number; rows: number}) {
	return (
		<Box flexDirection="column" width={columns}>
			<Text wrap="truncate-end" bold>
				Enlarge the terminal
			</Text>
			<Text wrap="truncate-end">{`${columns}x${rows}, need ${MINIMUM.columns}x${MINIMUM.rows}`}</Text>
			<Text wrap="truncate-end" dimColor>
				q quits
			</Text>
		</Box>
	);
}
