/**
 * Law families across borders (`GET /law-families`, docs/api.md): per family, which jurisdictions
 * have such laws, when each first used one (its earliest state act under one: measures that are
 * not state acts are not uses, as for a law), and how often since. Built from the per-law first and
 * latest uses that GET /laws gives, so the two always agree.
 */
import type { Db } from '../db/connection';
import { NotFoundError } from '../domain/errors';
import { jurisdictionName } from '../domain/jurisdictions';
import { compareFirstUses, LAW_FAMILY_DESCRIPTIONS } from '../domain/law-families';
import { formatOptionalPartialDate, formatPartialDate, precisionRank, todayPartialDate } from '../domain/partial-date';
import { isOneOf, LAW_FAMILIES, LawFamily, Measure } from '../domain/vocabularies';
import type { Designation } from '../domain/designation';
import { designationsWithIds } from '../queries/designation-records';
import { familyYearCounts } from '../queries/law-families';
import { LawRow, listLaws } from '../queries/laws';

/** One designation as a use of a law of the family: who, where, under which law, when. */
export interface LawUse {
  designation_id: string;
  decided_on: string;
  measure: Measure;
  organization: { slug: string; name: string };
  unit: string | null;
  jurisdiction: { code: string; name: string };
  law: { slug: string; short_name: string };
}

export interface FamilyLaw {
  slug: string;
  short_name: string;
  enacted_on: string | null;
  designation_count: number;
  first_used_on: string | null;
  latest_used_on: string | null;
}

/** One jurisdiction in a family's diffusion timeline. */
export interface FamilyJurisdiction {
  jurisdiction: { code: string; name: string };
  /** Its place in the order the jurisdictions first used a law of the family (1: the first); null when it has not. */
  position: number | null;
  laws: FamilyLaw[];
  designation_count: number;
  first_use: LawUse | null;
  latest_use: LawUse | null;
  /** Every year from its first designation under the family's laws to its latest, zeros included. */
  counts_per_year: { year: string; count: number }[];
}

export interface LawFamilySummary {
  family: LawFamily;
  label: string;
  definition: string;
  jurisdiction_count: number;
  law_count: number;
  designation_count: number;
  first_use: LawUse | null;
  latest_use: LawUse | null;
}

export interface LawFamilyDetail extends LawFamilySummary {
  /** The diffusion timeline: by first use, the jurisdictions that have not used one last. */
  jurisdictions: FamilyJurisdiction[];
  designations_url: string;
}

/** A law's first or latest use as a sortable key: decided day, precision (coarser first), designation id. */
interface UseKey {
  id: string;
  on: string;
  rank: number;
  text: string;
}

function firstUseKey(law: LawRow): UseKey | null {
  if (law.first_use_id === null || law.first_decided_on === null || law.first_decided_precision === null) return null;
  const { first_use_id: id, first_decided_on: on, first_decided_precision: precision } = law;
  return { id, on, rank: precisionRank(precision), text: formatPartialDate(on, precision) };
}

function latestUseKey(law: LawRow): UseKey | null {
  if (law.latest_use_id === null || law.latest_decided_on === null || law.latest_decided_precision === null)
    return null;
  const { latest_use_id: id, latest_decided_on: on, latest_decided_precision: precision } = law;
  return { id, on, rank: precisionRank(precision), text: formatPartialDate(on, precision) };
}

/** The designation order (date, coarser first, id): negative when `a` comes first. */
function compareUses(a: UseKey, b: UseKey): number {
  return a.on.localeCompare(b.on) || a.rank - b.rank || a.id.localeCompare(b.id);
}

function earliest(keys: (UseKey | null)[]): UseKey | null {
  return keys.reduce<UseKey | null>(
    (best, key) => (key !== null && (best === null || compareUses(key, best) < 0) ? key : best),
    null,
  );
}

function latest(keys: (UseKey | null)[]): UseKey | null {
  return keys.reduce<UseKey | null>(
    (best, key) => (key !== null && (best === null || compareUses(key, best) > 0) ? key : best),
    null,
  );
}

function toLawUse(designation: Designation): LawUse {
  return {
    designation_id: designation.id,
    decided_on: designation.decided_on,
    measure: designation.measure,
    organization: { slug: designation.organization.slug, name: designation.organization.name },
    unit: designation.unit,
    jurisdiction: designation.jurisdiction,
    law: { slug: designation.law!.slug, short_name: designation.law!.short_name },
  };
}

