import {Text} from 'ink';
import {PANE_TITLES, PANES, type PaneId} from '../navigation/state.js';
import {useLook} from './ThemeContext.js';

/** The narrow layout's tab strip: the focused pane in brackets and inverse, the others by number. */
export function TabStrip({focus}: {focus: PaneId}) {
	const {theme} = useLook();
	return (
		<Text wrap="truncate-end">
			{PANES.map((pane, index) => {
				const label = `${index + 1} ${PANE_TITLES[pane]}`;
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
