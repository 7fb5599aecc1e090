import { z } from 'zod';
import { apiSchemas } from './api-schemas';

const RecordedRow = z.record(z.string(), z.unknown()).nullable().meta({
  description:
    'The stored row (all its columns, as the database holds them); null before a creation or after a deletion.',
});

export const Revision = z
  .strictObject({
    id: z.int().meta({ description: 'Unique; of two revisions of one record, the later has the larger id.' }),
    recorded_at: z
      .string()
      .meta({ description: 'When its transaction began (UTC, microseconds); usable as recorded_as_of.' }),
    actor: z.string().meta({ description: 'The token name, or cli, seed, import or migration.' }),
    action: z.enum(['baseline', 'create', 'update', 'delete', 'restore', 'end', 'merge']),
    table: z.string().meta({
      description:
        'designations, designation_sources, organizations, organization_names, organization_identifiers, ' +
        'organization_slug_redirects, laws, sources, jurisdiction_actions, jurisdiction_action_sources, ' +
        'known_totals.',
    }),
    record_id: z
      .string()
      .meta({ description: 'The row’s key in that table (two keys joined with "/" for link tables).' }),
    before: RecordedRow,
    after: RecordedRow,
  })
  .register(apiSchemas, { id: 'Revision', description: 'One recorded change of one row.' });

export const RevisionList = z
  .strictObject({ items: z.array(Revision).meta({ description: 'Oldest first.' }) })
  .register(apiSchemas, { id: 'RevisionList' });

export const ChangeFeed = z
  .strictObject({
    items: z.array(Revision).meta({
      description:
        'In the order their transactions committed, then by id: a later page never holds a change that committed before this one.',
    }),
    next_since: z
      .string()
      .nullable()
      .meta({ description: 'Pass as `since` for the next page (the id of the last revision here).' }),
    has_more: z
      .boolean()
      .meta({ description: 'True when the next page can be fetched at once; otherwise poll later with next_since.' }),
  })
  .register(apiSchemas, { id: 'ChangeFeed' });
