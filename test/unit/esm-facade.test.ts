/*
 * esbuild.mjs imports CommonJS packages and Node's built-ins through one ES module each (scripts/esm-facade.mjs),
 * instead of a copy of their exports in every module that imports them.
 */
import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';
import {esmFacade, withProductionEnvironment} from '../../scripts/esm-facade.mjs';

const require = createRequire(import.meta.url);

/** Runs a facade's text as esbuild would, with `require` given, and says what it exports. */
function evaluate(facade: string, exports: object): Record<string, unknown> {
	const body = facade.replace('export default commonJs;', 'const __default = commonJs;').replace(/^export const (\{.*\}) = commonJs;$/m, 'const $1 = commonJs;');
	const names = /^const \{(.*)\} = commonJs;$/m.exec(body)?.[1]?.split(', ').filter(Boolean) ?? [];
	const run = new Function('require', `${body}\nreturn {default: __default${names.map(name => `, ${JSON.stringify(name)}: ${name}`).join('')}};`) as (require: (id: string) => object) => Record<string, unknown>;
	return run(() => exports);
}

describe('an ES module facade for a CommonJS module', () => {
	it("exports the module as its default and each plain property as itself, read once", () => {
		const exports = {useState: () => 1, version: '19', nested: {a: 1}};
		const facade = evaluate(esmFacade('fake', exports), exports);
		expect(facade['default']).toBe(exports);
		expect(facade['useState']).toBe(exports.useState);
		expect(facade['version']).toBe('19');
		expect(facade['nested']).toBe(exports.nested);
	});

	it('leaves out getters, which reading could set off (process.stdin opens standard input)', () => {
		let read = 0;
		const exports = Object.defineProperty({plain: 1}, 'stream', {enumerable: true, get: () => ++read});
		const text = esmFacade('fake', exports);
		expect(text).not.toMatch(/\bstream\b/);
		evaluate(text, exports);
		expect(read).toBe(0);

		const processFacade = esmFacade('node:process', process);
		expect(processFacade).toMatch(/\benv\b/);
		expect(processFacade).toMatch(/\bargv\b/);
		expect(processFacade).not.toMatch(/\bstdin\b|\bstdout\b/);
	});

	it('leaves out names that cannot be constants', () => {
		const exports = {'a-b': 1, delete: 2, class: 3, fine: 4};
		expect(Object.keys(evaluate(esmFacade('fake', exports), exports))).toEqual(['default', 'fine']);
	});

	it("names React's hooks and the JSX runtime's functions, from their production builds", () => {
		const react = esmFacade('react', withProductionEnvironment(() => require('react') as object));
		for (const name of ['useState', 'useMemo', 'useEffect', 'createElement', 'memo']) expect(react).toContain(name);
		const runtime = esmFacade('react/jsx-runtime', withProductionEnvironment(() => require('react/jsx-runtime') as object));
		for (const name of ['jsx', 'jsxs', 'Fragment']) expect(runtime).toContain(name);
	});
});
