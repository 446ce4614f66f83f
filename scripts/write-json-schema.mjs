// Regenerates schema/briefing.schema.json from the zod schema.
import {writeFile} from 'node:fs/promises';
import {importTypeScript} from './import-typescript.mjs';

const output = 'schema/briefing.schema.json';
const {serializeBriefingJsonSchema} = await importTypeScript('source/briefing/json-schema.ts');
await writeFile(output, serializeBriefingJsonSchema());
console.log(`wrote ${output}`);
