import * as z from 'zod';
import {briefingSchema, SCHEMA_VERSION} from './schema.js';

/** A URN rather than a URL: the schema is published in the repository, not at an address we control. */
export const JSON_SCHEMA_ID = `urn:sitrep:schema:briefing:v${SCHEMA_VERSION}`;

/**
 * The briefing format as JSON Schema, for editors and for people writing briefings by hand. It is derived from the
 * zod schema so the two cannot disagree; the rules zod expresses only in code (spans must match the article, names
 * must be listed in `people`) are checked by sitrep itself.
 */
export function briefingJsonSchema(): Record<string, unknown> {
	// `input`: the schema describes the file as written, before zod's trimming of strings.
	const generated = z.toJSONSchema(briefingSchema, {target: 'draft-2020-12', io: 'input', unrepresentable: 'any'});
	const {$schema, ...rest} = generated;
	return {
		$schema,
		$id: JSON_SCHEMA_ID,
		title: 'sitrep briefing',
		description: `A news briefing for sitrep, schema version ${SCHEMA_VERSION}: the article, its summary, the people quoted, the quotations and the hardware inventory, each located in the article by paragraph and character offsets.`,
		'x-schemaVersion': SCHEMA_VERSION,
		...rest,
	};
}

/** Exactly the bytes of the published `schema/briefing.schema.json`. */
export function serializeBriefingJsonSchema(): string {
	return `${JSON.stringify(briefingJsonSchema(), null, 2)}\n`;
}
