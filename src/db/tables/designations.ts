import type { Confidence, DatePrecision, Measure, ReasonsForm, ReasonTag } from '../../domain/vocabularies';

/**
 * A row of `all_designations`, and of the view `designations` of the ones not deleted (which has
 * the same columns). Dates are 'YYYY-MM-DD' text (see connection.ts).
 */
export interface DesignationsTable {
  id: string;
  organization_id: string;
  unit: string | null;
  jurisdiction: string;
  measure: Measure;
  law_id: string | null;
  law_citation: string | null;
  authority: string;
  decided_on: string;
  decided_precision: DatePrecision;
  listed_on: string | null;
  listed_precision: DatePrecision | null;
  ended_on: string | null;
  ended_precision: DatePrecision | null;
  stated_reasons: string;
  reasons_form: ReasonsForm;
  reasons_lang: string | null;
  reason_tags: ReasonTag[];
  confidence: Confidence;
  notes: string;
  created_at: Date;
  updated_at: Date;
  version: number;
  deleted_at: Date | null;
  /** Generated: the last day of the decided period. */
  decided_end: string;
  /** Generated: 1 for a year, 2 for a month, 3 for a day (coarser first in the list order). */
  decided_rank: number;
  /** Generated: the last day of the ended period. */
  ended_end: string | null;
}

/** A row of `sources`. */
export interface SourcesTable {
  id: string;
  url: string;
  publisher: string;
  title: string | null;
  published_on: string | null;
}

/** A row of `designation_sources`: a designation's sources in the order they were given. */
export interface DesignationSourcesTable {
  designation_id: string;
  source_id: string;
  position: number;
}
