import { z } from 'zod';
import { apiSchemas } from './api-schemas';

export const ImportSummary = z
  .strictObject({
    dry_run: z
      .boolean()
      .meta({ description: 'True: everything was done, then rolled back; the counts are what a real run would do.' }),
    rows: z.int(),
    created: z.int(),
    updated: z.int(),
    unchanged: z.int(),
    rejected: z.int(),
    organizations_created: z.int(),
    organizations_updated: z.int(),
    laws_created: z.int(),
  })
  .register(apiSchemas, { id: 'ImportSummary' });
