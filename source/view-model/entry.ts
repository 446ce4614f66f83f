import type {Line} from './styled.js';

/** One selectable row of a pane: a key point, a quotation, an inventory item, each one or more lines tall. */
export type Entry = {
	id: string;
	lines: Line[];
};

/**
 * A pane's entries by place, as the panes and the navigation read them: only those in view, and the count. A list
 * is one; so is a list whose entries are made when first asked for (`madeOnDemand`).
 */
export type Entries<T = Entry> = {
	readonly length: number;
	at(index: number): T | undefined;
};

/**
 * Entries made when first read and kept: a pane shows some thirty of them, and a briefing may have ten thousand
 * quotations or items, whose lines made up front were a large part of its first frame.
 */
export function madeOnDemand<T>(length: number, make: (index: number) => T): Entries<T> {
	// Sized up front: V8 keeps a list that is filled far from its end as a dictionary, slower to read.
	const made = new Array<T | undefined>(length);
	return {
		length,
		at(index) {
			if (!Number.isInteger(index) || index < 0 || index >= length) return undefined;
			let entry = made[index];
			if (entry === undefined) {
				entry = make(index);
				made[index] = entry;
			}
			return entry;
		},
	};
}

/** The entries of `entries` at `indexes`, in that order: a filtered or sorted view that copies nothing. */
export function picked<T>(entries: Entries<T>, indexes: readonly number[]): Entries<T> {
	return {
		length: indexes.length,
		at(index) {
			const place = Number.isInteger(index) && index >= 0 ? indexes[index] : undefined;
			return place === undefined ? undefined : entries.at(place);
		},
	};
}
