import type { Db } from '../../db/connection';
import type { ReasonTag } from '../../domain/vocabularies';
import type { CandidateScope } from './candidate-scope';

/** At most this many designations with similar reasons per case, the closest first. */
export const SIMILAR_REASONS_PER_CASE = 50;

/**
 * How many candidates per case are compared, the latest first. Boilerplate reasons ("a threat to
 * public order and security") make most of a large register candidates, and comparing texts is
 * the costly part: the comparison is bounded to the latest candidates, read in decided order from
 * the decided-date index, which stops once it has this many (see docs/performance.md).
 */
export const SIMILAR_REASONS_COMPARED = 200;

/**
 * pg_trgm's default threshold of `%`, written as a similarity() comparison rather than `%`: the
 * operator would lead the planner to collect every match through the trigram index and sort them
 * all by date, where walking the date index, latest first, stops at SIMILAR_REASONS_COMPARED.
 */
const REASONS_SIMILARITY_THRESHOLD = 0.3;

export interface SimilarReasonsRow {
  case_id: string;
  id: string;
  reason_tags: ReasonTag[];
  /** 0-1: the higher of the trigram similarity and the overlap of English lexemes of the two stated reasons. */
  text_similarity: number;
}

/**
 * Designations of other organizations, anywhere, whose stated reasons resemble a case's: found by
 * trigram similarity (at least pg_trgm's default 0.3) or by a shared reason tag, then ranked by
 * how close the texts are. The text similarity is the
 * higher of pg_trgm's similarity (the same wording) and the Jaccard overlap of English lexemes
 * (the same words, stemmed, stop words left out). Reasons that were not stated compare only by tag.
 * The case's own day in its jurisdiction is left out: that is one action in one statement, whose
 * wording is no independent likeness (same_day finds those designations). Only the latest
 * SIMILAR_REASONS_COMPARED candidates are compared. (`offset 0` keeps the case's lexemes computed
 * once per case: without it the planner inlines them into the comparison of every candidate.)
 */
export async function similarReasonCandidates(db: Db, scope: CandidateScope, caseIds: string[]): Promise<SimilarReasonsRow[]> {
  if (caseIds.length === 0) return [];
  const rows = await db
    .select('c.id as case_id', 'm.id', 'm.reason_tags', 'm.text_similarity')
    .from('designations as c')
    .joinRaw(
      `cross join lateral (select tsvector_to_array(to_tsvector('english', c.stated_reasons)) as words offset 0) case_words
      cross join lateral (
        select d.id, d.reason_tags,
          case when c.reasons_form = 'not_stated' or d.reasons_form = 'not_stated' then 0
            else round(greatest(similarity(d.stated_reasons, c.stated_reasons), lexemes.overlap)::numeric, 3)::float8 end as text_similarity,
          (select count(*) from unnest(d.reason_tags) tag where tag = any(c.reason_tags) and tag <> 'not_stated') as shared_tags
        from (
          select d.id, d.reason_tags, d.reasons_form, d.stated_reasons, d.decided_on
          from designations d
          where d.organization_id <> c.organization_id and d.decided_on <= ?
            and not (d.jurisdiction = c.jurisdiction and d.decided_on = c.decided_on)
            and ((c.reasons_form <> 'not_stated' and similarity(d.stated_reasons, c.stated_reasons) >= ${REASONS_SIMILARITY_THRESHOLD})
              or d.reason_tags && array_remove(c.reason_tags, 'not_stated'))
          order by d.decided_on desc, d.decided_rank desc, d.id desc
          limit ?
        ) d
        cross join lateral (select tsvector_to_array(to_tsvector('english', d.stated_reasons)) as words) own_words
        cross join lateral (select count(*)::float8 as shared from unnest(own_words.words) word where word = any(case_words.words)) common
        cross join lateral (select coalesce(common.shared / nullif(cardinality(own_words.words) + cardinality(case_words.words) - common.shared, 0), 0) as overlap) lexemes
        order by text_similarity desc, shared_tags desc, d.decided_on desc, d.id
        limit ?
      ) m`,
      [scope.until, SIMILAR_REASONS_COMPARED, SIMILAR_REASONS_PER_CASE],
    )
    .whereIn('c.id', caseIds);
  return rows.map((row: SimilarReasonsRow) => ({ ...row, text_similarity: Number(row.text_similarity) }));
}
