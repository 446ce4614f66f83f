import {isTerminalSafe, neutralize} from '../text/neutralize.js';

/**
 * Links from a briefing are somebody else's data too. Only web and mail addresses become clickable: a javascript:,
 * file: or data: link could run or reveal something on the reader's machine, and a relative one has nothing to
 * resolve against.
 */

const ESC = '\u001B';
/**
 * BEL ends the sequence rather than ST: Ink's output stage (ansi-tokenize) recognises hyperlinks ended by BEL and
 * would count an ST-ended one as visible text; terminals that support OSC 8 accept both.
 */
const END = '\u0007';

const LINKABLE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Terminals cap the length of a link target, and no article link comes near this. */
const MAX_URL_LENGTH = 2048;

/** The address as it will be sent, or undefined when it must not be. */
function safeHref(url: string | undefined): string | undefined {
	if (url === undefined || url.length > MAX_URL_LENGTH) return undefined;
	// The URL parser quietly drops tabs and newlines and trims controls, so they are refused before it sees them.
	if (!isTerminalSafe(url) || /\s/u.test(url)) return undefined;
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return undefined;
	}
	if (!LINKABLE_PROTOCOLS.has(parsed.protocol)) return undefined;
	// "https://trusted.example@elsewhere.example" shows one site and opens another.
	if (parsed.username !== '' || parsed.password !== '') return undefined;
	// The serialised form is printable ASCII, percent-encoded, which is all OSC 8 allows in a target.
	return parsed.href;
}

/** True for an absolute http:, https: or mailto: address with nothing in it that could act on the terminal. */
export const isLinkable = (url: string | undefined): boolean => safeHref(url) !== undefined;

/** `label` as an OSC 8 hyperlink to `url`, or the label alone when the address is not safe to link. */
export function osc8(url: string | undefined, label: string): string {
	const text = neutralize(label);
	const href = safeHref(url);
	return href === undefined ? text : `${ESC}]8;;${href}${END}${text}${ESC}]8;;${END}`;
}

export type OpenCommand = {command: string; args: string[]};

const SSH_VARIABLES = ['SSH_CONNECTION', 'SSH_TTY', 'SSH_CLIENT'] as const;

/** What came of asking to open a link; everything but `opened` is a reason the reader is told. */
export type OpenOutcome = 'opened' | 'over-ssh' | 'no-opener' | 'not-linkable';

/** Why `openCommand` gives no command for `url` here. */
export function whyNotOpened(url: string | undefined, env: Readonly<Record<string, string | undefined>>): Exclude<OpenOutcome, 'opened'> {
	if (safeHref(url) === undefined) return 'not-linkable';
	return SSH_VARIABLES.some(name => env[name]) ? 'over-ssh' : 'no-opener';
}


/**
 * How to open `url` in the reader's browser, to be run without a shell (spawn(command, args)); undefined when it
 * cannot be done from here. Over SSH a browser would open on the remote machine, not in front of the reader. On
 * Linux without a display, xdg-open falls back to a text browser that would fight sitrep for the terminal.
 * Windows uses the URL handler directly: `cmd /c start` would read & | ^ % in the address as shell syntax.
 */
export function openCommand(url: string | undefined, platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): OpenCommand | undefined {
	const href = safeHref(url);
	if (href === undefined) return undefined;
	if (SSH_VARIABLES.some(name => env[name])) return undefined;
	switch (platform) {
		case 'darwin':
			return {command: 'open', args: [href]};
		case 'win32':
			return {command: 'rundll32', args: ['url.dll,FileProtocolHandler', href]};
		case 'linux':
		case 'freebsd':
		case 'openbsd':
		case 'netbsd':
			return env['DISPLAY'] || env['WAYLAND_DISPLAY'] ? {command: 'xdg-open', args: [href]} : undefined;
		default:
			return undefined;
	}
}
