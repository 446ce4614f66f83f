// Used by esbuild.mjs; its own module so that a test can look at what it writes.

/**
 * An ES module standing for a CommonJS one: its exports object as the default export, and each of its plain data
 * properties as a named export, read once. esbuild gives every module that imports a CommonJS one a copy of its
 * exports made of getters (its __toESM helper): 41 copies of React's, 17 of process's (whose every property was
 * copied), 14 of the JSX runtime's, about 2 MB allocated and a few milliseconds of every start. Through a facade
 * the package is required once and its exports read once. Getters are left out, so that reading them cannot set
 * anything off (process.stdin would open standard input); a module that imported one would fail the build.
 */
export function esmFacade(specifier, exports) {
	const names = Object.getOwnPropertyNames(exports).filter(name => {
		const descriptor = Object.getOwnPropertyDescriptor(exports, name);
		return descriptor && 'value' in descriptor && name !== 'default' && isBindingName(name);
	});
	return [`const commonJs = require(${JSON.stringify(specifier)});`, 'export default commonJs;', `export const {${names.join(', ')}} = commonJs;`].join('\n');
}

/** React picks its production or development build from NODE_ENV; the bundle is production. */
export function withProductionEnvironment(load) {
	const before = process.env.NODE_ENV;
	process.env.NODE_ENV = 'production';
	try {
		return load();
	} finally {
		if (before === undefined) delete process.env.NODE_ENV;
		else process.env.NODE_ENV = before;
	}
}

/** Whether `name` can be declared as a constant (not a reserved word, not a string key like "a-b"). */
function isBindingName(name) {
	try {
		new Function(`"use strict"; const ${name} = 0;`);
		return true;
	} catch {
		return false;
	}
}
