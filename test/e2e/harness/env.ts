/**
 * Variables that make Ink or chalk behave differently from an interactive session. Ink's `is-in-ci` only looks at
 * CI and CONTINUOUS_INTEGRATION, but chalk's bundled supports-color also recognises the providers below, and the
 * tests themselves usually run on one of them.
 */
const ciMarkers = [
	'CI',
	'CONTINUOUS_INTEGRATION',
	'GITHUB_ACTIONS',
	'GITEA_ACTIONS',
	'GITLAB_CI',
	'CIRCLECI',
	'TRAVIS',
	'APPVEYOR',
	'BUILDKITE',
	'DRONE',
	'TF_BUILD',
	'AGENT_NAME',
	'TEAMCITY_VERSION',
	'JENKINS_URL',
	'BUILD_ID',
	'BUILD_NUMBER',
	'RUN_ID',
	'CI_NAME',
] as const;

const terminalIdentity = [
	// The harness decides what terminal the child is in; the developer's own terminal must not leak through
	// (COLORTERM lifts chalk to truecolor, TERM_PROGRAM/KITTY_WINDOW_ID make Ink probe for the kitty protocol).
	'COLORTERM',
	'TERM_PROGRAM',
	'TERM_PROGRAM_VERSION',
	'KITTY_WINDOW_ID',
	'WT_SESSION',
	'TMUX',
	'STY',
	// Size must come from the pty (TIOCGWINSZ), or resize tests would test the variables instead.
	'COLUMNS',
	'LINES',
	'FORCE_COLOR',
	'NO_COLOR',
	'LC_ALL',
] as const;

const testRunnerState = [
	// Vitest exports these into the worker; a real user's shell has none of them.
	'VITEST',
	'VITEST_MODE',
	'VITEST_POOL_ID',
	'VITEST_WORKER_ID',
	'TEST',
	'NODE_ENV',
	// Ink loads react-devtools when DEV=true and switches to its screen-reader layout on INK_SCREEN_READER.
	'DEV',
	'INK_SCREEN_READER',
	'NODE_OPTIONS',
] as const;

export type EnvOverrides = Record<string, string | undefined>;

/**
 * The child's environment: the parent's, minus anything that would make the run non-interactive or
 * machine-dependent, plus a fixed terminal identity, plus the caller's overrides (`undefined` deletes).
 */
export function buildChildEnv(overrides: EnvOverrides = {}, base: NodeJS.ProcessEnv = process.env): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [name, value] of Object.entries(base)) {
		if (value !== undefined) {
			env[name] = value;
		}
	}

	for (const name of [...ciMarkers, ...terminalIdentity, ...testRunnerState]) {
		delete env[name];
	}

	env['TERM'] = 'xterm-256color';
	env['LANG'] = 'C.UTF-8';
	// The developer's own sitrep config must not change what the tests see; a test that wants one sets its own.
	env['XDG_CONFIG_HOME'] = '/nonexistent/sitrep-test-config';

	for (const [name, value] of Object.entries(overrides)) {
		if (value === undefined) {
			delete env[name];
		} else {
			env[name] = value;
		}
	}

	return env;
}
