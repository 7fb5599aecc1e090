import type { Db } from '../../db/connection';
import { designationFiltersFrom } from '../../domain/designation-filters';
import { invalidParameters } from '../../domain/parameter-parsing';
import { jurisdictionName } from '../../domain/jurisdictions';
import { PartialDate, todayPartialDate } from '../../domain/partial-date';
import { explainPrecedent, ordinalSentence } from '../../domain/precedents/explanations';
import { OrganizationCandidate, OrganizationNotFoundError } from '../../domain/precedents/organization-resolution';
import type { PrecedentParameters } from '../../domain/precedents/precedent-parameters';
import type { Evidence, PrecedentKind } from '../../domain/precedents/precedent-kinds';
import { comparePrecedents, PrecedentScore, scorePrecedent, yearsBetween } from '../../domain/precedents/scoring';
import { countByKind, earliestComparable } from '../../domain/precedents/summary';
import type { Measure } from '../../domain/vocabularies';
import { applyDesignationFilters } from '../../queries/designation-filters';
import { Designation, fetchDesignations, orderByDecided, selectDesignations } from '../../queries/designation-records';
import { findLawBySlug } from '../../queries/laws';
import { childrenOf, findOrganizationLink, OrganizationLink } from '../../queries/organizations';
import { caseOrdinal } from '../../queries/precedents/jurisdiction-candidates';
import { fetchPrecedentDesignations, fetchRankedDesignations, RankedDesignation } from '../../queries/precedents/precedent-designations';
import { basisOf, gatherEvidence, PrecedentCase } from './gather-evidence';
import { OrganizationMatch, resolvePrecedentOrganization } from './resolve-precedent-organization';

export interface Precedent {
  kind: PrecedentKind;
  kinds: PrecedentKind[];
  score: number;
  explanation: string;
  designation: Designation;
}

export interface AmbiguousOrganization {
  status: 'ambiguous';
  organization: string;
  candidates: OrganizationCandidate[];
}

export interface CaseOrdinal {
  law: { slug: string; short_name: string } | null;
  measure: Measure | null;
  position: number;
  first: Designation;
  sentence: string;
}

export interface PrecedentReport {
  status: 'resolved';
  organization: OrganizationCandidate & { match: 'slug' | 'exact_name' | 'best_match'; family: { parent: OrganizationLink | null; children: OrganizationLink[] } };
  jurisdiction: { code: string; name: string };
  law: { slug: string; short_name: string } | null;
  measure: Measure | null;
  date: string;
  case: Designation | null;
  summary: { total: number; counts: Record<PrecedentKind, number>; earliest_comparable: Precedent | null; ordinal: CaseOrdinal | null };
  precedents: Precedent[];
}

function toCandidate({ slug, name, kind, matched_name, score, designation_count }: OrganizationMatch): OrganizationCandidate {
  return { slug, name, kind, matched_name, score, designation_count };
}

/** The law given must exist and be a law of the jurisdiction asked about. */
async function requireLaw(db: Db, parameters: PrecedentParameters): Promise<{ slug: string; short_name: string } | null> {
  if (parameters.law === undefined) return null;
  const law = await findLawBySlug(db, parameters.law);
  const problem = (message: string) => invalidParameters([{ parameter: 'law', value: parameters.law, message }]);
  if (!law) throw problem('no law has this slug');
  if (law.jurisdiction !== parameters.jurisdiction) throw problem(`is a law of ${law.jurisdiction}, not of ${parameters.jurisdiction}`);
  return { slug: law.slug, short_name: law.short_name };
}

/** The organization's designations in the jurisdiction that match the law and measure given and had happened by `date`. */
async function caseDesignations(db: Db, slug: string, parameters: PrecedentParameters, date: PartialDate, today: string): Promise<Designation[]> {
  const filters = designationFiltersFrom({
    organization: slug,
    family: false,
    jurisdiction: [parameters.jurisdiction],
    law: parameters.law,
    measure: parameters.measure && [parameters.measure],
  });
  return fetchDesignations(orderByDecided(applyDesignationFilters(selectDesignations(db), filters, today).where('d.decided_on', '<=', date.end)), today);
}

async function ordinalOf(db: Db, subject: Designation, today: string): Promise<CaseOrdinal> {
  const basis = basisOf(subject);
  const { position, firstId } = await caseOrdinal(db, subject.jurisdiction.code, basis, subject.id);
  const [first] = await fetchDesignations(selectDesignations(db).where('d.id', firstId), today);
  return {
    law: 'law' in basis ? basis.law : null,
    measure: 'measure' in basis ? basis.measure : null,
    position,
    first,
    sentence: ordinalSentence(subject, basis, position, first),
  };
}

