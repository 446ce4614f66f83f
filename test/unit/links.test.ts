import {describe, expect, it} from 'vitest';
import {isLinkable, openCommand, osc8} from '../../source/copy/links.js';

const ESC = '\u001B';
const link = (url: string, label: string) => `${ESC}]8;;${url}\u0007${label}${ESC}]8;;\u0007`;

describe('osc8', () => {
	it('links http, https and mailto addresses', () => {
		expect(osc8('https://example.com/a?b=c#d', 'Example')).toBe(link('https://example.com/a?b=c#d', 'Example'));
		expect(osc8('http://example.com', 'x')).toBe(link('http://example.com/', 'x'));
		expect(osc8('mailto:desk@example.com', 'Mail')).toBe(link('mailto:desk@example.com', 'Mail'));
	});

	it('sends a percent-encoded ASCII target', () => {
		expect(osc8('https://exämple.com/café', 'x')).toBe(link('https://xn--exmple-cua.com/caf%C3%A9', 'x'));
	});

	it('gives the label alone for schemes that could act on the machine, and for relative or broken addresses', () => {
		for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', 'file:///etc/passwd', 'data:text/html,<b>x</b>', '/relative/path', 'example.com', 'http://', '', 'vbscript:x']) {
			expect(osc8(url, 'label'), url).toBe('label');
			expect(isLinkable(url), url).toBe(false);
		}
		expect(osc8(undefined, 'label')).toBe('label');
	});

	it('refuses addresses holding controls, spaces, bidi overrides or credentials', () => {
		for (const url of [
			`https://example.com/${ESC}]8;;https://evil.example${ESC}\\`,
			'https://example.com/a b',
			'https://example.com/\u0007',
			'java\nscript:alert(1)',
			'https://exa\tmple.com',
			' https://example.com',
			'https://example.com/\u202Egnp.exe',
			'https://example.com\u00A0',
			'https://trusted.example@evil.example/',
			'https://' + 'a'.repeat(3000) + '.com',
		]) {
			expect(isLinkable(url), JSON.stringify(url)).toBe(false);
			expect(osc8(url, 'label')).toBe('label');
		}
	});

	it('neutralises the label', () => {
		expect(osc8('https://example.com/', `a${ESC}[31mb`)).toBe(link('https://example.com/', 'a␛[31mb'));
		expect(osc8('file:///x', `a${ESC}b`)).toBe('a␛b');
	});
});

describe('openCommand', () => {
	const desktop = {DISPLAY: ':0'};

	it('picks the opener of each platform, passing the address as one argument with no shell', () => {
		const url = 'https://example.com/a?b=1&c=2';
		expect(openCommand(url, 'linux', desktop)).toEqual({command: 'xdg-open', args: [url]});
		expect(openCommand(url, 'linux', {WAYLAND_DISPLAY: 'wayland-0'})).toEqual({command: 'xdg-open', args: [url]});
		expect(openCommand(url, 'darwin', {})).toEqual({command: 'open', args: [url]});
		expect(openCommand(url, 'win32', {})).toEqual({command: 'rundll32', args: ['url.dll,FileProtocolHandler', url]});
	});

	it('opens nothing over SSH, without a display, on unknown platforms, or for unsafe addresses', () => {
		const url = 'https://example.com/';
		for (const name of ['SSH_CONNECTION', 'SSH_TTY', 'SSH_CLIENT']) {
			expect(openCommand(url, 'darwin', {[name]: '10.0.0.1 52000 10.0.0.2 22'}), name).toBeUndefined();
			expect(openCommand(url, 'linux', {...desktop, [name]: '/dev/pts/1'}), name).toBeUndefined();
		}
		expect(openCommand(url, 'linux', {})).toBeUndefined();
		expect(openCommand(url, 'aix', desktop)).toBeUndefined();
		expect(openCommand('javascript:alert(1)', 'darwin', {})).toBeUndefined();
		expect(openCommand('file:///etc/passwd', 'linux', desktop)).toBeUndefined();
		expect(openCommand(undefined, 'darwin', {})).toBeUndefined();
	});
});
