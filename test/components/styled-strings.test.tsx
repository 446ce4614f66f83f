import {Text} from 'ink';
import {Table, type CellProps} from 'ink-table';
import {render} from 'ink-testing-library';
import {memo, type PropsWithChildren, type ReactElement} from 'react';
import {afterAll, describe, expect, it, vi} from 'vitest';
import {osc8} from '../../source/copy/links.js';
import {InventoryTable} from '../../source/ui/panes/InventoryTable.js';
import {EntryList} from '../../source/ui/panes/EntryList.js';
import {LineText} from '../../source/ui/LineText.js';
import {lineText} from '../../source/ui/run-text.js';
import {StatusBar} from '../../source/ui/StatusBar.js';
import {statusBarText, type SearchStatus} from '../../source/view-model/status-bar.js';
import {LAYERS, type Layer} from '../../source/keymap/keymap.js';
import {UNICODE_GLYPHS} from '../../source/ui/glyphs.js';
import {THEMES, withoutColour, type Theme} from '../../source/ui/theme.js';
import {LookProvider} from '../../source/ui/ThemeContext.js';
import {fitInventoryTable, fitTableCell, INVENTORY_COLUMNS, inventoryRow, tableCells, widestCells} from '../../source/view-model/inventory.js';
import {GUTTER} from '../../source/view-model/layout.js';
import {fitLine, run, truncateLine, type Line, type Style} from '../../source/view-model/styled.js';
import {seed} from './harness.js';

// Styles are what these tests compare; Ink's chalk decides whether to write them when it is loaded.
vi.hoisted(() => {
	process.env['FORCE_COLOR'] = '3';
});
afterAll(() => {
	delete process.env['FORCE_COLOR'];
});

/*
 * Lines and the inventory's cells are drawn as strings with their styles written in (source/ui/run-text.ts), where
 * they were an Ink <Text> per run. The references below are that earlier drawing: each test renders both and
 * compares the frames, escape codes included, for every theme, with colour and without.
 */

const STYLES: Style[] = ['plain', 'dim', 'bold', 'heading', 'hedge', 'quote', 'passage', 'label', 'marker', 'warning', 'match'];
const themes: Theme[] = Object.values(THEMES).flatMap(theme => [theme, withoutColour(theme)]);

const look = (theme: Theme, tree: ReactElement): ReactElement => <LookProvider value={{theme, glyphs: UNICODE_GLYPHS}}>{tree}</LookProvider>;

function RunsAsTexts({line, theme, selected = false}: {line: Line; theme: Theme; selected?: boolean}) {
	return (
		<Text wrap="truncate-end" {...(selected ? theme.selected : {})}>
			{line.map((part, index) => (
				<Text key={index} {...theme.runs[part.style]}>
					{part.link ? osc8(part.link, part.text) : part.text}
				</Text>
			))}
		</Text>
	);
}

const frame = (tree: ReactElement): string => render(tree).lastFrame()!;

/** Every style once, between plain runs, with a link and an empty run among them. */
const everyStyle: Line = [
	...STYLES.flatMap((style, index) => [run(`${style} `, style), run(index % 2 ? '· ' : '')]),
	{text: 'a link', style: 'quote', link: 'https://example.com/article'},
	run(' end'),
];

describe('a line drawn as one string', () => {
	it('writes the same escape codes as a <Text> per run, in every theme, selected or not', () => {
		expect(frame(look(THEMES.dark, <LineText line={everyStyle} />))).toContain('\u001B[');
		for (const theme of themes) {
			for (const selected of [false, true]) {
				const expected = frame(look(theme, <RunsAsTexts line={everyStyle} theme={theme} selected={selected} />));
				// A selected line is drawn by the list's rows (EntryList), which call lineText as LineText does.
				const drawn = selected ? <Text wrap="truncate-end">{lineText(everyStyle, theme, true)}</Text> : look(theme, <LineText line={everyStyle} />);
				expect(frame(drawn), `${theme.name}, selected: ${selected}`).toBe(expected);
			}
		}
	});

	it('writes each style alone as its <Text> does', () => {
		for (const theme of themes) {
			for (const style of STYLES) {
				const line = [run('hedged ', 'plain'), run('may', style), run(' go', 'plain')];
				expect(frame(look(theme, <LineText line={line} />)), `${theme.name} ${style}`).toBe(frame(look(theme, <RunsAsTexts line={line} theme={theme} />)));
			}
		}
	});

	it('draws a list of entries as it did, the gutter mark outside the selection', () => {
		const lines: Line[] = [everyStyle, [run('second line', 'dim')]];
		const entries = {length: 2, at: (index: number) => ({id: `e${index}`, lines})};
		const width = 90;
		for (const theme of themes) {
			const drawn = frame(look(theme, <EntryList entries={entries} cursor={{selected: 0, offset: 0}} width={width} height={4} focused />));
			// The list's rows as they were drawn before: the line cut (and, when highlighted, padded) to the text's width.
			const expected = [0, 1].flatMap(index =>
				lines.map((line, number) => {
					const highlighted = index === 0;
					const cut = highlighted ? fitLine(line, width - GUTTER) : truncateLine(line, width - GUTTER);
					return frame(
						<Text wrap="truncate-end">
							{highlighted && number === 0 ? `${UNICODE_GLYPHS.selected} ` : ' '.repeat(GUTTER)}
							<RunsAsTexts line={cut} theme={theme} selected={highlighted} />
						</Text>,
					);
				}),
			);
			expect(drawn.split('\n'), theme.name).toEqual(expected);
		}
	});
});

