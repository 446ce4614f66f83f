import {Box, Text, useApp, useInput} from 'ink';
import {useRowRequests} from '../useRowRequests.js';
import {useTerminalSize} from '../useTerminalSize.js';
import {useEffect, useMemo, useReducer, useRef, useState} from 'react';
import type {Briefing} from '../../briefing/schema.js';
import {commandFor} from '../../keymap/keymap.js';
import {keyNamesOf} from '../../keymap/keys.js';
import {navigate} from '../../navigation/reducer.js';
import {activeLayer, initialNavigation, type Extents, type PaneId} from '../../navigation/state.js';
import {searchFound} from '../../search/index.js';
import {compileQuery} from '../../search/query.js';
import {usePreparedSearch} from '../usePreparedSearch.js';
import {spokenFrame} from '../../view-model/spoken.js';
import {summaryEntries} from '../../view-model/summary.js';
import {useTerminalControl} from '../TerminalControl.js';

type Props = {
	briefing: Briefing;
	initialFocus?: PaneId;
};

const NOTICE_MS = 4000;

/**
 * The dashboard for screen readers: the same keys and the same navigation reducer, drawn as labelled lines of
 * words, one pane or layer at a time, with nothing that only a sighted reader could decode.
 */
export function ScreenReaderApp({briefing, initialFocus = 'summary'}: Props) {
	const {exit} = useApp();
	const control = useTerminalControl();
	const {columns, rows} = useTerminalSize();
	const [state, dispatch] = useReducer(navigate, initialFocus, initialNavigation);
	const [notice, setNotice] = useState<string | undefined>(undefined);
	// A redraw draws one empty frame first: Ink's screen-reader output only rewrites what changed, and after a
	// resume or Ctrl-L the whole frame has to be written (and read out) again.
	const [blank, setBlank] = useState(false);
	const {search} = state;
	const {query} = search;
	usePreparedSearch(briefing, activeLayer(state) === 'search');
	const targets = useMemo(() => (query === '' ? [] : searchFound(briefing, compileQuery(query)).rows), [briefing, query]);
	const spokenSearch = query === '' && activeLayer(state) === 'dashboard' ? undefined : {query, found: targets.length};
	const frame = useMemo(() => spokenFrame(briefing, state, {columns, rows}, notice, spokenSearch), [briefing, state, columns, rows, notice, query, targets]);
	const extents: Extents = useMemo(() => ({...frame.extents, ...(query === '' ? {} : {targets})}), [frame, query, targets]);
	const summary = useMemo(() => summaryEntries(briefing, 1_000), [briefing]);

	useEffect(() => {
		dispatch({type: 'refit', extents});
	}, [extents]);

	// Enter can arrive in the same burst as the query, before its rows are found; the reducer then waits for them.
	useEffect(() => {
		if (search.target === -2 && targets.length > 0) dispatch({type: 'found', extents});
	}, [extents, search.target]);

	useEffect(() => {
		if (notice === undefined) return;
		const timer = setTimeout(() => setNotice(undefined), NOTICE_MS);
		return () => clearTimeout(timer);
	}, [notice]);

	useEffect(() => {
		if (!blank) return;
		const timer = setTimeout(() => setBlank(false), 0);
		return () => clearTimeout(timer);
	}, [blank]);

	useEffect(() => control.onRedrawNeeded(() => setBlank(true)), [control]);

	useEffect(() => {
		if (state.quitting) exit();
	}, [state.quitting, exit]);

	const extentsRef = useRef(extents);
	extentsRef.current = extents;
	const stateRef = useRef(state);
	stateRef.current = state;

	const selection = (): {pane: PaneId; index: number} => {
		const current = stateRef.current;
		const top = current.overlays.at(-1);
		const pane = top?.kind === 'detail' ? top.pane : current.focus;
		return {pane, index: current.cursors[pane].selected};
	};

	useRowRequests(state.request, {briefing, dispatch, setNotice, selection, summary});

	useInput((input, key) => {
		for (const name of keyNamesOf(input, key)) {
			const global = commandFor('global', name);
			if (global === 'redraw') {
				setBlank(true);
				continue;
			}
			if (global === 'suspend') {
				control.suspend();
				continue;
			}
			dispatch({type: 'key', key: name, extents: extentsRef.current});
		}
	});

	if (blank) return null;
	return (
		<Box flexDirection="column">
			{frame.lines.map((line, index) => (
				// Lines are positions in a frame that is redrawn whole, so the index is their identity.
				// eslint-disable-next-line react/no-array-index-key
				<Text key={index}>{line}</Text>
			))}
		</Box>
	);
}
