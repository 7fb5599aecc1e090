/** Parameters of the change feed (GET /changes). */
import { z } from 'zod';
import { pageSize } from './query-parameters';
import { checkTimestampRange } from './designation-filters';

const REVISION_ID = /^\d{1,18}$/;
const TIMESTAMP = z.iso.datetime({ offset: true });
const MAX_CHANGES_PAGE = 1000;

export const changesParameters = z.strictObject({
  since: z
    .string()
    .superRefine((value, ctx) => {
      if (REVISION_ID.test(value)) return;
      if (TIMESTAMP.safeParse(value).success) checkTimestampRange(value, ctx);
      else
        ctx.addIssue({
          code: 'custom',
          message:
            'must be a revision id (the next_since of the previous page) or an ISO 8601 timestamp with a time zone',
        });
    })
    .optional()
    .meta({
      description:
        'The id of the last revision seen (the next_since of the previous page): the changes committed after it. ' +
        'Or an ISO 8601 timestamp: the changes recorded after it. From the first change when absent.',
    }),
  limit: pageSize(100, MAX_CHANGES_PAGE).meta({ description: `Revisions per page, 1-${MAX_CHANGES_PAGE}.` }),
});
export type ChangesParameters = z.output<typeof changesParameters>;

/** Whether `since` names a revision id rather than a moment. */
export function isRevisionId(since: string): boolean {
  return REVISION_ID.test(since);
}
