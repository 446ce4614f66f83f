/**
 * `npm run bench`: start-up, per-key latency, bytes per key and peak memory of the built dashboard, measured in a
 * real pseudo-terminal, written to bench/RESULTS.md. Run through bench/run.mjs, which builds and bundles first.
 *
 * Every figure is a median over repeated runs; the runs of the different programs are interleaved, so a slow
 * patch of the machine touches all of them alike. Nothing here asserts: missed targets are reported, not failed.
 */
import {spawnSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import {cpus, loadavg, release, totalmem, type as osType} from 'node:os';
import {join, relative} from 'node:path';
import {performance} from 'node:perf_hooks';
import nodePty from 'node-pty';
import {buildChildEnv, type EnvOverrides, type Key} from '../test/e2e/harness/terminal.js';
import {buildMinimalInk} from './build-minimal.js';
import {writeLargeBriefing} from './generate-large.js';
import {Session, sleep, type Snapshot} from './probe.js';
import {fullRepaintBytes, minimalRedrawBytes} from './redraw.js';
import {median, percentile} from './stats.js';

const COLS = 100;
const ROWS = 30;
/** A frame is settled once the program has written nothing for this long. */
const QUIET_MS = 30;

/*
 * Variables that make Node 20 itself work at every start, before a line of any program runs, and that a shell
 * need not have. With NODE_EXTRA_CA_CERTS set (even to /dev/null) Node 20 builds its certificate store at start:
 * `node -e 0` took 60-100 ms with it and 20 ms without on the development machine, whose environment sets it (Node
 * 22 does not pay it). Left in, it adds the same ~45 ms to every program here, bare node included, which hides what
 * sitrep and Ink cost and brings every start-up ratio nearer to 1. So every program is measured without them, and
 * where this environment has them, the report gives the bare start and the seed's first frame with them as well.
 */
const NODE_START_VARIABLES = ['NODE_EXTRA_CA_CERTS'] as const;
const WITHOUT_NODE_START_VARIABLES: EnvOverrides = Object.fromEntries(NODE_START_VARIABLES.map(name => [name, undefined]));
const AS_THIS_ENVIRONMENT_HAS_THEM: EnvOverrides = {};
/** The variables this environment sets, with their values: those the report's reference rows are measured with. */
const presentNodeStartVariables = (): string[] => NODE_START_VARIABLES.filter(name => process.env[name] !== undefined).map(name => `${name}=${process.env[name]}`);

/**
 * Other terminal sizes at which the seed's first frame is timed: the narrowest and widest the dashboard is made
 * for, and the classic default between them. Work that only some sizes do (cutting a headline that does not fit
 * took 12 ms of the first frame at 80 columns, unseen while the benchmark drew at 100x30 alone) shows here.
 */
const OTHER_SIZES = [
	{cols: 40, rows: 20},
	{cols: 80, rows: 24},
	{cols: 200, rows: 50},
] as const;
const sizeName = ({cols, rows}: {cols: number; rows: number}): string => `${cols}x${rows}`;

type Settings = {quick: boolean; runs: number; withinQuotes: number; scrolls: number; pages: number};

function parseArgs(argv: string[]): Settings {
	const quick = argv.includes('--quick');
	const runsAt = argv.indexOf('--runs');
	const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : quick ? 5 : 15;
	if (!Number.isInteger(runs) || runs < 1) throw new Error('bench: --runs needs a positive whole number');
	return quick
		? {quick, runs, withinQuotes: 2, scrolls: 2, pages: 1}
		: {quick, runs, withinQuotes: 4, scrolls: 6, pages: 2};
}

type BriefingCase = {name: 'seed' | 'large'; label: string; file: string; quotes: number; items: number};

type KeySample = {latencyMs: number | undefined; bytes: number; minimalBytes: number; fullBytes: number};

type Results = {
	startup: Record<'bare' | 'minimal' | 'seed' | 'large', number[]>;
	/** The seed's first frame at each of OTHER_SIZES, by sizeName. */
	seedAtSize: Map<string, number[]>;
	/** Measured only when this environment sets one of NODE_START_VARIABLES: what a start costs with them. */
	withNodeStartVariables: Record<'bare' | 'seed', number[]>;
	keys: Record<BriefingCase['name'], Map<string, KeySample[]>>;
	rss: Record<BriefingCase['name'] | 'minimal', number[]>;
	/** The minimal Ink app redrawing its one line on j: the floor of a key's trip through pty, Node, Ink and React. */
	minimalKeys: number[];
	warnings: string[];
};

/** Labels, in report order. */
const KEY_LABELS = {
	focus: 'Focus pane (2 / 3)',
	within: 'Move down (j), within visible rows',
	scroll: 'Move down (j), scrolls the list',
	pageDown: 'PgDn',
	tab: 'Tab (next pane)',
	tabSource: 'Tab into the Source pane (a layout of its own)',
	sourceWithin: 'Source pane: j, within the view',
	sourceScroll: 'Source pane: j, scrolls the article',
	enter: 'Enter (open detail)',
	escDetail: 'Esc (close detail)',
	qDetail: 'q (close detail)',
	help: '? (open help)',
	escHelp: 'Esc (close help)',
	showSource: 's (the selected quote in its source)',
	backSource: 's (back from the source)',
	searchOpen: '/ (open the search line)',
	searchLetter: 'A letter typed in the search line',
	searchAtOnce: 'The first letter of a search typed at once after the start',
	searchCancel: 'Esc (cancel the search)',
	burst: 'Burst of 20 j in one write → final frame',
} as const;
/** What the benchmark types in the search line, a letter at a time. */
const SEARCH_TYPED = 'iran';
/** The status bar while the search line is being typed in, holding `typed`. */
const searchLine = (typed: string) => (screen: string): boolean => screen.includes(` /${typed}▏`);
/** The pauses of a reader who opens a briefing and searches straight away: a quick typist's. */
const AT_ONCE_PAUSE_MS = 150;
/** j presses given to the minimal Ink app in each run. */
const MINIMAL_PRESSES = 8;
/** j presses in the Source pane: the seed article's paragraphs, so that the last few scroll it. */
const SOURCE_MOVES = 7;

export async function main({root, argv, command}: {root: string; cacheDir: string; argv: string[]; command: string}): Promise<void> {
	const began = performance.now();
	const loadBefore = loadavg()[0]!;
	const settings = parseArgs(argv);
	const sitrep = join(root, 'dist', 'sitrep.js');
	const seedFile = join(root, 'data', 'briefings', 'russia-iran-defense-partnership.json');

	log('building the minimal Ink app with esbuild.mjs');
	const minimal = buildMinimalInk(root);
	log('writing the large briefing');
	const largeFile = writeLargeBriefing();
	for (const file of [seedFile, largeFile]) {
		const check = spawnSync(process.execPath, [sitrep, '--format', 'json', file], {stdio: ['ignore', 'ignore', 'inherit']});
		if (check.status !== 0) throw new Error(`bench: ${file} does not load (sitrep --format json exited ${check.status})`);
	}

	const cases: BriefingCase[] = [
		{name: 'seed', label: 'seed briefing (8 quotes, 11 items)', file: seedFile, quotes: 8, items: 11},
		{name: 'large', label: 'large briefing (10,000 quotes, 10,000 items)', file: largeFile, quotes: 10_000, items: 10_000},
	];
	const results: Results = {
		startup: {bare: [], minimal: [], seed: [], large: []},
		seedAtSize: new Map(OTHER_SIZES.map(size => [sizeName(size), []])),
		withNodeStartVariables: {bare: [], seed: []},
		keys: {seed: new Map(), large: new Map()},
		rss: {minimal: [], seed: [], large: []},
		minimalKeys: [],
		warnings: [],
	};

	const measureWithNodeStartVariables = presentNodeStartVariables().length > 0;
	for (let run = 1; run <= settings.runs; run++) {
		log(`run ${run}/${settings.runs}`);
		results.startup.bare.push(await bareNodeExit(WITHOUT_NODE_START_VARIABLES));
		results.startup.minimal.push(await minimalInkFirstFrame(minimal, results));
		for (const briefing of cases) {
			await sitrepSession(sitrep, briefing, settings, results);
			await searchAtOnce(sitrep, briefing, results);
		}

		for (const size of OTHER_SIZES) {
			results.seedAtSize.get(sizeName(size))!.push(await sitrepFirstFrame(sitrep, seedFile, WITHOUT_NODE_START_VARIABLES, size));
		}

		if (measureWithNodeStartVariables) {
			results.withNodeStartVariables.bare.push(await bareNodeExit(AS_THIS_ENVIRONMENT_HAS_THEM));
			results.withNodeStartVariables.seed.push(await sitrepFirstFrame(sitrep, cases[0]!.file, AS_THIS_ENVIRONMENT_HAS_THEM));
		}
	}

	const seconds = (performance.now() - began) / 1000;
	const load = `${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after`;
	const report = renderReport({settings, results, cases, command, seconds, root, load});
	const output = join(root, 'bench', 'RESULTS.md');
	writeFileSync(output, report);
	log(`wrote ${relative(process.cwd(), output)} in ${seconds.toFixed(1)} s`);
	for (const warning of results.warnings) log(`warning: ${warning}`);
}

function log(message: string): void {
	process.stderr.write(`bench: ${message}\n`);
}

/**
 * The baseline: `node -e 0` spawned in a pty the way the harness spawns programs (same size, terminal name and
 * environment), timed from spawn to exit. It uses node-pty directly because the harness holds the pty's slave side
 * open to protect late output, which delays node-pty's exit event by about 200 ms; `node -e 0` prints nothing.
 */
async function bareNodeExit(env: EnvOverrides): Promise<number> {
	const started = performance.now();
	const pty = nodePty.spawn(process.execPath, ['-e', '0'], {name: 'xterm-256color', cols: COLS, rows: ROWS, cwd: process.cwd(), env: buildChildEnv(env)});
	pty.onData(() => {});
	await new Promise<void>(resolve => {
		pty.onExit(() => resolve());
	});
	return performance.now() - started;
}

async function firstSettledFrame(session: Session, complete: (screen: string) => boolean, description: string): Promise<number> {
	await session.waitFor(complete, description);
	const last = await session.quiet(session.spawnedAt, QUIET_MS);
	return (last ?? session.lastChunkAt()) - session.spawnedAt;
}

async function minimalInkFirstFrame(bundle: string, results: Results): Promise<number> {
	const session = await Session.open([bundle], COLS, ROWS, WITHOUT_NODE_START_VARIABLES);
	try {
		const ms = await firstSettledFrame(session, screen => screen.includes('ready'), 'the minimal app to say ready');
		const rss = session.peakRss();
		if (rss !== undefined) results.rss.minimal.push(rss);
		for (let press = 1; press <= MINIMAL_PRESSES; press++) {
			const pressedAt = session.press('j');
			const last = await session.quiet(pressedAt, QUIET_MS);
			if (!session.screen().includes(`ready ${press}`)) results.warnings.push(`minimal Ink app: after j the screen did not say "ready ${press}"`);
			if (last !== undefined) results.minimalKeys.push(last - pressedAt);
		}

		session.press('q');
		await session.term.waitForExit();
		return ms;
	} finally {
		await session.close();
	}
}

const dashboardComplete = (screen: string): boolean =>
	/Summary 1\/\d+\s*$/m.test(screen) && screen.includes('1 Summary') && screen.includes('2 Quotes') && screen.includes('3 Inventory');
/** At other sizes: the header and the status bar (at 40 columns the panes take turns, so not every title shows). */
const dashboardCompleteAtAnySize = (screen: string): boolean => screen.startsWith(' sitrep') && /Summary 1\/\d+\s*$/m.test(screen) && screen.includes('1 Summary');

/**
 * The first frame alone, then q: at the benchmark's size for the reference start with this environment's
 * NODE_START_VARIABLES, or at one of OTHER_SIZES.
 */
async function sitrepFirstFrame(sitrep: string, file: string, env: EnvOverrides, size: {cols: number; rows: number} = {cols: COLS, rows: ROWS}): Promise<number> {
	const session = await Session.open([sitrep, file], size.cols, size.rows, env);
	const atBenchmarkSize = size.cols === COLS && size.rows === ROWS;
	try {
		const ms = await firstSettledFrame(session, atBenchmarkSize ? dashboardComplete : dashboardCompleteAtAnySize, `the dashboard to be complete at ${sizeName(size)}`);
		session.press('q');
		await session.term.waitForExit();
		return ms;
	} finally {
		await session.close();
	}
}

/** The "▲ n more" / "▼ n more" marks of every pane: they change exactly when a list scrolls. */
const scrollMarks = (screen: string): string => (screen.match(/[▲▼] \d+ more/g) ?? []).join(' ');

type Step = {
	key: Key;
	times?: number;
	/** Where the sample goes; undefined for steps that only set the scene. */
	label?: string | ((before: string, after: string) => string);
	/** What the screen must show afterwards; a mismatch is reported as a warning. */
	expect?: (screen: string) => boolean;
	/** Wait for `expect` before waiting for quiet (for bursts, whose frames may pause longer than the quiet time). */
	waitForExpected?: boolean;
	/** Leave the step out when the screen before it shows that the key would do nothing (it would only time out). */
	skipIf?: (screen: string) => boolean;
};

function script(briefing: BriefingCase, settings: Settings): Step[] {
	const status = (pane: string, index: number, count: number) => (screen: string) => new RegExp(`${pane} ${index}/${count}\\s*$`, 'm').test(screen);
	const moveLabel = (before: string, after: string) => (scrollMarks(before) === scrollMarks(after) ? KEY_LABELS.within : KEY_LABELS.scroll);
	const steps: Step[] = [{key: '2', label: KEY_LABELS.focus, expect: status('Quotes', 1, briefing.quotes)}];
	let quote = 1;
	for (let index = 0; index < Math.min(settings.withinQuotes, briefing.quotes - 1); index++) {
		quote++;
		steps.push({key: 'j', label: moveLabel, expect: status('Quotes', quote, briefing.quotes)});
	}

	// At 100x30 the inventory table shows five rows: four moves stay within them, the ones after scroll. Either way
	// each move is filed by what it did (see moveLabel), not by this count.
	steps.push({key: '3', label: KEY_LABELS.focus, expect: status('Inventory', 1, briefing.items)});
	let item = 1;
	for (let index = 0; index < Math.min(4 + settings.scrolls, briefing.items - 1); index++) {
		item++;
		steps.push({key: 'j', label: moveLabel, expect: status('Inventory', item, briefing.items)});
	}

	steps.push({key: 'g', expect: status('Inventory', 1, briefing.items)});
	for (let page = 0; page < settings.pages; page++) {
		steps.push({key: 'pagedown', label: KEY_LABELS.pageDown, expect: screen => !status('Inventory', 1, briefing.items)(screen)});
	}

	steps.push(
		{key: 'g', expect: status('Inventory', 1, briefing.items)},
		// From the Inventory, Tab goes to the Source pane, which takes the whole body, then wraps to the Summary.
		{key: 'tab', label: KEY_LABELS.tabSource, expect: screen => /Source \d+\/\d+\s*$/m.test(screen)},
		// Reading on, as in less: j goes to the next paragraph, and once the last one on screen is reached the article
		// scrolls. Reported apart from the lists' moves; the issue's byte target is for those.
		...Array.from({length: SOURCE_MOVES}, (): Step => ({
			key: 'j',
			label: (before, after) => (scrollMarks(before) === scrollMarks(after) ? KEY_LABELS.sourceWithin : KEY_LABELS.sourceScroll),
			expect: screen => /Source \d+\/\d+\s*$/m.test(screen),
			// At the last paragraph (a short article), j has nowhere to go.
			skipIf: screen => /Source (\d+)\/\1\s*$/m.test(screen),
		})),
		{key: 'tab', label: KEY_LABELS.tab, expect: screen => /Summary \d+\/\d+\s*$/m.test(screen)},
		{key: 'tab', label: KEY_LABELS.tab, expect: screen => /Quotes \d+\/\d+\s*$/m.test(screen)},
		{key: 'enter', label: KEY_LABELS.enter, expect: screen => /Quote \d+ of /.test(screen)},
		{key: 'escape', label: KEY_LABELS.escDetail, expect: screen => !/Quote \d+ of /.test(screen) && screen.includes('2 Quotes')},
		{key: 'enter', label: KEY_LABELS.enter, expect: screen => /Quote \d+ of /.test(screen)},
		{key: 'q', label: KEY_LABELS.qDetail, expect: screen => !/Quote \d+ of /.test(screen) && screen.includes('2 Quotes')},
		{key: '?', label: KEY_LABELS.help, expect: screen => screen.includes('Keys')},
		{key: 'escape', label: KEY_LABELS.escHelp, expect: screen => !screen.includes('Keys') && screen.includes('2 Quotes')},
		// s shows the selected quote where the article says it: the request it makes is carried out by a second commit.
		{key: 's', label: KEY_LABELS.showSource, expect: screen => screen.includes('Source ·')},
		{key: 's', label: KEY_LABELS.backSource, expect: screen => !screen.includes('Source ·') && screen.includes('2 Quotes')},
		// Every letter searches the whole briefing: on the large one, ten thousand quotes and ten thousand items.
		{key: '/', label: KEY_LABELS.searchOpen, expect: searchLine('')},
		...[...SEARCH_TYPED].map((letter, index): Step => ({key: letter, label: KEY_LABELS.searchLetter, expect: searchLine(SEARCH_TYPED.slice(0, index + 1))})),
		{key: 'escape', label: KEY_LABELS.searchCancel, expect: screen => !screen.includes('▏') && screen.includes('2 Quotes')},
		{key: '3', expect: status('Inventory', 1, briefing.items)},
		{key: 'j', times: 20, label: KEY_LABELS.burst, expect: status('Inventory', Math.min(21, briefing.items), briefing.items), waitForExpected: true},
	);
	return steps;
}

/** Files one key's sample under `label`: its latency, the bytes it wrote, and the redraws it could have been. */
function recordKey(results: Results, briefing: BriefingCase, label: string, key: {session: Session; pressedAt: number; last: number | undefined; before: Snapshot; after: Snapshot}): void {
	const {session, pressedAt, last, before, after} = key;
	const samples = results.keys[briefing.name].get(label) ?? [];
	samples.push({
		latencyMs: last === undefined ? undefined : last - pressedAt,
		bytes: session.bytesAfter(pressedAt),
		minimalBytes: minimalRedrawBytes(before, after),
		fullBytes: fullRepaintBytes(after),
	});
	results.keys[briefing.name].set(label, samples);
}

async function sitrepSession(sitrep: string, briefing: BriefingCase, settings: Settings, results: Results): Promise<void> {
	const session = await Session.open([sitrep, briefing.file], COLS, ROWS, WITHOUT_NODE_START_VARIABLES);
	try {
		results.startup[briefing.name].push(await firstSettledFrame(session, dashboardComplete, 'the dashboard to be complete'));
		let before = await session.snapshot();
		for (const step of script(briefing, settings)) {
			const screenBefore = session.screen();
			if (step.skipIf?.(screenBefore)) continue;
			const pressedAt = session.press(step.key, step.times ?? 1);
			if (step.waitForExpected && step.expect) {
				await session.waitFor(step.expect, `the screen after ${step.key} x${step.times ?? 1}`).catch(() => undefined);
			}

			const last = await session.quiet(pressedAt, QUIET_MS);
			const screenAfter = session.screen();
			if (step.expect && !step.expect(screenAfter)) {
				results.warnings.push(`${briefing.name}: after ${JSON.stringify(step.key)}${step.times ? ` x${step.times}` : ''} the screen was not as expected`);
			}

			const after = await session.snapshot();
			if (step.label !== undefined) {
				const label = typeof step.label === 'string' ? step.label : step.label(screenBefore, screenAfter);
				recordKey(results, briefing, label, {session, pressedAt, last, before, after});
			}

			before = after;
		}

		const rss = session.peakRss();
		if (rss === undefined) results.warnings.push(`${briefing.name}: could not read VmHWM from /proc/${session.pid}/status`);
		else results.rss[briefing.name].push(rss);
		session.press('q');
		await session.term.waitForExit();
	} finally {
		await session.close();
	}
}

/**
 * A search typed as soon as the dashboard is up: `/` and then `i`, each after a quick typist's pause. The dashboard
 * folds the briefing's text for searching after its first frame, a slice at a time, and a letter that comes before
 * the folding is done has to finish it. A start of its own, so that the session above keeps its keys as they were.
 */
async function searchAtOnce(sitrep: string, briefing: BriefingCase, results: Results): Promise<void> {
	const session = await Session.open([sitrep, briefing.file], COLS, ROWS, WITHOUT_NODE_START_VARIABLES);
	try {
		await firstSettledFrame(session, dashboardComplete, 'the dashboard to be complete');
		await sleep(AT_ONCE_PAUSE_MS);
		await session.quiet(session.press('/'), QUIET_MS);
		await sleep(AT_ONCE_PAUSE_MS);
		const before = await session.snapshot();
		const pressedAt = session.press('i');
		const last = await session.quiet(pressedAt, QUIET_MS);
		if (!searchLine('i')(session.screen())) results.warnings.push(`${briefing.name}: a search typed at once did not show /i`);
		const after = await session.snapshot();
		recordKey(results, briefing, KEY_LABELS.searchAtOnce, {session, pressedAt, last, before, after});
		await session.quiet(session.press('escape'), QUIET_MS);
		session.press('q');
		await session.term.waitForExit();
	} finally {
		await session.close();
	}
}

// ---------------------------------------------------------------------------------------------------------------
// The report

type ReportInput = {settings: Settings; results: Results; cases: BriefingCase[]; command: string; seconds: number; root: string; load: string};

const targets = {
	seed: {bare: 2.0, minimal: 1.2, median: 8, p95: 16, bytes: 600, rssMiB: 80},
	large: {bare: 3.0, minimal: 1.8, median: 16, p95: 33, bytes: 600, rssMiB: 150},
} as const;

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '—');
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '—');
const verdict = (ok: boolean) => (ok ? 'pass' : '**miss**');
/** The middle 80% of a program's starts: how far one start strays on this machine, next to the median. */
const spread = (values: readonly number[]) => `${percentile(values, 10).toFixed(0)}–${percentile(values, 90).toFixed(0)} ms`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const int = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '—');

