import type {Style} from '../view-model/styled.js';

/** What Ink's <Text> accepts for one styled run. */
export type TextStyle = {color?: string; bold?: boolean; dimColor?: boolean; underline?: boolean; italic?: boolean; inverse?: boolean};

export type Theme = {
	name: string;
	runs: Record<Style, TextStyle>;
	/** Border and title of the focused pane; unfocused ones are drawn in `border`. */
	focus: string | undefined;
	border: string | undefined;
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
		label: {dimColor: true},
		marker: {bold: true, color: 'cyan'},
		warning: {bold: true, color: 'red'},
	},
	focus: 'cyan',
	border: 'gray',
	selected: {inverse: true, bold: true},
};

/** With colour off, the attributes of each style stay and the colours go. */
export function withoutColour(theme: Theme): Theme {
	const runs = {} as Theme['runs'];
	for (const [style, text] of Object.entries(theme.runs) as Array<[Style, TextStyle]>) {
		const {color: _color, ...rest} = text;
		runs[style] = rest;
	}
	return {...theme, runs, focus: undefined, border: undefined};
}

export function themeFor(options: {color: boolean}): Theme {
	return options.color ? dark : withoutColour(dark);
}
