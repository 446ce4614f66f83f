import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {JSON_SCHEMA_ID, serializeBriefingJsonSchema} from '../../source/briefing/json-schema.js';

const committed = readFileSync(new URL('../../schema/briefing.schema.json', import.meta.url), 'utf8');

describe('published JSON Schema', () => {
	it('is exactly what the zod schema generates (run `npm run schema` after changing schema.ts)', () => {
		expect(committed).toBe(serializeBriefingJsonSchema());
	});

	it('names itself and the schema version, and allows no unknown keys', () => {
		const schema = JSON.parse(committed) as Record<string, any>;
		expect(schema.$id).toBe(JSON_SCHEMA_ID);
		expect(schema.title).toBe('sitrep briefing');
		expect(schema.properties.schemaVersion.const).toBe(1);
		expect(schema.additionalProperties).toBe(false);
		expect(schema.properties.inventory.items.properties.category.enum).toContain('ballistic-missile');
	});
});
