import {Text} from 'ink';
import stringWidth from 'string-width';
import {PANE_TITLES, PANES, type PaneId} from '../navigation/state.js';
import {useLook} from './ThemeContext.js';

/** How each tab is labelled: in full when they all fit, else the focused one in full and the others by number. */
function labels(focus: PaneId, width: number): string[] {
	const full = PANES.map((pane, index) => `${index + 1} ${PANE_TITLES[pane]}`);
	const fits = full.reduce((sum, label) => sum + stringWidth(label) + 2, 0) <= width;
	return fits ? full : PANES.map((pane, index) => (pane === focus ? full[index]! : `${index + 1} ${PANE_TITLES[pane].slice(0, 1)}`));
}

/** The narrow layout's tab strip: the focused pane in brackets and inverse, the others by number. */
export function TabStrip({focus, width}: {focus: PaneId; width: number}) {
	const {theme} = useLook();
	const names = labels(focus, width);
	return (
		<Text wrap="truncate-end">
			{PANES.map((pane, index) => {
				const label = names[index]!;
				return pane === focus ? (
					<Text key={pane} inverse bold color={theme.focus}>
						{`[${label}]`}
					</Text>
				) : (
					<Text key={pane}>{` ${label} `}</Text>
				);
			})}
		</Text>
	);
}
