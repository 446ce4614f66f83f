import {readFileSync} from 'node:fs';
import {expect, it} from 'vitest';
import {validateConfig} from '../../source/config/load.js';
import {commandFor, setActiveKeymap} from '../../source/keymap/keymap.js';

it('the README’s example configuration is valid and does what it says', async () => {
	const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
	const example = /## Configuration[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
	expect(example, 'README.md has a JSON example under ## Configuration').toBeDefined();
	const {config, keymap} = await validateConfig('README.md', JSON.parse(example!));
	expect(config.defaultPane).toBe('quotes');
	setActiveKeymap(keymap);
	try {
		expect(commandFor('dashboard', 'e')).toBe('move-down');
		expect(commandFor('dashboard', 'j')).toBeUndefined();
	} finally {
		setActiveKeymap(undefined);
	}
});
