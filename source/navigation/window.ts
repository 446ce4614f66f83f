/**
 * Scrolling a list whose entries may be more than one line tall (a wrapped key point, a table row with its
 * separator). The window is the run of entries shown from `offset`; it moves only as much as it must to keep the
 * selection in view, like less and lazygit, so the screen never jumps.
 */
export type Extent = {
	/** Number of entries (rows, or lines in a text view). */
	count: number;
	/** Lines available to show them. */
	available: number;
	/** Height in lines of entry `index`; 1 when omitted. */
	heightOf?: (index: number) => number;
	/** For a text view whose scroll is "automatic" (-1): the line it stands at. */
	anchor?: number;
};

export type Cursor = {selected: number; offset: number};

const height = (extent: Extent, index: number): number => Math.max(1, extent.heightOf?.(index) ?? 1);

/** The entries from `offset` that fit in the available lines: at least one, so a tall entry is still shown. */
export function visibleCount(extent: Extent, offset: number): number {
	let used = 0;
	let count = 0;
	for (let index = offset; index < extent.count; index++) {
		used += height(extent, index);
		if (used > extent.available && count > 0) break;
		count++;
	}
	return count;
}

/** The smallest offset that still fills the window to the end of the list. */
export function lastOffset(extent: Extent): number {
	let used = 0;
	let index = extent.count;
	while (index > 0) {
		const next = used + height(extent, index - 1);
		if (next > extent.available && index < extent.count) break;
		used = next;
		index--;
	}
	return index;
}

/** Clamps a cursor to the list and moves its window just enough to show the selection. */
export function settle(cursor: Cursor, extent: Extent): Cursor {
	if (extent.count === 0) return {selected: 0, offset: 0};
	const selected = Math.min(Math.max(cursor.selected, 0), extent.count - 1);
	let offset = Math.min(Math.max(cursor.offset, 0), lastOffset(extent));
	if (selected < offset) offset = selected;
	while (selected >= offset + visibleCount(extent, offset)) offset++;
	return {selected, offset};
}

/** How many entries one page is from the current offset (at least one). */
export function pageSize(extent: Extent, offset: number): number {
	return Math.max(1, visibleCount(extent, offset));
}
