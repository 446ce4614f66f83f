import {useEffect, useRef} from 'react';
import type {Briefing} from '../briefing/schema.js';
import {prepareSearch} from '../search/index.js';

/** Long enough to fold a good part of a large briefing, short enough that a key pressed meanwhile is not held. */
const SLICE_MS = 3;
/**
 * Between slices while the reader looks at the dashboard: the folding keeps to the gaps between keys. Run back to
 * back after the first frame, its slices and the collections after them took the first keys on the large briefing
 * from 8.4 and 2.9 ms to 17.0 and 11.9.
 */
const PAUSE_MS = 40;

/**
 * Folds the briefing's text for searching after the first frame, a slice at a time while the reader looks at the
 * dashboard: on a briefing of 10,000 quotes and 10,000 items the whole takes 1.5-3 s of slices and pauses on a
 * 2-core machine, and a letter typed in the search line before it is done must finish it first. So once the search
 * line is open (`searching`), the slices follow each other with only the keys read between them: a search is what
 * comes next, and the pauses would leave most of the folding to its first letter.
 */
export function usePreparedSearch(briefing: Briefing, searching: boolean): void {
	const prepared = useRef<Briefing | undefined>(undefined);
	useEffect(() => {
		if (prepared.current === briefing) return;
		let timer: NodeJS.Timeout | undefined;
		let immediate: NodeJS.Immediate | undefined;
		const next = () => {
			// setImmediate runs after the input waiting to be read, so a key still waits for one slice at most.
			if (searching) immediate = setImmediate(slice);
			else timer = setTimeout(slice, PAUSE_MS);
		};
		const slice = () => {
			if (prepareSearch(briefing, SLICE_MS)) prepared.current = briefing;
			else next();
		};
		next();
		return () => {
			clearTimeout(timer);
			clearImmediate(immediate);
		};
	}, [briefing, searching]);
}
