import { z } from 'zod';
import { PERIOD_INTERVALS } from '../../domain/partial-date';
import { STATS_GROUPINGS } from '../../domain/query-parameters';
import { apiSchemas, IsoDay, PartialDateText } from './api-schemas';

const PeriodCount = z
  .strictObject({
    period: z
      .string()
      .meta({ description: "2024, 2024-Q3 or 2024-08; in `imprecise`, the designations' own partial date." }),
    start: IsoDay,
    end: IsoDay.meta({ description: 'Inclusive; a period cut by from/to shows the part counted.' }),
    total: z.int(),
    groups: z
      .record(z.string(), z.int())
      .meta({ description: 'Counts by group_by value; "(none)" for no law or no tag.' }),
  })
  .register(apiSchemas, { id: 'PeriodCount' });

export const TimelineStats = z
  .strictObject({
    interval: z.enum(PERIOD_INTERVALS),
    group_by: z.enum(STATS_GROUPINGS).nullable(),
    from: PartialDateText.nullable(),
    to: PartialDateText.nullable(),
    total: z.int().meta({ description: 'Designations counted in periods.' }),
    imprecise_total: z.int().meta({ description: 'Designations counted in imprecise.' }),
    periods: z.array(PeriodCount).meta({
      description: 'Every period from `from` (or the earliest designation) to `to` (or the latest), zeros included.',
    }),
    imprecise: z.array(PeriodCount).meta({
      description:
        'Designations too coarse to place in one period inside the range (2014 for quarters), by their own date.',
    }),
  })
  .register(apiSchemas, { id: 'TimelineStats' });
