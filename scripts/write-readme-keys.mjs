// Rewrites the key table in README.md from the keymap; the keymap test fails until this has been run.
import {readFile, writeFile} from 'node:fs/promises';
import {importTypeScript} from './import-typescript.mjs';

const {keyTableMarkdown} = await importTypeScript('source/keymap/key-table.ts');
const readme = await readFile('README.md', 'utf8');
const updated = readme.replace(/(<!-- keys:start -->\n)[\s\S]*?(\n<!-- keys:end -->)/, `$1${keyTableMarkdown()}$2`);
await writeFile('README.md', updated);
console.log(updated === readme ? 'README.md key table already up to date' : 'rewrote the README.md key table');
