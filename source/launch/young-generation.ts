import {setFlagsFromString} from 'node:v8';

/*
 * How fast V8 may grow the young generation. While the dashboard is open sitrep does not let it grow (see
 * v8-flags.ts: a larger one only raised the peak memory of a program that allocates in small bursts), but while it
 * starts it may: from the moment the app is compiled until its first frame is written, nearly everything it
 * allocates is kept (the modules, the parsed and checked briefing, the panes' tree, their layout and lines), and a
 * generation held at its initial 1 MiB collected it again and again before promoting it. Reading the generated
 * briefing of 10,000 quotes and items took 44 collections (30-35 ms); let grow as V8 grows it by default, 8
 * (21-24 ms). On the seed the generation ends at 4 MiB a semi-space instead of 1: the first frame is no later, and
 * the keys after it, which allocate 1-3 MiB each, meet one collection fewer; peak RSS rises by 0.5-2 MiB. V8 reads
 * the factor each time it would grow the generation, so both settings work at run time; what has grown is kept, and
 * nothing grows further once capped. A run that only prints ends without capping it.
 */
const GROWTH_CAPPED = '--semi-space-growth-factor=1';
const GROWTH_AS_V8_DEFAULT = '--semi-space-growth-factor=2';

/** At launch, before the app is compiled, and once the dashboard's first frame is out. */
export function capYoungGeneration(): void {
	setFlagsFromString(GROWTH_CAPPED);
}

/** Lets the young generation grow as V8 would, until capYoungGeneration. */
export function letYoungGenerationGrow(): void {
	setFlagsFromString(GROWTH_AS_V8_DEFAULT);
}
