import {truncateToWidth} from '../text/cells.js';
import {Box, Text} from 'ink';
import {useMemo, type ReactNode} from 'react';
import stringWidth from 'string-width';
import {useLook} from './ThemeContext.js';

type Props = {
	title: string;
	focused: boolean;
	width: number;
	height: number;
	/** Right side of the top border, e.g. "3/14". */
	position?: string;
	/** Entries out of view above and below, announced on the bottom border so nothing is cut off silently. */
	above?: number;
	below?: number;
	/** Content draws flush with the side borders (for the inventory table, which has borders of its own). */
	flush?: boolean;
	children: ReactNode;
};

/** Builds a border line with text set into it: "╭─ 2 Quotes ────── 3/14 ─╮". */
function borderLine(width: number, left: string, right: string, line: string, start: string, end: string): string {
	const inside = Math.max(0, width - 2);
	const head = start ? truncateToWidth(`${line} ${start} `, inside) : '';
	const tail = end ? ` ${end} ${line}` : '';
	const room = inside - stringWidth(head) - stringWidth(tail);
	if (room < 0) return left + head + line.repeat(Math.max(0, inside - stringWidth(head))) + right;
	return left + head + line.repeat(room) + tail + right;
}

/**
 * A pane's border with its title, position and "more" marks. Focus shows as a heavy border, not only colour.
 * Content is cut to the pane by the view models, so the box does not clip: Ink's clipping re-slices every line of
 * every frame, which profiling showed as a large part of a key press.
 */
export function PaneFrame({title, focused, width, height, position, above = 0, below = 0, flush = false, children}: Props) {
	const {theme, glyphs} = useLook();
	const frame = focused ? glyphs.focusFrame : glyphs.frame;
	const color = focused ? theme.focus : theme.border;
	// A new style object on every render would make Ink re-apply the borders each frame.
	const borderStyle = useMemo(
		() => ({...frame, top: frame.horizontal, bottom: frame.horizontal, left: frame.vertical, right: frame.vertical}),
		[frame],
	);
	const more = [above > 0 ? `${glyphs.more.up} ${above} more` : '', below > 0 ? `${glyphs.more.down} ${below} more` : '']
		.filter(Boolean)
		.join(' ');
	return (
		<Box flexDirection="column" width={width} height={height} flexShrink={0}>
			<Text color={color} bold={focused} wrap="truncate-end">
				{borderLine(width, frame.topLeft, frame.topRight, frame.horizontal, title, position ?? '')}
			</Text>
			<Box
				height={Math.max(0, height - 2)}
				width={width}
				borderStyle={borderStyle}
				borderTop={false}
				borderBottom={false}
				borderColor={color}
				paddingX={flush ? 0 : 1}
				flexDirection="column"
			>
				{children}
			</Box>
			<Text color={color} bold={focused} wrap="truncate-end">
				{borderLine(width, frame.bottomLeft, frame.bottomRight, frame.horizontal, '', more)}
			</Text>
		</Box>
	);
}
