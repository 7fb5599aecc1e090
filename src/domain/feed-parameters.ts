/** Parameters of the Atom feed: the common filters, and how many of the newest designations. */
import { z } from 'zod';
import { checkFilterCombination, designationFilterFields, impreciseField } from './designation-filters';

export const MAX_FEED_ENTRIES = 200;

export const feedParameters = z
  .strictObject({
    ...designationFilterFields,
    ...impreciseField,
    limit: z.coerce
      .number({ message: 'must be a whole number' })
      .int({ message: 'must be a whole number' })
      .min(1, { message: `must be between 1 and ${MAX_FEED_ENTRIES}` })
      .max(MAX_FEED_ENTRIES, { message: `must be between 1 and ${MAX_FEED_ENTRIES}` })
      .default(50)
      .meta({ description: `Entries, 1-${MAX_FEED_ENTRIES}: the designations most recently recorded.` }),
  })
  .superRefine(checkFilterCombination);
export type FeedParameters = z.output<typeof feedParameters>;
