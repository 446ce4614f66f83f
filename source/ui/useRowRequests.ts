import {useLayoutEffect, useRef} from 'react';
import type {Briefing} from '../briefing/schema.js';
import type {NavigationAction, NavigationState, PaneId} from '../navigation/state.js';
import {copiedNotice, copyOf, linkOf, NO_LINK, noSourceNotice, NOTHING_TO_COPY, openedNotice} from '../view-model/row-actions.js';
import {spansBehind} from '../view-model/spans.js';
import type {SummaryEntry} from '../view-model/summary.js';
import {useTerminalControl} from './TerminalControl.js';

type Options = {
	briefing: Briefing;
	dispatch: (action: NavigationAction) => void;
	setNotice: (notice: string) => void;
	/** The row y, s and o act on: its pane and its index in the briefing. */
	selection: () => {pane: PaneId; index: number};
	summary: readonly SummaryEntry[];
};

/**
 * Carries out what the reducer asks of the view for the selected row, once per request: y copies it with its
 * citation, s shows the passages it rests on, o opens its link. Both dashboards use it, so the keys do and say the
 * same in each.
 */
export function useRowRequests(request: NavigationState['request'], options: Options): void {
	const control = useTerminalControl();
	// The latest options without making them a dependency: a request must be carried out once, not on every render.
	const latest = useRef(options);
	latest.current = options;
	// A layout effect, so that what it commits is drawn in the frame of the key that asked (patches/ink+6.8.0.patch
	// draws after the turn's commits); after a passive effect it waited out Ink's frame throttle, 17 ms.
	useLayoutEffect(() => {
		if (request === undefined || request.kind === 'toggle-filter') return;
		const {briefing, dispatch, setNotice, selection, summary} = latest.current;
		const {pane, index} = selection();
		switch (request.kind) {
			case 'copy': {
				const copy = copyOf(briefing, pane, index);
				if (copy === undefined) return setNotice(NOTHING_TO_COPY);
				const {bytes, truncated} = control.copy(copy.text);
				return setNotice(copiedNotice(copy.what, bytes, truncated));
			}
			case 'jump-to-source': {
				const spans = spansBehind(briefing, pane, index, summary);
				if (spans.length === 0) return setNotice(noSourceNotice(pane));
				return dispatch({type: 'open-source', spans});
			}
			case 'open-link': {
				const url = linkOf(briefing, pane, index);
				return setNotice(url === undefined ? NO_LINK : openedNotice(control.openLink(url), url));
			}
		}
	}, [request?.id, control]);
}