/** The designations behind the uses picked, fetched at once. */
async function usesById(db: Db, keys: (UseKey | null)[], today: string): Promise<Map<string, LawUse>> {
  const ids = [...new Set(keys.flatMap((key) => (key ? [key.id] : [])))];
  if (ids.length === 0) return new Map();
  const designations = await designationsWithIds(db, ids, today);
  return new Map(designations.map((designation) => [designation.id, toLawUse(designation)]));
}

function summaryOf(family: LawFamily, laws: LawRow[], uses: Map<string, LawUse>): LawFamilySummary {
  const first = earliest(laws.map(firstUseKey));
  const last = latest(laws.map(latestUseKey));
  const { label, definition } = LAW_FAMILY_DESCRIPTIONS[family];
  return {
    family,
    label,
    definition,
    jurisdiction_count: new Set(laws.map((law) => law.jurisdiction)).size,
    law_count: laws.length,
    designation_count: laws.reduce((sum, law) => sum + law.designation_count, 0),
    first_use: first ? uses.get(first.id)! : null,
    latest_use: last ? uses.get(last.id)! : null,
  };
}

export async function listLawFamilies(db: Db): Promise<{ items: LawFamilySummary[] }> {
  const laws = await listLaws(db);
  const uses = await usesById(
    db,
    laws.flatMap((law) => [firstUseKey(law), latestUseKey(law)]),
    todayPartialDate().start,
  );
  return {
    items: LAW_FAMILIES.map((family) =>
      summaryOf(
        family,
        laws.filter((law) => law.family === family),
        uses,
      ),
    ),
  };
}

/** Every year from the first to the last of `counts`, zeros included. */
function yearsWithZeros(counts: { year: number; count: number }[]): { year: string; count: number }[] {
  if (counts.length === 0) return [];
  const byYear = new Map(counts.map((row) => [row.year, row.count]));
  const [first, last] = [counts[0].year, counts[counts.length - 1].year];
  return Array.from({ length: last - first + 1 }, (_, index) => ({
    year: String(first + index),
    count: byYear.get(first + index) ?? 0,
  }));
}

function familyLaw(law: LawRow): FamilyLaw {
  return {
    slug: law.slug,
    short_name: law.short_name,
    enacted_on: formatOptionalPartialDate(law.enacted_on, law.enacted_precision),
    designation_count: law.designation_count,
    first_used_on: formatOptionalPartialDate(law.first_decided_on, law.first_decided_precision),
    latest_used_on: formatOptionalPartialDate(law.latest_decided_on, law.latest_decided_precision),
  };
}

export async function getLawFamily(db: Db, family: string): Promise<LawFamilyDetail> {
  if (!isOneOf(LAW_FAMILIES, family))
    throw new NotFoundError(`no law family is called ${family}; the families are ${LAW_FAMILIES.join(', ')}`);
  const today = todayPartialDate().start;
  const [laws, yearCounts] = await Promise.all([listLaws(db, [family]), familyYearCounts(db, family, today)]);
  const codes = [...new Set(laws.map((law) => law.jurisdiction))];
  const lawsOf = (code: string) => laws.filter((law) => law.jurisdiction === code);
  const firsts = new Map(codes.map((code) => [code, earliest(lawsOf(code).map(firstUseKey))]));
  const lasts = new Map(codes.map((code) => [code, latest(lawsOf(code).map(latestUseKey))]));
  const uses = await usesById(db, [...firsts.values(), ...lasts.values()], today);
  const ordered = codes.map((code) => ({ code, firstUsedOn: firsts.get(code)?.text ?? null })).sort(compareFirstUses);
  const jurisdictions = ordered.map(({ code, firstUsedOn }, index): FamilyJurisdiction => {
    const first = firsts.get(code)!;
    const last = lasts.get(code)!;
    return {
      jurisdiction: { code, name: jurisdictionName(code) },
      position: firstUsedOn === null ? null : index + 1,
      laws: lawsOf(code).map(familyLaw),
      designation_count: lawsOf(code).reduce((sum, law) => sum + law.designation_count, 0),
      first_use: first ? uses.get(first.id)! : null,
      latest_use: last ? uses.get(last.id)! : null,
      counts_per_year: yearsWithZeros(yearCounts.filter((row) => row.jurisdiction === code)),
    };
  });
  return {
    ...summaryOf(family, laws, uses),
    jurisdictions,
    designations_url: `/api/v1/designations?law_family=${family}`,
  };
}
