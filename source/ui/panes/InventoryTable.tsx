import type {ForegroundColorName} from 'chalk';
import {Table, type CellProps} from 'ink-table';
import {createContext, memo, useContext, useMemo, type PropsWithChildren} from 'react';
import type {Cursor} from '../../navigation/window.js';
import type {Entries} from '../../view-model/entry.js';
import {fitTableCell, INVENTORY_COLUMNS, tableCells, type FittedTable, type InventoryRow} from '../../view-model/inventory.js';
import {BOLD, styleText} from '../run-text.js';
import type {TextStyle} from '../theme.js';
import {useLook} from '../ThemeContext.js';

type Props = {rows: Entries<InventoryRow>; fitted: FittedTable; cursor: Cursor; visible: number; focused: boolean};

/**
 * ink-table does not tell a cell which row it is in, so the selected row is recognised by the mark that
 * `tableCells` puts at the start of its System cell; the mark itself is the non-colour sign of the selection.
 */
/**
 * The selection's style while the pane has focus, none without: read by the cells, because ink-table fixes its cell
 * component when it is constructed.
 */
const SelectionContext = createContext<TextStyle | undefined>(undefined);

function makeCell(mark: string, fitted: FittedTable) {
	const widths = INVENTORY_COLUMNS.map(column => fitted.widths[column] + 2);
	// Memoised, like the skeleton and the headings: ink-table renders every cell of the table on each key, and most
	// get the same text as before, so React can skip them and leave their Ink nodes and layout untouched.
	// A cell, like the headings and the skeleton, is a string with its style written in (source/ui/run-text.ts): the
	// patched ink-table puts every piece of a line inside the line's one <Text>, where Ink takes a string as it is.
	return memo(function InventoryCell({children, column}: CellProps) {
		const selection = useContext(SelectionContext);
		const text = fitTableCell(String(children), widths[column] ?? 0);
		return selection && column === 0 && text.trimStart().startsWith(mark) ? styleText(text, selection) : text;
	});
}

const Heading = memo(function Heading({children}: PropsWithChildren) {
	return styleText(String(children), BOLD);
});

function makeSkeleton(color: ForegroundColorName | undefined) {
	const style = {color};
	return memo(function Skeleton({children}: PropsWithChildren) {
		return styleText(String(children), style);
	});
}

/**
 * The inventory as an ink-table, showing only the rows in the window: ink-table lays out every row it is given.
 * Its rows are keyed by their place (patches/ink-table+1.1.1.patch), so a move or a scroll updates cells in place.
 */
export function InventoryTable({rows, fitted, cursor, visible, focused}: Props) {
	const {glyphs, theme} = useLook();
	const mark = `${glyphs.selected} `;
	const data: InventoryRow[] = [];
	for (let index = cursor.offset; index < Math.min(rows.length, cursor.offset + visible); index++) {
		data.push(tableCells(rows.at(index)!, fitted, index === cursor.selected, mark));
	}
	const cell = useMemo(() => makeCell(glyphs.selected, fitted), [glyphs.selected, fitted]);
	const skeleton = useMemo(() => makeSkeleton(theme.border), [theme.border]);
	// Table binds its cell components when constructed: new widths (a resize) need a fresh one, focus does not.
	return (
		<SelectionContext.Provider value={focused ? theme.selected : undefined}>
			<Table
				key={INVENTORY_COLUMNS.map(column => fitted.widths[column]).join(',')}
				data={data}
				columns={[...INVENTORY_COLUMNS]}
				cell={cell}
				header={Heading}
				skeleton={skeleton}
			/>
		</SelectionContext.Provider>
	);
}
