import {useEffect} from 'react';
import type {Briefing} from '../briefing/schema.js';
import {prepareSearch} from '../search/index.js';

/** Long enough to fold a good part of a large briefing, short enough that a key pressed meanwhile is not held. */
const SLICE_MS = 3;

/**
 * Folds the briefing's text for searching after the first frame, a slice at a time between whatever else the
 * dashboard does: on a briefing of 10,000 quotes and 10,000 items the whole took 65-90 ms, which the first letter
 * typed in the search line would otherwise wait for.
 */
export function usePreparedSearch(briefing: Briefing): void {
	useEffect(() => {
		let timer: NodeJS.Immediate | undefined;
		const slice = () => {
			timer = prepareSearch(briefing, SLICE_MS) ? undefined : setImmediate(slice);
		};
		timer = setImmediate(slice);
		return () => {
			if (timer) clearImmediate(timer);
		};
	}, [briefing]);
}
