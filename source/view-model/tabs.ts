import stringWidth from 'string-width';
import {PANE_TITLES, PANES, type PaneId} from '../navigation/state.js';

/** A tab of the narrow layout's tab strip: its label as drawn (brackets or spaces included) and its columns. */
export type Tab = {pane: PaneId; text: string; focused: boolean; start: number; width: number};

/**
 * The tab strip, tab by tab: every pane in full when they all fit, else the focused one in full and the others by
 * number. Drawing and mouse clicks both read it, so a click lands on the tab it is drawn on.
 */
export function tabStrip(focus: PaneId, width: number): Tab[] {
	const full = PANES.map((pane, index) => `${index + 1} ${PANE_TITLES[pane]}`);
	const fits = full.reduce((sum, label) => sum + stringWidth(label) + 2, 0) <= width;
	let start = 0;
	return PANES.map((pane, index) => {
		const label = fits || pane === focus ? full[index]! : `${index + 1} ${PANE_TITLES[pane].slice(0, 1)}`;
		const focused = pane === focus;
		const text = focused ? `[${label}]` : ` ${label} `;
		const tab = {pane, text, focused, start, width: stringWidth(text)};
		start += tab.width;
		return tab;
	});
}
