/**
 * Response schemas of the HTTP API, for the OpenAPI document: each registered schema becomes a
 * component with its id. Tests validate real responses against them, so they must stay exact.
 */
import { z } from 'zod';
import { DATE_PRECISIONS } from '../../domain/vocabularies';

export const apiSchemas = z.registry<{ id: string; description?: string }>();

export const PartialDateText = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .meta({ description: 'Partial date: YYYY, YYYY-MM or YYYY-MM-DD; its length is its precision.' });

export const IsoDay = z.iso.date().meta({ description: 'A calendar day, YYYY-MM-DD.' });

export const Precision = z.enum(DATE_PRECISIONS);

export const Jurisdiction = z
  .strictObject({ code: z.string().regex(/^[A-Z]{2}$/), name: z.string() })
  .register(apiSchemas, { id: 'Jurisdiction', description: 'ISO 3166-1 alpha-2 code and English name.' });

export const OrganizationLink = z
  .strictObject({ slug: z.string(), name: z.string() })
  .register(apiSchemas, { id: 'OrganizationLink' });

export const Problem = z
  .strictObject({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    code: z.string().meta({ description: 'Stable machine-readable code, e.g. invalid_input, not_found.' }),
    instance: z.string().optional(),
    parameter: z.string().optional().meta({ description: 'The first offending parameter.' }),
    errors: z
      .array(
        z.strictObject({
          parameter: z.string().optional(),
          value: z.unknown().optional(),
          message: z.string(),
          line: z.int().optional().meta({ description: 'For an import: the line of the file the problem is on.' }),
        }),
      )
      .optional()
      .meta({ description: 'Every problem with the input: parameter, the value given, and why it is wrong.' }),
  })
  .register(apiSchemas, { id: 'Problem', description: 'RFC 9457 problem details (application/problem+json).' });
