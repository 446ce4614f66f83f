import {homedir} from 'node:os';
import meow from 'meow';
import packageJson from '../package.json' with {type: 'json'};
import {bundledBriefingPath} from './briefing/bundled.js';
import {EXIT_FAILURE, EXIT_USAGE} from './cli/exit-codes.js';
import {FLAGS, HELP} from './cli/flags.js';
import {runCli} from './cli/main.js';
import {describeFailure} from './cli/report.js';

// The one module that touches `process`: everything it reads is handed to runCli, which decides and does the work.
const debug = process.argv.includes('--debug');

function parseArguments() {
	try {
		return meow(HELP, {
			importMeta: import.meta,
			// Given, so meow neither searches the disk for package.json nor normalises it (spdx licence tables):
			// about 4 ms of start-up. The bundle carries the version.
			pkg: {name: packageJson.name, version: packageJson.version},
			// The help text carries its own description; meow would otherwise prepend package.json's as well.
			description: false,
			flags: FLAGS,
			// Handled by runCli, so that unknown flags and --help combined with others give one-line answers.
			autoHelp: false,
			autoVersion: false,
			allowUnknownFlags: true,
			// Booleans without a default stay undefined when absent (--ascii: absent means automatic).
			booleanDefault: undefined,
		});
	} catch (error) {
		// meow throws for a flag given twice; that is a usage error like any other.
		process.stderr.write(describeFailure(error, debug));
		process.exit(EXIT_USAGE);
	}
}

/** os.homedir throws when HOME is unset and the user has no passwd entry (some containers); then there is no config. */
function homeOrNothing(): string {
	try {
		return homedir();
	} catch {
		return '';
	}
}

try {
	const cli = parseArguments();
	const code = await runCli(cli, {
		stdin: process.stdin,
		stdout: process.stdout,
		stderr: process.stderr,
		env: process.env,
		homedir: homeOrNothing(),
		help: cli.help,
		version: packageJson.version,
		defaultFile: bundledBriefingPath(),
		loadDashboard: async () => {
			// chalk (inside Ink) reads --no-color from argv and then drops all styling, inverse and bold too. sitrep
			// has already parsed the flag and turns colour off in its theme, keeping the attributes that mark the
			// selection and focus, so chalk must not see it.
			process.argv = process.argv.filter(argument => argument !== '--no-color' && argument !== '--color');
			return (await import('./app/start-app.js')).startApp;
		},
	});
	process.exitCode = code;
} catch (error) {
	process.stderr.write(describeFailure(error, debug));
	process.exitCode = EXIT_FAILURE;
}
