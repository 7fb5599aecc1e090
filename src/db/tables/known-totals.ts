import type { Confidence, CountKind, DatePrecision, Measure } from '../../domain/vocabularies';

/** A row of `known_totals`: a count published elsewhere, to compare the tracker's holdings with. */
export interface KnownTotalsTable {
  id: string;
  jurisdiction: string;
  scope: string;
  measure: Measure;
  count: number;
  count_kind: CountKind;
  as_of: string;
  as_of_precision: DatePrecision;
  source_url: string;
  source_publisher: string;
  confidence: Confidence;
  notes: string;
}