function renderReport({settings, results, cases, command, seconds, load}: ReportInput): string {
	const cpu = cpus();
	const lines: string[] = [];
	const bare = median(results.startup.bare);
	const minimal = median(results.startup.minimal);
	const minimalKey = median(results.minimalKeys);
	lines.push(
		'# sitrep benchmark results',
		'',
		'Produced by `npm run bench` (bench/run.mjs → bench/bench.ts); see bench/README.md for what is measured and how.',
		'Benchmarks are not tests: the targets below come from issue #4 and a miss does not fail anything.',
		'',
		`- Date: ${new Date().toISOString()}`,
		`- Command: \`${command}\` (${settings.quick ? 'quick' : 'full'} mode, ${settings.runs} runs, ${seconds.toFixed(1)} s in all)`,
		`- Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${mib(totalmem())} RAM; ${osType()} ${release()} (${process.platform}/${process.arch}); Node ${process.version}`,
		`- Load average (1 min): ${load}; the benchmark itself runs on the same cores as the program, and anything else running at the time shows in the figures`,
		`- Terminal: pseudo-terminal ${COLS}x${ROWS}, TERM=xterm-256color, LANG=C.UTF-8, CI variables removed (test/e2e/harness), and ${NODE_START_VARIABLES.join(', ')}: see the start-up section`,
		`- Every figure is the **median over ${settings.runs} runs** (one fresh process per run and program) unless it says p95; p95 is nearest-rank, so with few samples it is close to the maximum. A frame counts as settled after ${QUIET_MS} ms without output, and times are taken at the last byte before that pause, so the quiet wait itself is not included.`,
		'',
		'## Start-up: spawn to the first complete, settled frame',
		'',
		`Complete means the status bar shows \`Summary 1/n\` and all three pane titles are on screen (for the minimal Ink app: \`ready\`); at the other sizes, ${OTHER_SIZES.map(sizeName).join(', ')}, the header and the status bar, with the Summary pane. Every program runs at ${COLS}x${ROWS} unless its row names a size; the minimal app's one line is the same at any size. The baseline is \`node -e 0\` in the same kind of pty, from spawn to exit. p10–p90 is where the middle 80% of the starts fell (nearest rank): on a shared machine single starts stray far more than the medians do.`,
		'',
		`Every program runs without ${NODE_START_VARIABLES.join(', ')}: when it is set, Node 20 builds its certificate store at every start, before any program's first line, which adds the same time to each program here and would bring every ratio nearer to 1.`,
		'',
		'| Program | Median | p10–p90 | × bare node | × minimal Ink | Target | Result |',
		'|---|---:|---:|---:|---:|---|---|',
		`| bare \`node -e 0\` (to exit) | ${ms(bare)} | ${spread(results.startup.bare)} | 1.00× | | | |`,
		`| minimal Ink app (bench/minimal-ink.tsx) | ${ms(minimal)} | ${spread(results.startup.minimal)} | ${ratio(minimal / bare)} | 1.00× | | |`,
	);
	for (const briefing of cases) {
		const value = median(results.startup[briefing.name]);
		const target = targets[briefing.name];
		const ok = value / bare <= target.bare && value / minimal <= target.minimal;
		lines.push(
			`| sitrep, ${briefing.label} | ${ms(value)} | ${spread(results.startup[briefing.name])} | ${ratio(value / bare)} | ${ratio(value / minimal)} | ≤${target.bare.toFixed(1)}× bare, ≤${target.minimal.toFixed(1)}× minimal Ink | ${verdict(ok)} |`,
		);
	}

	for (const size of OTHER_SIZES) {
		const starts = results.seedAtSize.get(sizeName(size))!;
		const value = median(starts);
		const target = targets.seed;
		const ok = value / bare <= target.bare && value / minimal <= target.minimal;
		lines.push(
			`| sitrep, seed briefing at ${sizeName(size)} | ${ms(value)} | ${spread(starts)} | ${ratio(value / bare)} | ${ratio(value / minimal)} | ≤${target.bare.toFixed(1)}× bare, ≤${target.minimal.toFixed(1)}× minimal Ink | ${verdict(ok)} |`,
		);
	}

	lines.push(...withNodeStartVariablesRows(results.withNodeStartVariables, bare, median(results.startup.seed)));
	lines.push(
		'',
		'## Key latency: key written → frame settled (time of the last output byte of the response)',
		'',
		'Each key is written only after the previous frame settled. "Samples" counts all presses over all runs. The ratio columns compare the median with the bare-node start-up of the same run, and with the yardstick below.',
		'',
		`Yardstick: the minimal Ink app redrawing its one line on \`j\` (${MINIMAL_PRESSES} presses a run, ${results.minimalKeys.length} in all): median ${ms(minimalKey)}, p95 ${ms(percentile(results.minimalKeys, 95))}. That is the least a key costs through this pty, Node, Ink and React, before any work of sitrep's own.`,
	);
	for (const briefing of cases) {
		const target = targets[briefing.name];
		lines.push(
			'',
			`### ${capitalise(briefing.label)}`,
			'',
			`| Key | Samples | Median | p95 | Median × bare node | Median × yardstick | Target (median / p95) | Result |`,
			'|---|---:|---:|---:|---:|---:|---|---|',
		);
		for (const label of Object.values(KEY_LABELS)) {
			const samples = results.keys[briefing.name].get(label) ?? [];
			if (samples.length === 0) {
				lines.push(`| ${label} | 0 | — | — | — | — | | not reached |`);
				continue;
			}

			const latencies = samples.flatMap(sample => (sample.latencyMs === undefined ? [] : [sample.latencyMs]));
			const silent = samples.length - latencies.length;
			const med = median(latencies);
			const p95 = percentile(latencies, 95);
			const isBurst = label === KEY_LABELS.burst;
			const result = isBurst ? 'no target' : verdict(med <= target.median && p95 <= target.p95);
			lines.push(`| ${label} | ${samples.length}${silent > 0 ? ` (${silent} without output)` : ''} | ${ms(med)} | ${ms(p95)} | ${ratio(med / bare)} | ${ratio(med / minimalKey)} | ${isBurst ? '—' : `≤${target.median} / ≤${target.p95} ms`} | ${result} |`);
		}
	}

	lines.push(
		'',
		`## Bytes written per key at ${COLS}x${ROWS}`,
		'',
		'"Written" is every byte the program sent in response to the key. "Smallest redraw" is an estimate from two snapshots of the emulated screen (before and after the key, characters and attributes of every cell): for each row that changed, a cursor-position sequence (`ESC[row;colH`, 6–8 bytes) plus the cells from the first to the last changed one, as UTF-8, with an SGR sequence (`ESC[0;…m`) wherever the style changes. "Full repaint" is the same estimate for repainting every cell. All three are medians. The target (issue #4) is for moves within the visible rows; moves that scroll and pages are reported without one.',
	);
	for (const briefing of cases) {
		const target = targets[briefing.name];
		lines.push(
			'',
			`### ${capitalise(briefing.label)}`,
			'',
			'| Key | Written | Smallest redraw (est.) | Full repaint (est.) | Written ÷ smallest | Target | Result |',
			'|---|---:|---:|---:|---:|---|---|',
		);
		for (const label of Object.values(KEY_LABELS)) {
			const samples = results.keys[briefing.name].get(label) ?? [];
			if (samples.length === 0) continue;
			const written = median(samples.map(sample => sample.bytes));
			const smallest = median(samples.map(sample => sample.minimalBytes));
			const full = median(samples.map(sample => sample.fullBytes));
			// The issue's byte target is for moves that do not scroll; a scroll or a page redraws a whole list.
			const targeted = label === KEY_LABELS.within;
			lines.push(`| ${label} | ${int(written)} | ${int(smallest)} | ${int(full)} | ${smallest > 0 ? ratio(written / smallest) : '—'} | ${targeted ? `≤${target.bytes}` : ''} | ${targeted ? verdict(written <= target.bytes) : ''} |`);
		}
	}

	lines.push('', '## Peak memory of the sitrep process', '', 'VmHWM from `/proc/<pid>/status` of the pty child, read just before quitting (after all the keys above).', '', '| Briefing | Median peak RSS | Max | Target | Result |', '|---|---:|---:|---|---|');
	const minimalRss = results.rss.minimal;
	if (minimalRss.length > 0) {
		lines.push(`| for reference: the minimal Ink app, after its first frame | ${mib(median(minimalRss))} | ${mib(Math.max(...minimalRss))} | | |`);
	}

	for (const briefing of cases) {
		const values = results.rss[briefing.name];
		const value = median(values);
		const target = targets[briefing.name].rssMiB;
		lines.push(`| ${briefing.label} | ${values.length > 0 ? mib(value) : '—'} | ${values.length > 0 ? mib(Math.max(...values)) : '—'} | ≤${target} MiB | ${values.length > 0 ? verdict(value <= target * 1024 * 1024) : 'not measured'} |`);
	}

	if (results.warnings.length > 0) {
		lines.push('', '## Warnings', '', ...summariseWarnings(results.warnings).map(warning => `- ${warning}`));
	}

	lines.push('');
	return lines.join('\n');
}

