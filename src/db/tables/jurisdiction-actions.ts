import type { Confidence, DatePrecision, Measure, ReasonsForm, ReasonTag } from '../../domain/vocabularies';

/** A row of `jurisdiction_actions`: one action against many organizations at once. */
export interface JurisdictionActionsTable {
  id: string;
  jurisdiction: string;
  measure: Measure;
  law_id: string | null;
  law_citation: string | null;
  authority: string;
  decided_on: string;
  decided_precision: DatePrecision;
  listed_on: string | null;
  listed_precision: DatePrecision | null;
  organizations_affected: number | null;
  description: string;
  stated_reasons: string;
  reasons_form: ReasonsForm;
  reason_tags: ReasonTag[];
  confidence: Confidence;
  notes: string;
  created_at: Date;
  updated_at: Date;
}

/** A row of `jurisdiction_action_sources`. */
export interface JurisdictionActionSourcesTable {
  action_id: string;
  source_id: string;
  position: number;
}
