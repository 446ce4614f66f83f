import {getHeapSpaceStatistics} from 'node:v8';
import {runInNewContext} from 'node:vm';

/*
 * Collects the young generation right after a frame is out, while the reader looks at it, rather than in the middle
 * of the next key. sitrep keeps that generation at 1 MiB (source/launch/v8-flags.ts) and a key press allocates about
 * a quarter of it, so left alone V8 collected it during most keys: the next frame waited for it. Collected after
 * each frame, it is empty when a key comes. The collection costs the same CPU either way; only its place moves.
 */

/** How full the young generation may be before a frame is followed by a collection. */
export const COLLECT_FROM_SHARE = 0.25;

export type Nursery = {used: number; capacity: number};
export type Collector = {
	readNursery(): Nursery | undefined;
	collect(): void;
	/** Runs `task` once the current turn of the event loop is over, after anything already waiting, keys included. */
	later(task: () => void): void;
};

/** Says whether to collect after this frame. */
export function shouldCollect(nursery: Nursery | undefined): boolean {
	return nursery !== undefined && nursery.capacity > 0 && nursery.used >= nursery.capacity * COLLECT_FROM_SHARE;
}

/** What to call after each frame: one collection at most per turn of the event loop, and only when it is worth it. */
export function idleScavenger(collector: Collector): () => void {
	let pending = false;
	return () => {
		if (pending) return;
		pending = true;
		collector.later(() => {
			pending = false;
			if (shouldCollect(collector.readNursery())) collector.collect();
		});
	};
}

type Gc = (options: {type: 'minor'; execution: 'sync'}) => void;

/**
 * V8's own collector. Its `gc` function exists in contexts made after --expose-gc is set (v8-flags.ts sets it at
 * start), so it comes from a new context, made on the first collection rather than at start.
 */
export function v8Collector(): Collector {
	let gc: Gc | undefined;
	return {
		readNursery() {
			const space = getHeapSpaceStatistics().find(candidate => candidate.space_name === 'new_space');
			return space && {used: space.space_used_size, capacity: space.space_used_size + space.space_available_size};
		},
		collect() {
			gc ??= runInNewContext('gc') as Gc;
			gc({type: 'minor', execution: 'sync'});
		},
		later(task) {
			setImmediate(task);
		},
	};
}
