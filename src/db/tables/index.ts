/**
 * The row type of every table (and of the view `designations`) that queries name, so that
 * `db('designations')` returns typed rows. The columns are those the migrations leave.
 */
import type { ApiTokensTable } from './api-tokens';
import type {
  DesignationKindCountsTable,
  DesignationLawYearlyCountsTable,
  DesignationMonthlyCountsTable,
  DesignationYearlyCountsTable,
  OrganizationDesignationCountsTable,
} from './designation-counts';
import type { DesignationSourcesTable, DesignationsTable, SourcesTable } from './designations';
import type { JurisdictionActionSourcesTable, JurisdictionActionsTable } from './jurisdiction-actions';
import type { KnownTotalsTable } from './known-totals';
import type { LawsTable } from './laws';
import type {
  OrganizationIdentifiersTable,
  OrganizationNamesTable,
  OrganizationSlugRedirectsTable,
  OrganizationsTable,
} from './organizations';
import type { RevisionCommitsTable, RevisionsTable } from './revisions';

declare module 'knex/types/tables' {
  interface Tables {
    organizations: OrganizationsTable;
    organization_names: OrganizationNamesTable;
    organization_identifiers: OrganizationIdentifiersTable;
    organization_slug_redirects: OrganizationSlugRedirectsTable;
    laws: LawsTable;
    designations: DesignationsTable;
    all_designations: DesignationsTable;
    sources: SourcesTable;
    designation_sources: DesignationSourcesTable;
    jurisdiction_actions: JurisdictionActionsTable;
    jurisdiction_action_sources: JurisdictionActionSourcesTable;
    api_tokens: ApiTokensTable;
    revisions: RevisionsTable;
    revision_commits: RevisionCommitsTable;
    known_totals: KnownTotalsTable;
    designation_monthly_counts: DesignationMonthlyCountsTable;
    designation_kind_counts: DesignationKindCountsTable;
    designation_yearly_counts: DesignationYearlyCountsTable;
    designation_law_yearly_counts: DesignationLawYearlyCountsTable;
    organization_designation_counts: OrganizationDesignationCountsTable;
  }
}

export type {
  ApiTokensTable,
  DesignationKindCountsTable,
  DesignationLawYearlyCountsTable,
  DesignationMonthlyCountsTable,
  DesignationSourcesTable,
  DesignationsTable,
  DesignationYearlyCountsTable,
  JurisdictionActionSourcesTable,
  JurisdictionActionsTable,
  KnownTotalsTable,
  LawsTable,
  OrganizationDesignationCountsTable,
  OrganizationIdentifiersTable,
  OrganizationNamesTable,
  OrganizationSlugRedirectsTable,
  OrganizationsTable,
  RevisionCommitsTable,
  RevisionsTable,
  SourcesTable,
};
