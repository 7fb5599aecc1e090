import type { Db } from '../../db/connection';
import { designationFiltersFrom } from '../../domain/designation-filters';
import { invalidParameters } from '../../domain/parameter-parsing';
import { jurisdictionName } from '../../domain/jurisdictions';
import { PartialDate, todayPartialDate } from '../../domain/partial-date';
import { explainPrecedent, ordinalSentence } from '../../domain/precedents/explanations';
import { OrganizationCandidate, OrganizationNotFoundError } from '../../domain/precedents/organization-resolution';
import type { PrecedentParameters } from '../../domain/precedents/precedent-parameters';
import type { PrecedentKind } from '../../domain/precedents/precedent-kinds';
import { LeftOutCount, measuresLeftOut } from '../../domain/precedents/state-acts';
import type { Measure, OrganizationKind } from '../../domain/vocabularies';
import type { Designation } from '../../domain/designation';
import { filteredDesignations } from '../../queries/designation-records';
import { findLawBySlug } from '../../queries/laws';
import { childrenOf, findOrganizationLink, OrganizationLink } from '../../queries/organizations';
import { casePosition, firstUnderBasis, leftOutBeforeCase } from '../../queries/precedents/jurisdiction-candidates';
import { fetchPrecedentDesignations } from '../../queries/precedents/precedent-designations';
import { basisOf } from './gather-evidence';
import type { PrecedentCase } from './precedent-case';
import type { RankedPrecedent } from './peers';
import { rankPrecedents } from './rank-precedents';
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
  /** Earlier designations under the same law the position leaves out because they are not state acts. */
  not_counted: LeftOutCount[];
  sentence: string;
}

export interface PrecedentReport {
  status: 'resolved';
  organization: OrganizationCandidate & {
    match: 'slug' | 'exact_name' | 'best_match';
    family: { parent: OrganizationLink | null; children: OrganizationLink[] };
  };
  jurisdiction: { code: string; name: string };
  law: { slug: string; short_name: string } | null;
  measure: Measure | null;
  date: string;
  case: Designation | null;
  summary: {
    total: number;
    counts: Record<PrecedentKind, number>;
    earliest_comparable: Precedent | null;
    ordinal: CaseOrdinal | null;
  };
  precedents: Precedent[];
}

function toCandidate({
  slug,
  name,
  kind,
  matched_name,
  score,
  designation_count,
}: OrganizationMatch): OrganizationCandidate {
  return { slug, name, kind, matched_name, score, designation_count };
}

/** The law given must exist and be a law of the jurisdiction asked about. */
async function requireLaw(
  db: Db,
  parameters: PrecedentParameters,
): Promise<{ slug: string; short_name: string } | null> {
  if (parameters.law === undefined) return null;
  const law = await findLawBySlug(db, parameters.law);
  const problem = (message: string) => invalidParameters([{ parameter: 'law', value: parameters.law, message }]);
  if (!law) throw problem('no law has this slug');
  if (law.jurisdiction !== parameters.jurisdiction)
    throw problem(`is a law of ${law.jurisdiction}, not of ${parameters.jurisdiction}`);
  return { slug: law.slug, short_name: law.short_name };
}

/** The organization's designations in the jurisdiction that match the law and measure given and had happened by `date`. */
async function caseDesignations(
  db: Db,
  slug: string,
  parameters: PrecedentParameters,
  date: PartialDate,
  today: string,
): Promise<Designation[]> {
  const filters = designationFiltersFrom({
    organization: slug,
    family: false,
    jurisdiction: [parameters.jurisdiction],
    law: parameters.law,
    measure: parameters.measure && [parameters.measure],
  });
  return filteredDesignations(db, filters, today, { decidedBy: date.end });
}

/** The case's place among the uses of its law (or measure): state acts only, unless it is not one itself (measuresLeftOut). */
async function ordinalOf(db: Db, subject: Designation, today: string): Promise<CaseOrdinal> {
  const basis = basisOf(subject);
  const leftOut = measuresLeftOut([subject.measure]);
  const [position, first, notCounted] = await Promise.all([
    casePosition(db, subject.jurisdiction.code, basis, subject.id, leftOut),
    firstUnderBasis(db, subject.jurisdiction.code, basis, today, leftOut),
    leftOutBeforeCase(db, subject.jurisdiction.code, basis, subject.id, leftOut),
  ]);
  return {
    law: 'law' in basis ? basis.law : null,
    measure: 'measure' in basis ? basis.measure : null,
    position,
    first,
    not_counted: notCounted,
    sentence: ordinalSentence(subject, basis, position, first, notCounted),
  };
}

