import type { PartialDate } from '../partial-date';
import type { Status } from '../vocabularies';

/**
 * Status is derived from the dates, never stored: a designation is `ended` once the period of its
 * `ended_on` has begun on or before `today` (YYYY-MM-DD), and `active` otherwise.
 */
export function statusOn(endedOn: PartialDate | null, today: string): Status {
  return endedOn !== null && endedOn.start <= today ? 'ended' : 'active';
}
