/** Pieces of the OpenAPI document that the read, download and write operations share. */
import { z } from 'zod';
import { apiSchemas, Problem } from '../../schemas/api-schemas';

export type JsonSchema = Record<string, unknown>;

export const COMPONENTS = '#/components/schemas/';

export function componentRef(schema: z.ZodType): JsonSchema {
  const id = apiSchemas.get(schema)?.id;
  if (id === undefined) throw new Error('a documented response schema must be registered in apiSchemas');
  return { $ref: `${COMPONENTS}${id}` };
}

/** A schema's input side as JSON Schema, without the `$schema` dialect (OpenAPI 3.1 implies it). */
export function inputSchema(schema: z.ZodType): JsonSchema {
  const json: JsonSchema = { ...z.toJSONSchema(schema, { io: 'input' }) };
  delete json.$schema;
  return json;
}

/**
 * Query-string values are strings, so a parameter is documented by its schema's input side; the
 * description moves up a level.
 */
export function parameters(schema: z.ZodObject, location: 'path' | 'query'): JsonSchema[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const fieldSchema = inputSchema(field as z.ZodType);
    const { description } = fieldSchema;
    delete fieldSchema.description;
    return {
      name,
      in: location,
      required: location === 'path' || !(field as z.ZodType).safeParse(undefined).success,
      ...(description ? { description } : {}),
      schema: fieldSchema,
    };
  });
}

export function problemResponse(description: string, schema: z.ZodType = Problem): JsonSchema {
  return { description, content: { 'application/problem+json': { schema: componentRef(schema) } } };
}
