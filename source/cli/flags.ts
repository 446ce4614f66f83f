import {FORMAT_NAMES, SECTION_NAMES} from '../format/index.js';
import {THEME_NAMES} from '../ui/theme.js';

/** meow's flag table. Help and version are ordinary flags so they work together with others (`--help --debug`). */
export const FLAGS = {
	format: {type: 'string'},
	width: {type: 'string'},
	only: {type: 'string'},
	// No default: absent must be told from --color, so the config file can decide.
	color: {type: 'boolean'},
	theme: {type: 'string'},
	config: {type: 'string'},
	// No default: absent means "decide from the terminal and locale".
	ascii: {type: 'boolean'},
	screenReader: {type: 'boolean', default: false},
	// No default: absent lets the config file decide.
	mouse: {type: 'boolean'},
	debug: {type: 'boolean', default: false},
	help: {type: 'boolean', default: false},
	version: {type: 'boolean', default: false},
} as const;

export const HELP = `
	A terminal dashboard for news briefings: summary, quotations and the hardware inventory.

	Usage
	  $ sitrep [FILE]

	FILE is a briefing JSON file (default: the briefing bundled with sitrep).
	On a terminal sitrep opens the dashboard; when output is piped it prints plain text.

	Options
	  --format ${FORMAT_NAMES.join('|')}  Print the briefing in this format and exit
	  --width N          Wrap printed text at N columns (default: the terminal's width, or 80)
	  --only SECTIONS    Print only these sections, comma-separated: ${SECTION_NAMES.join(', ')}
	                     (text or markdown; JSON is always the whole briefing)
	  --no-color         No colours (also when NO_COLOR is set; FORCE_COLOR=0 turns off styling too)
	  --theme ${THEME_NAMES.join('|')}  Colours for dark or light backgrounds, or maximum contrast
	  --ascii            Draw with plain ASCII (the default when the locale is not UTF-8
	                     or TERM is linux, vt100 or similar); --no-ascii to force Unicode
	  --config FILE      Read settings from FILE instead of $XDG_CONFIG_HOME/sitrep/config.json
	                     (or ~/.config/sitrep/config.json); flags and NO_COLOR win over it
	  --screen-reader    Say every pane, row and state in plain lines of words, without
	                     borders or tables (also when INK_SCREEN_READER=true)
	  --mouse            Wheel scrolls the pane under the pointer, a click focuses and selects
	                     (needs a terminal with SGR mouse reports; hold Shift to select text)
	  --debug            Show stack traces with errors, and whether the start used the code cache
	  --help             Show this help
	  --version          Show the version

	Exit status
	  0 success, 1 unexpected failure, 2 bad arguments or an unusable briefing

	Examples
	  $ sitrep
	  $ sitrep briefing.json --format markdown > briefing.md
	  $ sitrep --format json | jq .inventory
`;
