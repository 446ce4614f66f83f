import {setFlagsFromString} from 'node:v8';

/*
 * V8 flags, set at run time because a `bin` cannot pass node options portably. Imported first by the launcher, so
 * that they are in place before the app is compiled: the flags are part of what V8 checks before it accepts the
 * code cache, so they must be the same when the cache is written and when it is read.
 */

/*
 * V8 lets the young generation grow to two 16 MiB semi-spaces while a program allocates. sitrep allocates in small
 * bursts (one frame per key), so the large semi-spaces only raise the peak memory: keeping them at their initial
 * size took the dashboard's peak RSS from about 124 to 102 MiB on the seed briefing and from 166 to 149 MiB on the
 * large one (measured in a pty). The price is more frequent small collections: about 2.5 ms more on a cold key or a
 * burst, and about 5 ms of start-up. Memory is what a jump host runs short of, so the trade is taken.
 * V8 reads this flag each time it would grow the young generation, so it works when set at run time, as long as
 * it comes first; `--max-semi-space-size` is fixed when the heap is made and has no effect here.
 * Measured and not taken: `--optimize-for-size` (seed 84 -> 81 MiB, but the large briefing's first frame 12% later),
 * `--no-opt` (seed 74 MiB, but 2-3 ms more on most keys and 15 ms more on the Tab into the Source pane),
 * `--always-sparkplug` and `--no-lazy-feedback-allocation` (no change in key latency above the noise).
 */
setFlagsFromString('--semi-space-growth-factor=1');

/*
 * Yoga, the layout engine, is WebAssembly. V8 compiles it quickly (Liftoff) and then again, optimised, in the
 * background (TurboFan) for its busy functions; on a machine with two cores that second compilation competes with
 * the first frame. Without it the first frame came 12-15 ms sooner (25 alternating starts each, seed briefing:
 * interquartile mean 218.4 -> 206.6 ms; large: 503.8 -> 493.7 ms), and keys were no slower: a frame's layout
 * covers only the rows on screen, too little work for the optimised code to pay for its compilation.
 * Measured and not taken: `--wasm-lazy-compilation` (no change).
 */
setFlagsFromString('--liftoff-only');
