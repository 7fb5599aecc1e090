import type { Db } from '../../db/connection';
import { jurisdictionName } from '../../domain/jurisdictions';
import type { Evidence } from '../../domain/precedents/precedent-kinds';
import { NOT_STATE_ACTS } from '../../domain/precedents/state-acts';
import type { LawFamily } from '../../domain/vocabularies';
import type { Designation } from '../../domain/designation';
import { familiesOfLaws, familyFirstUses } from '../../queries/precedents/law-family-candidates';
import type { PrecedentCase } from './precedent-case';

type Found = [id: string, evidence: Evidence][];

/** The question asked of one family: the case's law of that family, and the case under it (null when only the law was given). */
interface FamilyQuestion {
  family: LawFamily;
  law: { short_name: string };
  case: Designation | null;
}

/**
 * The law families the case's laws belong to, each with the organization's latest designation
 * under a law of it; without designations, the family of the law given. `other` is no family:
 * laws in it share nothing to trace.
 */
async function familyQuestions(db: Db, { cases, law }: PrecedentCase): Promise<FamilyQuestion[]> {
  const slugs = [
    ...new Set([
      ...cases.flatMap((designation) => (designation.law ? [designation.law.slug] : [])),
      ...(law ? [law.slug] : []),
    ]),
  ];
  const families = await familiesOfLaws(db, slugs);
  const byFamily = new Map<LawFamily, FamilyQuestion>();
  if (cases.length === 0 && law)
    byFamily.set(families.get(law.slug)!, { family: families.get(law.slug)!, law, case: null });
  // Cases come in decided order: the latest of a family is its question.
  for (const designation of cases) {
    const family = designation.law && families.get(designation.law.slug);
    if (family) byFamily.set(family, { family, law: designation.law!, case: designation });
  }
  return [...byFamily.values()].filter((question) => question.family !== 'other');
}

/**
 * same_law_family: for each family of the case's laws, every other jurisdiction's first use of a
 * law of that family (state acts only, by the date asked), with its place in the order the
 * jurisdictions first used one.
 */
export async function lawFamilyEvidence(db: Db, precedentCase: PrecedentCase): Promise<Found> {
  const { scope } = precedentCase;
  const caseJurisdiction = { code: scope.jurisdiction, name: jurisdictionName(scope.jurisdiction) };
  const perFamily = await Promise.all(
    (await familyQuestions(db, precedentCase)).map(async (question): Promise<Found> => {
      const firstUses = await familyFirstUses(db, scope, question.family, NOT_STATE_ACTS);
      const ownIndex = firstUses.findIndex((use) => use.jurisdiction === scope.jurisdiction);
      const casePosition = ownIndex === -1 ? Number.POSITIVE_INFINITY : ownIndex + 1;
      return firstUses.flatMap((use, index): Found => {
        if (use.jurisdiction === scope.jurisdiction) return [];
        const position = index + 1;
        return [
          [
            use.id,
            {
              kind: 'same_law_family',
              family: question.family,
              position,
              beforeCaseJurisdiction: position < casePosition,
              caseLaw: { short_name: question.law.short_name, jurisdiction: caseJurisdiction },
              case: question.case,
            },
          ],
        ];
      });
    }),
  );
  return perFamily.flat();
}
