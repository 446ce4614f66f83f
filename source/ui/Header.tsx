import {Box, Text} from 'ink';
import {memo} from 'react';
import type {Briefing} from '../briefing/schema.js';
import {BADGE, headerText} from '../view-model/header.js';
import {useLook} from './ThemeContext.js';

type Props = {briefing: Briefing; width: number; lines: number};

/** The headline and where it comes from, on every screen. */
export const Header = memo(function Header({briefing, width, lines}: Props) {
	const {theme} = useLook();
	const {headline, facts} = headerText(briefing, width);
	return (
		<Box flexDirection="column" width={width}>
			<Text wrap="truncate-end">
				<Text inverse bold color={theme.focus}>
					{BADGE}
				</Text>
				<Text bold>{headline}</Text>
			</Text>
			{lines > 1 && (
				<Text wrap="truncate-end" dimColor>
					{facts}
				</Text>
			)}
		</Box>
	);
});