type RankedPrecedent = PrecedentScore & { designation: RankedDesignation };

/** Every designation with evidence, scored and in order; ranking needs only its decided date and measure. */
async function rankPrecedents(db: Db, evidence: Map<string, Evidence[]>, reference: string): Promise<RankedPrecedent[]> {
  // A large jurisdiction has tens of thousands of peers but far fewer distinct dates.
  const yearsFromCase = new Map<string, number>();
  const yearsFrom = (decidedOn: string) => yearsFromCase.get(decidedOn) ?? yearsFromCase.set(decidedOn, yearsBetween(decidedOn, reference)).get(decidedOn)!;
  return (await fetchRankedDesignations(db, [...evidence.keys()]))
    .map((designation) => ({ ...scorePrecedent(evidence.get(designation.id)!, yearsFrom(designation.decided_on)), designation }))
    .sort(comparePrecedents);
}

/** The precedents given, in the same order, each with its whole designation (sources too) and its explanation. */
async function explainPrecedents(db: Db, ranked: RankedPrecedent[], organizationName: string, today: string): Promise<Precedent[]> {
  const fetched = await fetchPrecedentDesignations(db, [...new Set(ranked.map((precedent) => precedent.designation.id))], today);
  const byId = new Map(fetched.map((precedent) => [precedent.designation.id, precedent]));
  return ranked.map(({ kind, kinds, score, evidence, designation: { id } }) => {
    const { designation, togetherWith } = byId.get(id)!;
    return { kind, kinds, score, explanation: explainPrecedent(designation, togetherWith, evidence, organizationName), designation };
  });
}

/**
 * Has this happened before? The precedents for the organization named in `parameters` in the
 * jurisdiction, ranked (see src/domain/precedents/scoring.ts). The case is the organization's
 * latest designation there (under the law, with the measure, if given) by `date`; its other
 * designations are precedents too. Without one, precedents are sought by the law or measure given.
 */
export async function findPrecedents(db: Db, parameters: PrecedentParameters): Promise<PrecedentReport | AmbiguousOrganization> {
  const law = await requireLaw(db, parameters);
  const resolution = await resolvePrecedentOrganization(db, parameters.organization);
  if (resolution.status === 'ambiguous') {
    return { status: 'ambiguous', organization: parameters.organization, candidates: resolution.candidates.map(toCandidate) };
  }
  if (resolution.status === 'not_found') throw new OrganizationNotFoundError(parameters.organization, resolution.suggestions.map(toCandidate));
  const { organization } = resolution;

  const today = todayPartialDate().start;
  const date = parameters.date ?? todayPartialDate();
  const cases = await caseDesignations(db, organization.slug, parameters, date, today);
  const subject = cases[cases.length - 1] ?? null;
  const precedentCase: PrecedentCase = {
    organization: { id: organization.id, slug: organization.slug, kind: organization.kind, parentId: organization.parent_id },
    scope: { organizationId: organization.id, jurisdiction: parameters.jurisdiction, until: date.end, subjectId: subject?.id ?? null },
    cases,
    law,
    measure: parameters.measure ?? null,
  };
  // Every precedent is ranked and counted, but only those shown are fetched whole and explained.
  const ranked = await rankPrecedents(db, await gatherEvidence(db, precedentCase), subject?.decided_on ?? date.text);
  const earliest = earliestComparable(ranked, subject?.measure ?? parameters.measure ?? null);
  const listed = ranked.slice(0, parameters.limit);
  const explained = await explainPrecedents(db, [...listed, ...(earliest ? [earliest] : [])], organization.name, today);

  const parent = organization.parent_id === null ? null : ((await findOrganizationLink(db, organization.parent_id)) ?? null);
  return {
    status: 'resolved',
    organization: { ...toCandidate(organization), match: resolution.match, family: { parent, children: (await childrenOf(db, [organization.id])).get(organization.id) ?? [] } },
    jurisdiction: { code: parameters.jurisdiction, name: jurisdictionName(parameters.jurisdiction) },
    law,
    measure: parameters.measure ?? null,
    date: date.text,
    case: subject,
    summary: {
      total: ranked.length,
      counts: countByKind(ranked),
      earliest_comparable: earliest ? explained[listed.length] : null,
      ordinal: subject ? await ordinalOf(db, subject, today) : null,
    },
    precedents: explained.slice(0, listed.length),
  };
}
