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
	// A window at the top needs no clamp: measuring the end of the list would make (wrap) its last entries for
	// nothing, at every first frame.
	let offset = cursor.offset > 0 ? Math.min(cursor.offset, lastOffset(extent)) : 0;
	if (selected < offset) offset = selected;
	while (selected >= offset + visibleCount(extent, offset)) offset++;
	return {selected, offset};
}

/** How many entries one page is from the current offset (at least one). */
export function pageSize(extent: Extent, offset: number): number {
	return Math.max(1, visibleCount(extent, offset));
}

/**
 * Scrolls the window by about `lines` lines (whole entries, at least one), up when negative, as a mouse wheel
 * does. The selection stays on its entry while that is in view and is carried along at the edge when not, like
 * Ctrl-E and Ctrl-Y in vim, so the window never snaps back to it.
 */
export function scrollWindow(stored: Cursor, lines: number, extent: Extent): Cursor {
	if (extent.count === 0 || lines === 0) return settle(stored, extent);
	const cursor = settle(stored, extent);
	const last = lastOffset(extent);
	let offset = cursor.offset;
	let moved = 0;
	while (moved < Math.abs(lines)) {
		const next = lines > 0 ? offset + 1 : offset - 1;
		if (next < 0 || next > last) break;
		moved += height(extent, lines > 0 ? offset : next);
		offset = next;
	}
	const shown = visibleCount(extent, offset);
	const selected = Math.min(Math.max(cursor.selected, offset), offset + shown - 1);
	return {selected, offset};
}
