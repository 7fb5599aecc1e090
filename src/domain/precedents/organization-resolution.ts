/**
 * Which organization a person means by a name (GET /precedents?organization=): the decision, from
 * the ranked hits of the organization search. Pure: the search itself is in src/queries.
 */
import { NotFoundError } from '../errors';
import { normalizeName } from '../names';
import type { OrganizationKind } from '../vocabularies';

/** The search's `q` filter keeps names from this score (src/queries/organization-name-score.ts): a name below it is not a match. */
export const RESOLVE_MIN_SCORE = 0.6;
/** Hits scoring within this of the best are as good as the best: the name is ambiguous between them. */
export const AMBIGUITY_MARGIN = 0.05;
/** How many hits a 404 offers as suggestions. */
export const SUGGESTIONS_SHOWN = 5;

/** An organization a name may mean, as a person choosing between several sees it. */
export interface OrganizationCandidate {
  slug: string;
  /** Canonical name. */
  name: string;
  kind: OrganizationKind;
  /** The name or alias that matched best; null for a slug. */
  matched_name: string | null;
  score: number | null;
  designation_count: number;
}

export type OrganizationResolution<Candidate extends OrganizationCandidate> =
  /** `slug` when the query was a slug, looked up before any search. */
  | { status: 'resolved'; organization: Candidate; match: 'slug' | 'exact_name' | 'best_match' }
  | { status: 'ambiguous'; candidates: Candidate[] }
  | { status: 'not_found'; suggestions: Candidate[] };

/**
 * `hits` are the search results for `query`, best first. In order:
 * 1. a name equal to the query (after normalization) wins: the one canonical name, else the one
 *    alias; several equal names of the same rank make the query ambiguous between them;
 * 2. otherwise the best hit, if it scores at least RESOLVE_MIN_SCORE and no other hit scores
 *    within AMBIGUITY_MARGIN of it; hits that close make it ambiguous between them;
 * 3. otherwise nothing matches, and the hits are suggestions.
 * (A slug is looked up before the search; it never gets here.)
 */
export function resolveOrganizationName<Candidate extends OrganizationCandidate>(
  query: string,
  hits: Candidate[],
): OrganizationResolution<Candidate> {
  const normalizedQuery = normalizeName(query);
  const canonical = hits.filter((hit) => normalizeName(hit.name) === normalizedQuery);
  const exact =
    canonical.length > 0
      ? canonical
      : hits.filter((hit) => hit.matched_name !== null && normalizeName(hit.matched_name) === normalizedQuery);
  if (exact.length === 1) return { status: 'resolved', organization: exact[0], match: 'exact_name' };
  if (exact.length > 1) return { status: 'ambiguous', candidates: exact };

  const [best] = hits;
  if (best === undefined || (best.score ?? 0) < RESOLVE_MIN_SCORE) {
    return { status: 'not_found', suggestions: hits.slice(0, SUGGESTIONS_SHOWN) };
  }
  // Compared in thousandths: scores come rounded to 3 decimals, and float subtraction is not exact.
  const thousandths = (score: number | null) => Math.round((score ?? 0) * 1000);
  const close = hits.filter((hit) => thousandths(best.score) - thousandths(hit.score) <= thousandths(AMBIGUITY_MARGIN));
  return close.length === 1
    ? { status: 'resolved', organization: best, match: 'best_match' }
    : { status: 'ambiguous', candidates: close };
}

/** Nothing resembles the name: a 404 whose problem carries the closest names as `suggestions`. */
export class OrganizationNotFoundError extends NotFoundError {
  readonly suggestions: OrganizationCandidate[];
  constructor(query: string, suggestions: OrganizationCandidate[]) {
    super(`no organization has the slug, name or alias "${query}", or one close enough to it`);
    this.suggestions = suggestions;
  }
  override get problemMembers(): Record<string, unknown> {
    return { suggestions: this.suggestions };
  }
}
