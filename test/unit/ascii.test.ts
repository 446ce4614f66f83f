import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {localeIsUtf8} from '../../source/app/capabilities.js';
import {toAscii} from '../../source/text/ascii.js';

describe('ASCII drawing', () => {
	it('replaces box drawing, marks and typography with ASCII of the same width', () => {
		const frame = '┏━ 2 Quotes ━┓│ ▶ “top” ¶1 — ‘x’ → y … ╰─╯ ▼ 3 more';
		const ascii = toAscii(frame);
		expect(ascii).toBe('+- 2 Quotes -+| > "top" P1 - \'x\' > y . +-+ v 3 more');
		expect(stringWidth(ascii)).toBe(stringWidth(frame));
	});

	it('keeps the width of wide and accented characters, and drops nothing silently', () => {
		for (const text of ['Zürich café', '東京 talks', 'emoji 🚀 here', 'a\u0301b']) {
			const ascii = toAscii(text);
			expect(ascii, text).toMatch(/^[\u0020-\u007E]*$/);
			expect(stringWidth(ascii), text).toBe(stringWidth(text));
		}
		expect(toAscii('Zürich café')).toBe('Zurich cafe');
		expect(toAscii('東京')).toBe('????');
	});

	it('leaves escape sequences and plain ASCII untouched', () => {
		const sgr = '\u001B[1mbold\u001B[22m plain';
		expect(toAscii(sgr)).toBe(sgr);
	});

	it('reads the locale in the order the C library does', () => {
		expect(localeIsUtf8({LANG: 'en_GB.UTF-8'})).toBe(true);
		expect(localeIsUtf8({LC_ALL: 'C', LANG: 'en_GB.UTF-8'})).toBe(false);
		expect(localeIsUtf8({LC_CTYPE: 'en_US.utf8', LANG: 'C'})).toBe(true);
		expect(localeIsUtf8({})).toBe(false);
	});
});
