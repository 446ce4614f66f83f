import type {Line} from './styled.js';

/** One selectable row of a pane: a key point, a quotation, an inventory item, each one or more lines tall. */
export type Entry = {
	id: string;
	lines: Line[];
};
