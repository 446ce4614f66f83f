import {Text} from 'ink';
import type {PaneId} from '../navigation/state.js';
import {tabStrip} from '../view-model/tabs.js';
import {useLook} from './ThemeContext.js';

/** The narrow layout's tab strip: the focused pane in brackets and inverse, the others by number. */
export function TabStrip({focus, width}: {focus: PaneId; width: number}) {
	const {theme} = useLook();
	return (
		<Text wrap="truncate-end">
			{tabStrip(focus, width).map(tab =>
				tab.focused ? (
					<Text key={tab.pane} inverse bold color={theme.focus}>
						{tab.text}
					</Text>
				) : (
					<Text key={tab.pane}>{tab.text}</Text>
				),
			)}
		</Text>
	);
}
