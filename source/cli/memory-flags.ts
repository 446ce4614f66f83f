import {setFlagsFromString} from 'node:v8';

/*
 * V8 flags that trade a little speed for memory, which is what a jump host or a small VM runs short of. Both are
 * read while the program runs, so setting them here works, as long as this module comes first (cli.tsx imports it
 * before anything else); a `bin` cannot pass flags to node portably. Each was measured with `npm run bench`, old
 * and new bundles alternating:
 * - The young generation stays at its initial size instead of growing to two 16 MiB semi-spaces. sitrep
 *   allocates in small bursts (one frame per key), so the large semi-spaces only raised the peak: 124 -> 102 MiB
 *   on the seed briefing, 166 -> 149 MiB on the large one. The price is more frequent small collections, about
 *   2.5 ms on a cold key or a burst. `--max-semi-space-size` would be fixed when the heap is made: too late here.
 * - `--optimize-for-size` grows the heap in smaller steps and compiles less eagerly: peak RSS 84 -> 81 MiB on the
 *   seed, 133 -> 107.5 MiB on the large briefing, with first frame and key latencies within the noise of two
 *   quick runs each (seed first frame 270-312 ms before, 270-273 after).
 */
setFlagsFromString('--semi-space-growth-factor=1');
setFlagsFromString('--optimize-for-size');
