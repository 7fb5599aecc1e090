/**
 * What makes a designation a precedent for a case (GET /precedents, see README.md here): one piece of
 * evidence per way it was found. Pure data; scoring.ts weighs it, explanations.ts words it.
 */
import { DatePrecision, LawFamily, Measure, OrganizationKind, REASON_TAGS, ReasonTag } from '../vocabularies';

/** In the order that breaks ties between kinds of equal weight. */
export const PRECEDENT_KINDS = [
  'same_organization',
  'same_family',
  'law_first_uses',
  'peer_organization',
  'similar_reasons',
  'same_day',
  'same_law_family',
] as const;
export type PrecedentKind = (typeof PRECEDENT_KINDS)[number];

/** The facts of a designation that scoring and explanations need (the API's Designation has them all). */
export interface DesignationFacts {
  organization: { name: string; kind: OrganizationKind };
  unit: string | null;
  jurisdiction: { code: string; name: string };
  measure: Measure;
  law: { short_name: string } | null;
  decided_on: string;
  decided_precision: DatePrecision;
  stated_reasons: { tags: ReasonTag[] };
}

/** How a relative stands to the organization asked about. */
export type FamilyRelation =
  /** Its parent, or the parent's parent. */
  | { relation: 'ancestor' }
  | { relation: 'child' }
  /** Sibling or cousin (or a child's child): `familyName` is the relative's own parent organization. */
  | { relation: 'relative'; familyName: string };

/** Where `relative` stands to `organization` in their family (FAMILY_IDS_SQL found it there). */
export function familyRelation(
  organization: { id: string; parentId: string | null },
  relative: { id: string; parentId: string | null; parentName: string | null },
): FamilyRelation {
  if (relative.parentId === organization.id) return { relation: 'child' };
  // Only the family's root has no parent; it is an ancestor of everyone else in it.
  if (relative.id === organization.parentId || relative.parentId === null || relative.parentName === null)
    return { relation: 'ancestor' };
  return { relation: 'relative', familyName: relative.parentName };
}

/** What first uses are counted under: a law, or a measure of a jurisdiction when no law is named. */
export type FirstUseBasis = { law: { slug: string; short_name: string } } | { measure: Measure };

export type Evidence =
  | { kind: 'same_organization'; sameJurisdiction: boolean }
  | ({ kind: 'same_family'; sameJurisdiction: boolean } & FamilyRelation)
  /** `position`: 1 + the organizations certainly acted against under the basis before this one. */
  | { kind: 'law_first_uses'; basis: FirstUseBasis; position: number }
  | { kind: 'peer_organization'; sameMeasure: boolean }
  /**
   * `textSimilarity` 0-1 of the stated reasons; `sharedTags` and `tagOverlap` (Jaccard, 0-1) compare
   * the reason tags (see compareReasonTags); `case` is the designation they were compared with.
   */
  | {
      kind: 'similar_reasons';
      textSimilarity: number;
      sharedTags: ReasonTag[];
      tagOverlap: number;
      case: DesignationFacts;
    }
  | { kind: 'same_day'; sameMeasure: boolean; case: DesignationFacts }
  /**
   * Another jurisdiction's first use of a law of the family of the case's law. `position`: its
   * place among the jurisdictions in the order they first used such a law (1: the first);
   * `beforeCaseJurisdiction`: it came before the case's own jurisdiction first did. `case` is the
   * organization's designation under that law, or null when only the law was asked about.
   */
  | {
      kind: 'same_law_family';
      family: LawFamily;
      position: number;
      beforeCaseJurisdiction: boolean;
      caseLaw: { short_name: string; jurisdiction: { code: string; name: string } };
      case: DesignationFacts | null;
    };

/** The part of an organization acted against: `Human Rights Watch's Moscow office`. */
export function targetOf(designation: Pick<DesignationFacts, 'organization' | 'unit'>): string {
  return designation.unit ? `${designation.organization.name}'s ${designation.unit}` : designation.organization.name;
}

/**
 * The reason tags two designations share, in vocabulary order, and their overlap (shared / all,
 * 0-1). `not_stated` says nothing about the reasons, so it is never a shared reason.
 */
export function compareReasonTags(
  a: readonly ReasonTag[],
  b: readonly ReasonTag[],
): { sharedTags: ReasonTag[]; tagOverlap: number } {
  const stated = (tags: readonly ReasonTag[]) => new Set<ReasonTag>(tags.filter((tag) => tag !== 'not_stated'));
  const [left, right] = [stated(a), stated(b)];
  const all = REASON_TAGS.filter((tag) => left.has(tag) || right.has(tag));
  const sharedTags = all.filter((tag) => left.has(tag) && right.has(tag));
  return { sharedTags, tagOverlap: all.length === 0 ? 0 : sharedTags.length / all.length };
}
