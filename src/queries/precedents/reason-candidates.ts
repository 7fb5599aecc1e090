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
 * pg_trgm's default threshold of `%`, written as a similarity() comparison rather than `%`, so that
 * the planner walks the decided-date index, latest first, and stops at SIMILAR_REASONS_COMPARED.
 */
const REASONS_SIMILARITY_THRESHOLD = 0.3;

export interface SimilarReasonsRow {
  id: string;
  reason_tags: ReasonTag[];
  /** 0-1: the higher of the trigram similarity and the overlap of English lexemes of the two stated reasons. */
  text_similarity: number;
}

/**
 * Designations of other organizations, anywhere, whose stated reasons resemble the case's (`caseId`), closest first: found by
 * trigram similarity (at least pg_trgm's default 0.3) or by a shared reason tag, then ranked by
 * how close the texts are. The text similarity is the higher of pg_trgm's similarity (the same
 * wording) and the Jaccard overlap of English lexemes (the same words, stemmed, stop words left
 * out): shared / all, where all is the length of the two tsvectors concatenated (`||` merges equal
 * lexemes). Reasons that were not stated compare only by tag. The case's own day in its
 * jurisdiction is left out: that is one action in one statement, whose wording is no independent
 * likeness (same_day finds those designations). Only the latest SIMILAR_REASONS_COMPARED
 * candidates are compared.
 *
 * Text comparisons are most of this query's cost, so each is computed once per pair: an `offset 0`
 * subquery is a fence the planner does not inline, where a plain expression would be computed
 * again wherever it is used (the trigram similarity in the filter and in the result). The
 * lexemes are read from designation_reason_lexemes, which the write path keeps, rather than
 * computed for the same candidates in every case (see its migration).
 */
export async function similarReasonCandidates(
  db: Db,
  scope: CandidateScope,
  caseId: string,
): Promise<SimilarReasonsRow[]> {
  const rows = await db
    .select('m.id', 'm.reason_tags', 'm.text_similarity')
    .from('designations as c')
    .joinRaw(
      `join designation_reason_lexemes case_words on case_words.designation_id = c.id
      cross join lateral (
        select d.id, d.reason_tags,
          case when c.reasons_form = 'not_stated' or d.reasons_form = 'not_stated' then 0
            else round(greatest(d.trigram_similarity, lexemes.overlap)::numeric, 3)::float8 end as text_similarity,
          (select count(*) from unnest(d.reason_tags) tag where tag = any(c.reason_tags) and tag <> 'not_stated') as shared_tags
        from (
          select d.id, d.reason_tags, d.reasons_form, d.stated_reasons, d.decided_on, trigram.similarity as trigram_similarity
          from designations d
          cross join lateral (select similarity(d.stated_reasons, c.stated_reasons) as similarity offset 0) trigram
          where d.organization_id <> c.organization_id and d.decided_on <= ?
            and not (d.jurisdiction = c.jurisdiction and d.decided_on = c.decided_on)
            and ((c.reasons_form <> 'not_stated' and trigram.similarity >= ${REASONS_SIMILARITY_THRESHOLD})
              or d.reason_tags && array_remove(c.reason_tags, 'not_stated'))
          order by d.decided_on desc, d.decided_rank desc, d.id desc
          limit ?
        ) d
        join designation_reason_lexemes own_words on own_words.designation_id = d.id
        cross join lateral (
          select length(own_words.lexemes) + length(case_words.lexemes) as both_sizes,
            length(own_words.lexemes || case_words.lexemes) as all_size offset 0
        ) sizes
        cross join lateral (select coalesce((sizes.both_sizes - sizes.all_size)::float8 / nullif(sizes.all_size, 0), 0) as overlap) lexemes
        order by text_similarity desc, shared_tags desc, d.decided_on desc, d.id
        limit ?
      ) m`,
      [scope.until, SIMILAR_REASONS_COMPARED, SIMILAR_REASONS_PER_CASE],
    )
    .where('c.id', caseId);
  return rows.map((row: SimilarReasonsRow) => ({ ...row, text_similarity: Number(row.text_similarity) }));
}
