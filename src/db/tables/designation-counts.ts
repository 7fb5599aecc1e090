import type { DatePrecision, Measure, OrganizationKind } from '../../domain/vocabularies';

// The counts the statement triggers on all_designations keep (migrations 20261127010400,
// 20261127010500, 20261127011200, 20261127140000); each counts the designations not deleted.

/** A row of `designation_monthly_counts`. */
export interface DesignationMonthlyCountsTable {
  jurisdiction: string;
  /** The decided month, or the year of a designation dated only to a year. */
  period_start: string;
  measure: Measure;
  decided_precision: DatePrecision;
  designations: number;
}

/** A row of `designation_kind_counts`. */
export interface DesignationKindCountsTable {
  jurisdiction: string;
  organization_kind: OrganizationKind;
  measure: Measure;
  decided_month: string;
  designations: number;
}

/** A row of `designation_yearly_counts`. */
export interface DesignationYearlyCountsTable {
  jurisdiction: string;
  period_start: string;
  decided_precision: DatePrecision;
  designations: number;
}

/** A row of `designation_law_yearly_counts`; law_id is the nil uuid for the designations under no law. */
export interface DesignationLawYearlyCountsTable {
  jurisdiction: string;
  law_id: string;
  period_start: string;
  decided_precision: DatePrecision;
  designations: number;
}

/** A row of `organization_designation_counts`. */
export interface OrganizationDesignationCountsTable {
  organization_id: string;
  designations: number;
}
