import type { Db } from '../../db/connection';
import { compareReasonTags, Evidence, familyRelation, FirstUseBasis } from '../../domain/precedents/precedent-kinds';
import { FIRST_USES_SHOWN } from '../../domain/precedents/scoring';
import { measuresLeftOut } from '../../domain/precedents/state-acts';
import type { Measure } from '../../domain/vocabularies';
import type { Designation } from '../../domain/designation';
import { familyCandidates, sameOrganizationCandidates } from '../../queries/precedents/organization-candidates';
import { firstUseCandidates, sameDayCandidates } from '../../queries/precedents/jurisdiction-candidates';
import { similarReasonCandidates } from '../../queries/precedents/reason-candidates';
import { lawFamilyEvidence } from './law-family-evidence';
import type { PrecedentCase } from './precedent-case';

export type EvidenceById = Map<string, Evidence[]>;

export function addEvidence(evidence: EvidenceById, id: string, piece: Evidence): void {
  evidence.set(id, [...(evidence.get(id) ?? []), piece]);
}

/** A case's basis for first uses: its law, or its measure when it names no law. */
export function basisOf(designation: Designation): FirstUseBasis {
  return designation.law
    ? { law: { slug: designation.law.slug, short_name: designation.law.short_name } }
    : { measure: designation.measure };
}

interface CountedBasis {
  basis: FirstUseBasis;
  /** The measures its first uses leave out: those that are not state acts, unless its cases are all such (measuresLeftOut). */
  leftOut: readonly Measure[];
}

/** The distinct bases of the cases, or else of the law or measure given, each with what its first uses leave out. */
function basesOf(precedentCase: PrecedentCase): CountedBasis[] {
  if (precedentCase.cases.length === 0) {
    const leftOut = measuresLeftOut(precedentCase.measure ? [precedentCase.measure] : []);
    if (precedentCase.law) return [{ basis: { law: precedentCase.law }, leftOut }];
    return precedentCase.measure ? [{ basis: { measure: precedentCase.measure }, leftOut }] : [];
  }
  const measuresByBasis = new Map<string, { basis: FirstUseBasis; measures: Measure[] }>();
  for (const designation of precedentCase.cases) {
    const basis = basisOf(designation);
    const key = JSON.stringify(basis);
    measuresByBasis.set(key, { basis, measures: [...(measuresByBasis.get(key)?.measures ?? []), designation.measure] });
  }
  return [...measuresByBasis.values()].map(({ basis, measures }) => ({ basis, leftOut: measuresLeftOut(measures) }));
}

/** The measures peers are compared with: the cases', else the one given, else none. */
export function caseMeasures(precedentCase: PrecedentCase): Measure[] {
  const measures = precedentCase.cases.map((designation) => designation.measure);
  return [...new Set(measures.length > 0 ? measures : precedentCase.measure ? [precedentCase.measure] : [])];
}

type Found = [id: string, evidence: Evidence][];

async function sameOrganizationEvidence(db: Db, { scope }: PrecedentCase): Promise<Found> {
  const rows = await sameOrganizationCandidates(db, scope);
  return rows.map((row) => [
    row.id,
    { kind: 'same_organization', sameJurisdiction: row.jurisdiction === scope.jurisdiction },
  ]);
}

async function familyEvidence(db: Db, { organization, scope }: PrecedentCase): Promise<Found> {
  return (await familyCandidates(db, scope, organization.slug)).map((row) => {
    const relation = familyRelation(organization, {
      id: row.organization_id,
      parentId: row.parent_id,
      parentName: row.parent_name,
    });
    return [row.id, { kind: 'same_family', sameJurisdiction: row.jurisdiction === scope.jurisdiction, ...relation }];
  });
}

async function firstUseEvidence(db: Db, precedentCase: PrecedentCase): Promise<Found> {
  const perBasis = await Promise.all(
    basesOf(precedentCase).map(async ({ basis, leftOut }): Promise<Found> => {
      const rows = await firstUseCandidates(db, precedentCase.scope, basis, FIRST_USES_SHOWN, leftOut);
      return rows.map((row) => [row.id, { kind: 'law_first_uses', basis, position: Number(row.position) }]);
    }),
  );
  return perBasis.flat();
}

async function sameDayEvidence(db: Db, { scope, cases }: PrecedentCase): Promise<Found> {
  const dayCases = cases.filter((designation) => designation.decided_precision === 'day');
  const rows = await sameDayCandidates(db, scope, [...new Set(dayCases.map((designation) => designation.decided_on))]);
  return rows.map((row) => {
    const onThatDay = dayCases.filter((designation) => designation.decided_on === row.decided_on);
    const sameMeasure = onThatDay.find((designation) => designation.measure === row.measure);
    return [row.id, { kind: 'same_day', sameMeasure: sameMeasure !== undefined, case: sameMeasure ?? onThatDay[0] }];
  });
}

/** Each case compared on its own connection: the comparisons of texts are the costly part of an answer. */
async function similarReasonsEvidence(db: Db, { scope, cases }: PrecedentCase): Promise<Found> {
  const byId = [...cases].sort((a, b) => (a.id < b.id ? -1 : 1));
  const perCase = await Promise.all(
    byId.map(async (theCase): Promise<Found> => {
      const rows = await similarReasonCandidates(db, scope, theCase.id);
      return rows.map((row) => [
        row.id,
        {
          kind: 'similar_reasons',
          textSimilarity: row.text_similarity,
          ...compareReasonTags(row.reason_tags, theCase.stated_reasons.tags),
          case: theCase,
        },
      ]);
    }),
  );
  return perCase.flat();
}

/**
 * Every designation that is a precedent for the case in a way other than being a peer, with all the
 * evidence that it is one: a few hundred at most, where peers can be tens of thousands (see
 * peers.ts). The queries run at once; their evidence is added in one fixed order, since the first
 * of two equal pieces of a kind is the one an explanation words.
 */
export async function gatherEvidence(db: Db, precedentCase: PrecedentCase): Promise<EvidenceById> {
  const gatherers = [
    sameOrganizationEvidence,
    familyEvidence,
    firstUseEvidence,
    sameDayEvidence,
    similarReasonsEvidence,
    lawFamilyEvidence,
  ];
  const evidence: EvidenceById = new Map();
  for (const found of await Promise.all(gatherers.map((gather) => gather(db, precedentCase)))) {
    for (const [id, piece] of found) addEvidence(evidence, id, piece);
  }
  return evidence;
}
