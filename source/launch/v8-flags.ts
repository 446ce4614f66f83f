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
 * `--no-opt` (seed 74 MiB, but 2-3 ms more on most keys and 15 ms more on the Tab into the Source pane),
 * `--always-sparkplug` and `--no-lazy-feedback-allocation` (no change in key latency above the noise), and
 * `--liftoff-only`, which keeps Yoga's WebAssembly off V8's optimising compiler: alternating starts came 12-15 ms
 * sooner, but in full benchmark runs the start gained only 4 ms (193.8 against 197.9 ms) while closing the help or a
 * detail, which lays out the whole dashboard again, took 9.0 and 8.9 ms instead of 6.5 and 6.1.
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
