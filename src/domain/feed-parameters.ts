/** Parameters of the Atom feed: the common filters, and how many of the newest designations. */
import { z } from 'zod';
import { pageSize } from './query-parameters';
import { checkFilterCombination, designationFilterFields, impreciseField } from './designation-filters';

export const MAX_FEED_ENTRIES = 200;

export const feedParameters = z
  .strictObject({
    ...designationFilterFields,
    ...impreciseField,
    limit: pageSize(50, MAX_FEED_ENTRIES).meta({
      description: `Entries, 1-${MAX_FEED_ENTRIES}: the designations most recently recorded.`,
    }),
  })
  .superRefine(checkFilterCombination);
export type FeedParameters = z.output<typeof feedParameters>;
