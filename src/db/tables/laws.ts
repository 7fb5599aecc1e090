import type { DatePrecision, LawFamily } from '../../domain/vocabularies';

/** A row of `laws`. */
export interface LawsTable {
  id: string;
  slug: string;
  jurisdiction: string;
  short_name: string;
  citation: string | null;
  enacted_on: string | null;
  enacted_precision: DatePrecision | null;
  family: LawFamily;
}
