import {setFlagsFromString} from 'node:v8';

/*
 * How fast V8 may grow the young generation. sitrep keeps it at its initial 1 MiB for as long as it runs (see
 * v8-flags.ts: a larger one only raised the peak memory of a program that allocates in small bursts), except while
 * it reads a briefing and while it draws its first frame. Parsing and checking a large briefing is one long burst
 * in which nearly everything allocated survives, and in a 1 MiB generation that meant about 44 collections before
 * the first frame of the generated briefing (10,000 quotes and items), 30-35 ms of the start; allowed to grow as V8
 * would grow it by default, 8 collections took 21-24 ms. The first frame is the other such burst (the whole tree of
 * panes, their layout and their lines, all kept): let grow while it is drawn, the generation went from 1 to 2 MiB,
 * and the keys after it, which allocate 1-3 MiB each, meet one collection fewer. V8 reads the factor each time it
 * would grow the generation, so both settings work at run time; what has grown is kept, and nothing grows further
 * once capped.
 */
const GROWTH_CAPPED = '--semi-space-growth-factor=1';
const GROWTH_AS_V8_DEFAULT = '--semi-space-growth-factor=2';

/** At launch, and again after each time the generation was let grow. */
export function capYoungGeneration(): void {
	setFlagsFromString(GROWTH_CAPPED);
}

/** Lets the young generation grow as V8 would; the function returned caps it again. */
export function youngGenerationMayGrow(): () => void {
	setFlagsFromString(GROWTH_AS_V8_DEFAULT);
	return capYoungGeneration;
}

/** Runs `read` with the young generation free to grow, and caps it again however `read` ends. */
export async function whileYoungGenerationGrows<T>(read: () => Promise<T>): Promise<T> {
	const cap = youngGenerationMayGrow();
	try {
		return await read();
	} finally {
		cap();
	}
}
