import type { Db } from '../../db/connection';
import { similarMeasures } from '../../domain/precedents/measure-groups';
import { compareReasonTags, Evidence, familyRelation, FirstUseBasis } from '../../domain/precedents/precedent-kinds';
import { FIRST_USES_SHOWN } from '../../domain/precedents/scoring';
import type { Measure, OrganizationKind } from '../../domain/vocabularies';
import type { Designation } from '../../queries/designation-records';
import type { CandidateScope } from '../../queries/precedents/candidate-scope';
import { familyCandidates, sameOrganizationCandidates } from '../../queries/precedents/organization-candidates';
import { firstUseCandidates, peerCandidates, sameDayCandidates } from '../../queries/precedents/jurisdiction-candidates';
import { similarReasonCandidates } from '../../queries/precedents/reason-candidates';

/** The case a journalist asks about, and what precedents are sought relative to. */
export interface PrecedentCase {
  organization: { id: string; slug: string; kind: OrganizationKind; parentId: string | null };
  scope: CandidateScope;
  /** The organization's designations in the jurisdiction (under the law, with the measure, if given) by the date. */
  cases: Designation[];
  /** When there are no cases: the law and measure given, to look for first uses and peers by. */
  law: { slug: string; short_name: string } | null;
  measure: Measure | null;
}

type EvidenceById = Map<string, Evidence[]>;

function add(evidence: EvidenceById, id: string, piece: Evidence): void {
  evidence.set(id, [...(evidence.get(id) ?? []), piece]);
}

/** A case's basis for first uses: its law, or its measure when it names no law. */
export function basisOf(designation: Designation): FirstUseBasis {
  return designation.law ? { law: { slug: designation.law.slug, short_name: designation.law.short_name } } : { measure: designation.measure };
}

/** The distinct bases of the cases, or else of the law or measure given. */
function basesOf(precedentCase: PrecedentCase): FirstUseBasis[] {
  if (precedentCase.cases.length === 0) {
    if (precedentCase.law) return [{ law: precedentCase.law }];
    return precedentCase.measure ? [{ measure: precedentCase.measure }] : [];
  }
  const bases = new Map(precedentCase.cases.map((designation) => [JSON.stringify(basisOf(designation)), basisOf(designation)]));
  return [...bases.values()];
}

/** The measures peers are compared with: the cases', else the one given, else none. */
function caseMeasures(precedentCase: PrecedentCase): Measure[] {
  const measures = precedentCase.cases.map((designation) => designation.measure);
  return [...new Set(measures.length > 0 ? measures : precedentCase.measure ? [precedentCase.measure] : [])];
}

async function gatherOrganizationEvidence(db: Db, precedentCase: PrecedentCase, evidence: EvidenceById): Promise<void> {
  const { organization, scope } = precedentCase;
  for (const row of await sameOrganizationCandidates(db, scope)) {
    add(evidence, row.id, { kind: 'same_organization', sameJurisdiction: row.jurisdiction === scope.jurisdiction });
  }
  for (const row of await familyCandidates(db, scope, organization.slug)) {
    const relation = familyRelation(organization, { id: row.organization_id, parentId: row.parent_id, parentName: row.parent_name });
    add(evidence, row.id, { kind: 'same_family', sameJurisdiction: row.jurisdiction === scope.jurisdiction, ...relation });
  }
}

async function gatherJurisdictionEvidence(db: Db, precedentCase: PrecedentCase, evidence: EvidenceById): Promise<void> {
  const { organization, scope, cases } = precedentCase;
  for (const basis of basesOf(precedentCase)) {
    for (const row of await firstUseCandidates(db, scope, basis, FIRST_USES_SHOWN)) {
      add(evidence, row.id, { kind: 'law_first_uses', basis, position: Number(row.position) });
    }
  }
  // `other` says nothing about what an organization is, so it makes no peers.
  if (organization.kind !== 'other') {
    const measures = caseMeasures(precedentCase);
    const filter = measures.length > 0 ? { measures: similarMeasures(measures) } : precedentCase.law ? { lawSlug: precedentCase.law.slug } : null;
    for (const row of await peerCandidates(db, scope, organization.kind, filter)) {
      add(evidence, row.id, { kind: 'peer_organization', sameMeasure: measures.includes(row.measure) || (filter !== null && 'lawSlug' in filter) });
    }
  }
  const dayCases = cases.filter((designation) => designation.decided_precision === 'day');
  for (const row of await sameDayCandidates(db, scope, [...new Set(dayCases.map((designation) => designation.decided_on))])) {
    const onThatDay = dayCases.filter((designation) => designation.decided_on === row.decided_on);
    const sameMeasure = onThatDay.find((designation) => designation.measure === row.measure);
    add(evidence, row.id, { kind: 'same_day', sameMeasure: sameMeasure !== undefined, case: sameMeasure ?? onThatDay[0] });
  }
}

async function gatherReasonEvidence(db: Db, precedentCase: PrecedentCase, evidence: EvidenceById): Promise<void> {
  const casesById = new Map(precedentCase.cases.map((designation) => [designation.id, designation]));
  for (const row of await similarReasonCandidates(db, precedentCase.scope, [...casesById.keys()])) {
    const theCase = casesById.get(row.case_id)!;
    const tags = compareReasonTags(row.reason_tags, theCase.stated_reasons.tags);
    add(evidence, row.id, { kind: 'similar_reasons', textSimilarity: row.text_similarity, ...tags, case: theCase });
  }
}

/** Every designation that is a precedent for the case, with all the evidence that it is one. */
export async function gatherEvidence(db: Db, precedentCase: PrecedentCase): Promise<EvidenceById> {
  const evidence: EvidenceById = new Map();
  await gatherOrganizationEvidence(db, precedentCase, evidence);
  await gatherJurisdictionEvidence(db, precedentCase, evidence);
  await gatherReasonEvidence(db, precedentCase, evidence);
  return evidence;
}
