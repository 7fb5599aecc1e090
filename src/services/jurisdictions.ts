import type { Db } from '../db/connection';
import { NotFoundError } from '../domain/errors';
import { isKnownJurisdiction, jurisdictionName } from '../domain/jurisdictions';
import { formatOptionalPartialDate, formatPartialDate, todayPartialDate } from '../domain/partial-date';
import type { DatePrecision, Measure } from '../domain/vocabularies';
import type { Designation } from '../domain/designation';
import { filteredDesignations } from '../queries/designation-records';
import {
  collectiveActions,
  countsByLaw,
  countsByMeasure,
  findJurisdictionSummary,
  JurisdictionRow,
  listJurisdictionSummaries,
} from '../queries/jurisdictions';

/** How many of the first and of the latest actions a jurisdiction's page shows. */
const ACTIONS_SHOWN = 5;

export interface JurisdictionSummary {
  code: string;
  name: string;
  designation_count: number;
  first_action_on: string | null;
  latest_action_on: string | null;
}

export interface JurisdictionDetail extends JurisdictionSummary {
  by_measure: { measure: Measure; count: number }[];
  by_law: { law: { slug: string; short_name: string } | null; count: number }[];
  first_actions: Designation[];
  latest_actions: Designation[];
  collective_actions: CollectiveAction[];
}

/** One action against many organizations at once (Nicaragua cancelling a hundred NGOs in one decree). */
export interface CollectiveAction {
  id: string;
  measure: Measure;
  law: { slug: string; short_name: string } | null;
  authority: string;
  decided_on: string;
  decided_precision: DatePrecision;
  organizations_affected: number | null;
  description: string;
  sources: { url: string; publisher: string; title: string | null }[];
}

export async function listJurisdictions(db: Db): Promise<{ items: JurisdictionSummary[] }> {
  return { items: (await listJurisdictionSummaries(db)).map((row) => toSummary(row.jurisdiction, row)) };
}

/** Any ISO 3166-1 code has a page (all zeros when it has not acted); other codes are not found. */
export async function getJurisdiction(db: Db, code: string): Promise<JurisdictionDetail> {
  if (!isKnownJurisdiction(code)) throw new NotFoundError(`${code} is not an ISO 3166-1 alpha-2 code`);
  const today = todayPartialDate().start;
  const filters = { jurisdictions: [code], family: false, imprecise: 'exclude' as const };
  const actions = (descending: boolean) =>
    filteredDesignations(db, filters, today, { descending, limit: ACTIONS_SHOWN });
  return {
    ...toSummary(code, await findJurisdictionSummary(db, code)),
    by_measure: await countsByMeasure(db, code),
    by_law: (await countsByLaw(db, code)).map(({ slug, short_name, count }) => ({
      law: slug === null ? null : { slug, short_name: short_name! },
      count,
    })),
    first_actions: await actions(false),
    latest_actions: await actions(true),
    collective_actions: (await collectiveActions(db, code)).map(
      ({ law_slug, law_short_name, decided_on, ...action }) => ({
        ...action,
        law: law_slug === null ? null : { slug: law_slug, short_name: law_short_name! },
        decided_on: formatPartialDate(decided_on, action.decided_precision),
      }),
    ),
  };
}

function toSummary(code: string, row: JurisdictionRow | undefined): JurisdictionSummary {
  return {
    code,
    name: jurisdictionName(code),
    designation_count: row?.designation_count ?? 0,
    first_action_on: row ? formatOptionalPartialDate(row.first_decided_on, row.first_decided_precision) : null,
    latest_action_on: row ? formatOptionalPartialDate(row.latest_decided_on, row.latest_decided_precision) : null,
  };
}
