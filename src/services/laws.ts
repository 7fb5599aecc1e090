import type { Db } from '../db/connection';
import { NotFoundError } from '../domain/errors';
import { jurisdictionName } from '../domain/jurisdictions';
import { countByPeriod } from '../domain/period-counts';
import { formatOptionalPartialDate, todayPartialDate } from '../domain/partial-date';
import { LeftOutCount, measuresLeftOut } from '../domain/precedents/state-acts';
import type { LawFamily } from '../domain/vocabularies';
import { datedCounts } from '../queries/dated-counts';
import type { Designation } from '../domain/designation';
import { filteredDesignations } from '../queries/designation-records';
import { findLawBySlug, LawRow, lawNotStateActs, listLaws as listLawRows } from '../queries/laws';

/** How many of the first and of the latest designations under a law its page shows. */
const USES_SHOWN = 5;

export interface LawSummary {
  slug: string;
  jurisdiction: { code: string; name: string };
  short_name: string;
  citation: string | null;
  enacted_on: string | null;
  family: LawFamily;
  designation_count: number;
  first_used_on: string | null;
  latest_used_on: string | null;
}

export interface LawDetail extends LawSummary {
  /** The first state acts under the law: designations that are not state acts are not uses (see not_state_acts). */
  first_uses: Designation[];
  latest_uses: Designation[];
  /** Every year from the first use to the latest, zeros included. */
  counts_per_year: { year: string; count: number }[];
  /** Where every designation under the law is listed, page by page. */
  designations_url: string;
  /** Its designations that are not state acts, by measure: in designation_count, not in first_used_on or first_uses. */
  not_state_acts: LeftOutCount[];
}

export async function listLaws(db: Db): Promise<{ items: LawSummary[] }> {
  return { items: (await listLawRows(db)).map(toLawSummary) };
}

export async function getLaw(db: Db, slug: string): Promise<LawDetail> {
  const law = await findLawBySlug(db, slug);
  if (!law) throw new NotFoundError(`no law has slug ${slug}`);
  const today = todayPartialDate().start;
  const filters = { law: slug, family: false, imprecise: 'exclude' as const };
  const uses = (descending: boolean, leftOut: readonly string[]) =>
    filteredDesignations(db, filters, today, { descending, measuresLeftOut: leftOut, limit: USES_SHOWN });
  const perYear = countByPeriod(await datedCounts(db, filters, undefined, 'year', today), 'year', {});
  return {
    ...toLawSummary(law),
    first_uses: await uses(false, measuresLeftOut([])),
    latest_uses: await uses(true, []),
    counts_per_year: perYear.periods.map((period) => ({ year: period.period, count: period.total })),
    designations_url: `/api/v1/designations?law=${slug}`,
    not_state_acts: await lawNotStateActs(db, law.id),
  };
}

function toLawSummary(law: LawRow): LawSummary {
  return {
    slug: law.slug,
    jurisdiction: { code: law.jurisdiction, name: jurisdictionName(law.jurisdiction) },
    short_name: law.short_name,
    citation: law.citation,
    enacted_on: formatOptionalPartialDate(law.enacted_on, law.enacted_precision),
    family: law.family,
    designation_count: law.designation_count,
    first_used_on: formatOptionalPartialDate(law.first_decided_on, law.first_decided_precision),
    latest_used_on: formatOptionalPartialDate(law.latest_decided_on, law.latest_decided_precision),
  };
}
