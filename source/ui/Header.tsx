import {Box, Text} from 'ink';
import {memo} from 'react';
import type {Briefing} from '../briefing/schema.js';
import {neutralize} from '../text/neutralize.js';
import {useLook} from './ThemeContext.js';

type Props = {briefing: Briefing; width: number; lines: number};

/** The headline and where it comes from, on every screen. */
export const Header = memo(function Header({briefing, width, lines}: Props) {
	const {theme} = useLook();
	const {source} = briefing;
	const facts = [
		neutralize(source.publisher),
		source.year === undefined ? undefined : String(source.year),
		`${briefing.quotes.length} quotes`,
		`${briefing.inventory.length} items`,
	].filter(Boolean);
	return (
		<Box flexDirection="column" width={width}>
			<Text wrap="truncate-end">
				<Text inverse bold color={theme.focus}>
					{' sitrep '}
				</Text>
				<Text bold> {neutralize(source.headline)}</Text>
			</Text>
			{lines > 1 && (
				<Text wrap="truncate-end" dimColor>
					{' '}
					{facts.join(' · ')}
				</Text>
			)}
		</Box>
	);
});
