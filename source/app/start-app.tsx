import type {Briefing} from '../briefing/schema.js';

export type DashboardOptions = {
	/** Colour off (`--no-color`, NO_COLOR). */
	color: boolean;
	/** Print a stack with errors. */
	debug: boolean;
};

export type DashboardStreams = {
	stdin: NodeJS.ReadStream;
	stdout: NodeJS.WriteStream;
	stderr: NodeJS.WriteStream;
};

/**
 * Runs the interactive dashboard on the given streams until the user leaves; resolves with the exit code.
 * (Placeholder until the dashboard lands: prints the headline.)
 */
export async function startApp(streams: DashboardStreams & {briefing: Briefing; options: DashboardOptions}): Promise<number> {
	streams.stdout.write(`${streams.briefing.source.headline}\n`);
	return 0;
}
