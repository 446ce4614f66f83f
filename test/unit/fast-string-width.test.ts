import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import fastStringWidth, {ONE_CELL} from '../../source/text/fast-string-width.js';

describe('the fast string width used in the bundle', () => {
	it('treats as one cell only characters string-width also measures as one cell', () => {
		const wrong: string[] = [];
		for (let code = 0; code <= 0xffff; code++) {
			if (code >= 0xd800 && code <= 0xdfff) continue;
			const character = String.fromCharCode(code);
			if (ONE_CELL.test(character) && stringWidth(character) !== 1) wrong.push(`U+${code.toString(16)}`);
		}
		expect(wrong).toEqual([]);
	});

	it('agrees with string-width on text sitrep draws and on text from data', () => {
		const samples = [
			'┏━ 1 Summary ━━━━ 1/10 ━┓',
			'│ ▶ “top military backer” ¶1 — ‘x’ → y … ▼ 3 more │',
			'日本語のテキスト',
			'emoji 🚀 and flags 🇺🇦 and ZWJ 👩‍🚀',
			'▶️ with a variation selector',
			'e\u0301 combining',
			'\u001B[1mbold\u001B[22m',
			'',
		];
		for (const sample of samples) {
			expect(fastStringWidth(sample), sample).toBe(stringWidth(sample));
			expect(fastStringWidth(sample), `${sample} (remembered)`).toBe(stringWidth(sample));
		}
	});
});
