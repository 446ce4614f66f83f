import chalk from 'chalk';
import {osc8} from '../copy/links.js';
import type {Line} from '../view-model/styled.js';
import type {TextStyle, Theme} from './theme.js';

/*
 * A line of styled runs, a cell or piece of frame of the inventory table, and the status bar, as one string with its
 * styles written in. Drawn as an Ink <Text> per run, each run cost React a component, an Ink node and a text node,
 * and Ink a pass to join them: made strings, the seed's first frame at 100x30 went from 992 React fibers to 594 (337
 * since). Ink reads the escape codes back into styled cells as it draws, so the screen is the same cell for cell.
 * Measured in alternating pty runs (12 each way, medians), after 2 j j: the Tab from the Quotations into the
 * Inventory 9.1 -> 5.6 and 7.1 -> 5.5 ms, focusing the Quotations 7.5 -> 6.7 and 7.7 -> 6.5 ms, opening a detail
 * 8.9 -> 7.9 and 8.4 -> 7.5 ms; the Tab into the Source pane (after 3 j j g) and the first frame no sooner.
 */

/** Styles that sitrep's pieces of frame share whatever the theme. */
export const BOLD: TextStyle = {bold: true};
export const DIM: TextStyle = {dimColor: true};

/**
 * The run's text with the style's escape codes, applied in the order Ink's <Text> applies its props (dim, colour,
 * bold, italic, underline, inverse). chalk reopens an outer style where an inner one closes, so the order decides
 * the bytes; in Ink's order they are the bytes a <Text> with these props would write.
 */
export function styleText(text: string, style: TextStyle): string {
	if (text === '') return text;
	let styled = text;
	if (style.dimColor) styled = chalk.dim(styled);
	if (style.color) styled = chalk[style.color](styled);
	if (style.bold) styled = chalk.bold(styled);
	if (style.italic) styled = chalk.italic(styled);
	if (style.underline) styled = chalk.underline(styled);
	if (style.inverse) styled = chalk.inverse(styled);
	return styled;
}

/** The runs of a line as one string in the theme's styles, links included; a selected line in the selection's too. */
export function lineText(line: Line, theme: Theme, selected = false): string {
	let text = '';
	for (const part of line) text += styleText(part.link ? osc8(part.link, part.text) : part.text, theme.runs[part.style]);
	return selected ? styleText(text, theme.selected) : text;
}