/** What a start costs as this environment would start it; empty when it sets none of NODE_START_VARIABLES. */
function withNodeStartVariablesRows(starts: Results['withNodeStartVariables'], bare: number, seed: number): string[] {
	if (starts.bare.length === 0) return [];
	const bareWith = median(starts.bare);
	const seedWith = median(starts.seed);
	const extra = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(1)} ms`;
	return [
		'',
		`For reference, not judged: the same starts with this environment's ${presentNodeStartVariables().map(setting => `\`${setting}\``).join(', ')}, as a shell here would start them (interleaved with the runs above).`,
		'',
		'| Program | Median | p10–p90 | Beside the same start without it | × bare node (both with it) |',
		'|---|---:|---:|---:|---:|',
		`| bare \`node -e 0\` (to exit) | ${ms(bareWith)} | ${spread(starts.bare)} | ${extra(bareWith - bare)} | 1.00× |`,
		`| sitrep, seed briefing | ${ms(seedWith)} | ${spread(starts.seed)} | ${extra(seedWith - seed)} | ${ratio(seedWith / bareWith)} |`,
	];
}

function summariseWarnings(warnings: string[]): string[] {
	const counts = new Map<string, number>();
	for (const warning of warnings) counts.set(warning, (counts.get(warning) ?? 0) + 1);
	return [...counts].map(([warning, count]) => (count > 1 ? `${warning} (${count} times)` : warning));
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