async function familyOf(
  db: Db,
  organization: { id: string; parent_id: string | null },
): Promise<{ parent: OrganizationLink | null; children: OrganizationLink[] }> {
  const [parent, children] = await Promise.all([
    organization.parent_id === null ? undefined : findOrganizationLink(db, organization.parent_id),
    childrenOf(db, [organization.id]),
  ]);
  return { parent: parent ?? null, children: children.get(organization.id) ?? [] };
}

/** The precedents given, in the same order, each with its whole designation (sources too) and its explanation. */
async function explainPrecedents(
  db: Db,
  ranked: RankedPrecedent[],
  organizationName: string,
  today: string,
): Promise<Precedent[]> {
  const fetched = await fetchPrecedentDesignations(
    db,
    [...new Set(ranked.map((precedent) => precedent.designation.id))],
    today,
  );
  const byId = new Map(fetched.map((precedent) => [precedent.designation.id, precedent]));
  return ranked.map(({ kind, kinds, score, evidence, designation: { id } }) => {
    const { designation, togetherWith } = byId.get(id)!;
    return {
      kind,
      kinds,
      score,
      explanation: explainPrecedent(designation, togetherWith, evidence, organizationName),
      designation,
    };
  });
}

/** The case `parameters` ask about, for the organization they name: its latest designation by the date is the subject. */
export async function precedentCaseOf(
  db: Db,
  organization: { id: string; slug: string; kind: OrganizationKind; parent_id: string | null },
  parameters: PrecedentParameters,
  { law, date, today }: { law: { slug: string; short_name: string } | null; date: PartialDate; today: string },
): Promise<PrecedentCase> {
  const cases = await caseDesignations(db, organization.slug, parameters, date, today);
  return {
    organization: {
      id: organization.id,
      slug: organization.slug,
      kind: organization.kind,
      parentId: organization.parent_id,
    },
    scope: {
      organizationId: organization.id,
      jurisdiction: parameters.jurisdiction,
      until: date.end,
      subjectId: cases.at(-1)?.id ?? null,
    },
    cases,
    law,
    measure: parameters.measure ?? null,
  };
}

/**
 * Has this happened before? The precedents for the organization named in `parameters` in the
 * jurisdiction, ranked (see src/domain/precedents/scoring.ts). The case is the organization's
 * latest designation there (under the law, with the measure, if given) by `date`; its other
 * designations are precedents too. Without one, precedents are sought by the law or measure given.
 */
export async function findPrecedents(
  db: Db,
  parameters: PrecedentParameters,
): Promise<PrecedentReport | AmbiguousOrganization> {
  const law = await requireLaw(db, parameters);
  const resolution = await resolvePrecedentOrganization(db, parameters.organization);
  if (resolution.status === 'ambiguous') {
    return {
      status: 'ambiguous',
      organization: parameters.organization,
      candidates: resolution.candidates.map(toCandidate),
    };
  }
  if (resolution.status === 'not_found')
    throw new OrganizationNotFoundError(parameters.organization, resolution.suggestions.map(toCandidate));
  const { organization } = resolution;

  const today = todayPartialDate().start;
  const date = parameters.date ?? todayPartialDate();
  const precedentCase = await precedentCaseOf(db, organization, parameters, { law, date, today });
  const subject = precedentCase.cases.at(-1) ?? null;
  const comparableMeasure = subject?.measure ?? parameters.measure ?? null;
  const [answer, ordinal, family] = await Promise.all([
    rankPrecedents(db, precedentCase, {
      reference: subject?.decided_on ?? date.text,
      limit: parameters.limit,
      comparableMeasure,
    }),
    subject ? ordinalOf(db, subject, today) : null,
    familyOf(db, organization),
  ]);
  const { listed, earliest } = answer;
  const explained = await explainPrecedents(db, [...listed, ...(earliest ? [earliest] : [])], organization.name, today);
  return {
    status: 'resolved',
    organization: { ...toCandidate(organization), match: resolution.match, family },
    jurisdiction: { code: parameters.jurisdiction, name: jurisdictionName(parameters.jurisdiction) },
    law,
    measure: parameters.measure ?? null,
    date: date.text,
    case: subject,
    summary: {
      total: answer.total,
      counts: answer.counts,
      earliest_comparable: earliest ? explained[listed.length] : null,
      ordinal,
    },
    precedents: explained.slice(0, listed.length),
  };
}
