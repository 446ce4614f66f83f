import type {ForegroundColorName} from 'chalk';
import type {Style} from '../view-model/styled.js';

/** What Ink's <Text> accepts for one styled run. */
export type TextStyle = {color?: ForegroundColorName; bold?: boolean; dimColor?: boolean; underline?: boolean; italic?: boolean; inverse?: boolean};

export type Theme = {
	name: string;
	runs: Record<Style, TextStyle>;
	/** Border and title of the focused pane; unfocused ones are drawn in `border`. */
	focus: ForegroundColorName | undefined;
	border: ForegroundColorName | undefined;
	/** The selected row: inverse video, so it shows with or without colour. */
	selected: TextStyle;
};

/**
 * The dark theme. Every meaning also has an attribute (bold, underline, inverse) or a glyph, so nothing is lost
 * without colour or to colour blindness; colour only helps.
 */
const dark: Theme = {
	name: 'dark',
	runs: {
		plain: {},
		dim: {dimColor: true},
		bold: {bold: true},
		heading: {bold: true, color: 'cyan'},
		hedge: {bold: true, underline: true, color: 'yellow'},
		quote: {color: 'green'},
		// The other passages behind a claim, in the source view: underlined, so they show without colour.
		passage: {underline: true, color: 'green'},
		label: {dimColor: true},
		marker: {bold: true, color: 'cyan'},
		warning: {bold: true, color: 'red'},
		// A match is inverse as well as coloured, so it shows without colour too.
		match: {inverse: true, bold: true, color: 'yellow'},
	},
	focus: 'cyan',
	border: 'gray',
	selected: {inverse: true, bold: true},
};

/**
 * For light backgrounds: yellow and cyan wash out on white, so hedges are magenta and headings blue. Blue and
 * magenta against the default foreground stay apart for the common red-green deficiencies.
 */
const light: Theme = {
	name: 'light',
	runs: {
		...dark.runs,
		heading: {bold: true, color: 'blue'},
		hedge: {bold: true, underline: true, color: 'magenta'},
		quote: {color: 'blue'},
		passage: {underline: true, color: 'blue'},
		marker: {bold: true, color: 'blue'},
	},
	focus: 'blue',
	border: 'gray',
	selected: {inverse: true, bold: true},
};

/**
 * Maximum contrast: bright colours only, no dim text (dim is unreadable on some terminals and to low vision), and
 * every distinction doubled by bold, underline or italics.
 */
const highContrast: Theme = {
	name: 'high-contrast',
	runs: {
		plain: {},
		dim: {},
		bold: {bold: true},
		heading: {bold: true, underline: true, color: 'whiteBright'},
		hedge: {bold: true, underline: true, color: 'yellowBright'},
		quote: {italic: true, color: 'cyanBright'},
		passage: {underline: true, color: 'cyanBright'},
		label: {bold: true},
		marker: {bold: true, color: 'yellowBright'},
		warning: {bold: true, inverse: true, color: 'redBright'},
		match: {inverse: true, bold: true, underline: true, color: 'yellowBright'},
	},
	focus: 'yellowBright',
	border: 'white',
	selected: {inverse: true, bold: true},
};

export const THEMES = {dark, light, 'high-contrast': highContrast} as const;
export type ThemeName = keyof typeof THEMES;
export const THEME_NAMES = Object.keys(THEMES) as ThemeName[];

/** With colour off, the attributes of each style stay and the colours go. */
export function withoutColour(theme: Theme): Theme {
	const runs = {} as Theme['runs'];
	for (const [style, text] of Object.entries(theme.runs) as Array<[Style, TextStyle]>) {
		const {color: _color, ...rest} = text;
		runs[style] = rest;
	}
	return {...theme, runs, focus: undefined, border: undefined};
}

export function themeFor(options: {color: boolean; theme?: ThemeName}): Theme {
	const theme = THEMES[options.theme ?? 'dark'];
	return options.color ? theme : withoutColour(theme);
}
