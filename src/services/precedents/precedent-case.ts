import type { Designation } from '../../domain/designation';
import type { Measure, OrganizationKind } from '../../domain/vocabularies';
import type { CandidateScope } from '../../queries/precedents/candidate-scope';

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