describe('the inventory table drawn with cells as strings', () => {
	it('looks as it did with a <Text> per cell and per piece of the frame', () => {
		const items = seed().inventory;
		const rows = items.map(item => inventoryRow(item));
		const fitted = fitInventoryTable(widestCells(items), 120)!;
		const widths = INVENTORY_COLUMNS.map(column => fitted.widths[column] + 2);
		const mark = `${UNICODE_GLYPHS.selected} `;
		for (const theme of themes) {
			for (const focused of [true, false]) {
				const Cell = memo(function Cell({children, column}: CellProps) {
					const text = fitTableCell(String(children), widths[column] ?? 0);
					const selected = focused && column === 0 && text.trimStart().startsWith(UNICODE_GLYPHS.selected);
					return (
						<Text inverse={selected} bold={selected}>
							{text}
						</Text>
					);
				});
				const Heading = ({children}: PropsWithChildren) => <Text bold>{children}</Text>;
				const Skeleton = ({children}: PropsWithChildren) => <Text color={theme.border}>{children}</Text>;
				const data = rows.slice(0, 6).map((row, index) => tableCells(row, fitted, index === 2, mark));
				const expected = frame(<Table data={data} columns={[...INVENTORY_COLUMNS]} cell={Cell} header={Heading} skeleton={Skeleton} />);
				const drawn = frame(look(theme, <InventoryTable rows={rows} fitted={fitted} cursor={{selected: 2, offset: 0}} visible={6} focused={focused} />));
				expect(drawn, `${theme.name}, focused: ${focused}`).toBe(expected);
				if (focused && theme.border) expect(drawn).toContain('\u001B[7m');
			}
		}
	});
});

/** The status bar as it was drawn before, an Ink <Text> for each hint's key and words, from the same fitted text. */
function StatusBarAsTexts({layer, width, where, notice, search}: {layer: Layer; width: number; where: string; notice?: string; search?: SearchStatus}) {
	const bar = statusBarText(layer, width, where, notice, search);
	if (bar.kind === 'notice') {
		return (
			<Text wrap="truncate-end" bold>
				{bar.text}
			</Text>
		);
	}
	return (
		<Text wrap="truncate-end">
			{bar.kind === 'search' ? (
				<Text bold>{bar.query}</Text>
			) : (
				<>
					{bar.lead}
					{bar.hints.map(hint => (
						<Text key={hint.keys + hint.words}>
							<Text bold inverse>
								{hint.keys}
							</Text>
							<Text>{hint.words}</Text>
						</Text>
					))}
				</>
			)}
			{bar.gap}
			<Text dimColor>{bar.right}</Text>
		</Text>
	);
}

describe('the status bar drawn as one string', () => {
	it('writes the same escape codes as a <Text> per hint, for every layer, width, search and notice', () => {
		const searches: SearchStatus[] = [
			{query: 'Iran', rows: 5, matches: 9, current: 1},
			{query: 'Iran', rows: 5, matches: 9, current: -1},
			{query: 'nothing', rows: 0, matches: 0, current: -1},
			{query: '', rows: 0, matches: 0, current: -1},
		];
		let compared = 0;
		for (const layer of LAYERS) {
			for (const width of [20, 40, 80, 200]) {
				const expected = frame(<StatusBarAsTexts layer={layer} width={width} where="Quotes 3/8" />);
				expect(frame(<StatusBar layer={layer} width={width} where="Quotes 3/8" />), `${layer} at ${width}`).toBe(expected);
				for (const search of searches) {
					const searched = frame(<StatusBarAsTexts layer={layer} width={width} where="Quotes 3/8" search={search} />);
					expect(frame(<StatusBar layer={layer} width={width} where="Quotes 3/8" search={search} />), `${layer} at ${width}, ${JSON.stringify(search)}`).toBe(searched);
				}
				for (const notice of ['Copied the citation', 'Nothing to open: this entry has no link', 'Copié : « 無人機 » 👩‍🚀 — '.repeat(6)]) {
					// Bold, as a notice is drawn, on every layer but the search line being typed in, which it does not cover.
					const covers = statusBarText(layer, width, 'Quotes 3/8', notice, searches[0]).kind === 'notice';
					expect(covers, layer).toBe(layer !== 'search');
					const noticed = frame(<StatusBarAsTexts layer={layer} width={width} where="Quotes 3/8" notice={notice} search={searches[0]} />);
					if (covers) expect(noticed).toContain('\u001B[1m');
					expect(frame(<StatusBar layer={layer} width={width} where="Quotes 3/8" notice={notice} search={searches[0]} />), `${layer} at ${width}, ${notice}`).toBe(noticed);
				}
				compared++;
			}
		}
		expect(compared).toBe(LAYERS.length * 4);
		// Styles are in what was compared: the keys in bold inverse video, the position dim.
		expect(frame(<StatusBar layer="dashboard" width={80} where="Quotes 3/8" />)).toMatch(/\u001B\[7m.*\u001B\[2m Quotes 3\/8 /);
	});
});
