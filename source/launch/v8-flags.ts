import {setFlagsFromString} from 'node:v8';
import {capYoungGeneration} from './young-generation.js';

/*
 * V8 flags, set at run time because a `bin` cannot pass node options portably. Imported first by the launcher, so
 * that they are in place before the app is compiled: the flags are part of what V8 checks before it accepts the
 * code cache, so they must be the same when the cache is written and when it is read.
 */

/*
 * V8 lets the young generation grow to two 16 MiB semi-spaces while a program allocates. sitrep allocates in small
 * bursts (one frame per key), so the large semi-spaces only raise the peak memory: keeping them at their initial
 * size took the dashboard's peak RSS from about 124 to 102 MiB on the seed briefing and from 166 to 149 MiB on the
 * large one (measured in a pty). The price is more frequent small collections. Measured again with full benchmark
 * runs (npm run bench, 15 runs each, one after the other): peak RSS 84.3 MiB with the flag and 92.8 without on the
 * seed briefing, 133.2 and 154.1 on the large one (whose target is 150); the Tab into the Source pane, which draws
 * a whole new screen, 26.5 ms with it and 16.9 without, other keys 0.5-2.6 ms slower, start-up the same. Memory is
 * what a jump host runs short of, so the trade is taken.
 * V8 reads this flag each time it would grow the young generation, so it works when set at run time, as long as
 * it comes first; `--max-semi-space-size` is fixed when the heap is made and has no effect here.
 * Measured and not taken: `--optimize-for-size` (seed 84 -> 81 MiB, but the large briefing's first frame 12% later),
 * `--no-opt` (seed 74 MiB, but 2-3 ms more on most keys and 15 ms more on the Tab into the Source pane), and
 * `--always-sparkplug` and `--no-lazy-feedback-allocation` (no change in key latency above the noise).
 * The start is the exception: young-generation.ts lets it grow from the app's compile to its first frame.
 */
capYoungGeneration();

/*
 * TurboFan without inlining. A key press runs a few thousand lines of React, Ink and sitrep once; what TurboFan
 * optimises while the reader moves about is compiled on V8's background threads, and with inlining each job builds
 * a graph of every callee, which on a 2-core machine competes with the frame being drawn and leaves its zone memory
 * in the allocator. Measured in 14 alternating pty runs of the benchmark's keys on the seed briefing (medians,
 * without -> with the flag): the Tab into the Source pane 22.9 -> 15.1 ms, the Tab back 14.0 -> 10.7, Esc and q
 * closing a detail 9.4 -> 6.4 and 10.2 -> 7.2, focus 15.0 -> 13.1; opening a detail 11.8 -> 14.7 and the help
 * 10.2 -> 13.4 ms; moves within 1 ms. Peak RSS 80.1 -> 78.3 MiB (three runs each), the large briefing's first
 * frame 498.6 -> 474.6 ms (10 runs).
 */
setFlagsFromString('--no-turbo-inlining');

/*
 * V8's `gc` function, for the collection sitrep runs after each frame instead of during the next key
 * (source/app/idle-scavenge.ts). Set here, before the app is compiled, because it is one of the flags V8 compares
 * before it accepts the code cache. It adds `gc` only to contexts made after it: the app's own has none.
 */
setFlagsFromString('--expose-gc');

/*
 * Yoga, Ink's layout engine, is WebAssembly. V8 compiles each of its functions on the main thread when it is first
 * called, then recompiles the busiest with TurboFan on its background threads, and for sitrep both happen in the
 * first frame: the first layout of the dashboard (59 nodes at 100x30) took 2.9-3.7 ms, a layout after a key
 * 0.01-0.02 ms, after a resize 0.4-1.2 ms. So Liftoff, V8's baseline compiler for WebAssembly, compiles the whole
 * module while Yoga's instantiation is awaited anyway (`--no-wasm-lazy-compilation`: the first layout then took
 * 1.0-1.3 ms), and TurboFan never does (`--liftoff-only`): layouts this small never pay back an optimising compile,
 * and its memory goes with it. Two full `npm run bench -- --no-build` runs of each build, alternating, without -> with:
 * seed first frame 87.7 / 93.0 -> 81.9 / 90.5 ms (1.35 / 1.38x -> 1.27 / 1.23x the minimal Ink app, which the
 * benchmark builds with this same launcher), large 186.6 / 193.9 -> 178.1 / 190.0 ms, peak RSS 66.0 / 65.9 ->
 * 64.7 / 64.6 MiB on the seed and 101.9 / 100.8 -> 96.6 / 96.7 on the large briefing, every key within the runs'
 * spread. In 50 alternating starts of each (medians of the paired differences): -1.0 ms for the first flag alone,
 * -2.2 for the second, -3.5 for both. `--liftoff-only` alone was measured and not taken on an older dashboard
 * whose layouts were larger: closing the help or a detail took 9.0 and 8.9 ms instead of 6.5 and 6.1; here Esc
 * closing the help took 2.3-3.7 ms with both flags against 2.4-3.7 without, and a detail 2.2-3.3 against 2.3-3.1.
 */
setFlagsFromString('--no-wasm-lazy-compilation');
setFlagsFromString('--liftoff-only');
