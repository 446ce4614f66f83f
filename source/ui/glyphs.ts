/** The drawing characters, so an ASCII-only terminal can get plain ones. */
export type Glyphs = {
	frame: {topLeft: string; topRight: string; bottomLeft: string; bottomRight: string; horizontal: string; vertical: string};
	focusFrame: {topLeft: string; topRight: string; bottomLeft: string; bottomRight: string; horizontal: string; vertical: string};
	selected: string;
	more: {up: string; down: string};
	arrow: string;
	ellipsis: string;
};

export const UNICODE_GLYPHS: Glyphs = {
	frame: {topLeft: '╭', topRight: '╮', bottomLeft: '╰', bottomRight: '╯', horizontal: '─', vertical: '│'},
	focusFrame: {topLeft: '┏', topRight: '┓', bottomLeft: '┗', bottomRight: '┛', horizontal: '━', vertical: '┃'},
	selected: '▶',
	more: {up: '▲', down: '▼'},
	arrow: '→',
	ellipsis: '…',
};

export const ASCII_GLYPHS: Glyphs = {
	frame: {topLeft: '+', topRight: '+', bottomLeft: '+', bottomRight: '+', horizontal: '-', vertical: '|'},
	focusFrame: {topLeft: '#', topRight: '#', bottomLeft: '#', bottomRight: '#', horizontal: '=', vertical: '#'},
	selected: '>',
	more: {up: '^', down: 'v'},
	arrow: '->',
	ellipsis: '...',
};
