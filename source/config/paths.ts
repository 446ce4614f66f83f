import {isAbsolute, join} from 'node:path';

export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Where sitrep looks for its config file: `$XDG_CONFIG_HOME/sitrep/config.json`, else
 * `~/.config/sitrep/config.json`. An explicit path (`--config FILE`) wins over both and is returned as given.
 *
 * The XDG base directory spec says a relative `XDG_CONFIG_HOME` is invalid and must be ignored, and the same goes
 * for a relative or empty home: either would make sitrep read whatever config sits in the current directory.
 * Undefined means there is no place to look, which is the same as having no config file.
 */
export function configPath(env: Environment, homedir: string, explicit?: string): string | undefined {
	if (explicit !== undefined) return explicit;
	const xdg = env['XDG_CONFIG_HOME'];
	if (xdg && isAbsolute(xdg)) return join(xdg, 'sitrep', 'config.json');
	if (homedir && isAbsolute(homedir)) return join(homedir, '.config', 'sitrep', 'config.json');
	return undefined;
}
