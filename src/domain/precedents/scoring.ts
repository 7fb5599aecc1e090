/**
 * How relevant a precedent is, from 0 to 1. Each kind of evidence has a weight (below); a
 * designation found in several ways takes the weight of its strongest kind, which becomes its
 * `kind`, plus EXTRA_KIND_BONUS for each other kind, capped at 1. Pure and deterministic: scores
 * are rounded to 3 decimals, and ties are broken by date, then id.
 */
import { Evidence, PRECEDENT_KINDS, PrecedentKind } from './precedent-kinds';
import { PROXIMITY_YEARS } from './proximity';

/** More independent reasons to compare two cases make the comparison stronger. */
export const EXTRA_KIND_BONUS = 0.05;
/** A peer acted against close in time to the case gets up to this much more, less for each whole year apart, none from PROXIMITY_YEARS. */
export const PROXIMITY_BONUS = 0.05;
/** First uses are weighed down the list and shown this far. */
export const FIRST_USES_SHOWN = 3;

/**
 * The weight of one piece of evidence:
 * - same_organization 0.90 in the same jurisdiction, 0.85 elsewhere;
 * - same_family 0.80 in the same jurisdiction, 0.75 elsewhere;
 * - law_first_uses 0.75 for the first organization, 0.05 less for each later one;
 * - peer_organization 0.60 with the same measure, 0.50 with a similar one, plus 0.005 for each whole
 *   year closer than 10 to the case (`yearsFromCase`, see proximity.ts);
 * - same_day 0.55 with the same measure, 0.45 with another;
 * - similar_reasons 0.30 + 0.20 x the text similarity of the stated reasons + 0.10 x the overlap
 *   of their reason tags;
 * - same_law_family 0.55 for the jurisdiction that used a law of the family first (where the law
 *   spread from), 0.50 for one that used one before the case's jurisdiction did, 0.45 for one that
 *   followed: another state's law is context, weighed like an action of the same day, below the
 *   same organization, its family and the first uses of the case's own law, and peers with the
 *   same measure.
 */
export function evidenceWeight(evidence: Evidence, yearsFromCase: number): number {
  switch (evidence.kind) {
    case 'same_organization':
      return evidence.sameJurisdiction ? 0.9 : 0.85;
    case 'same_family':
      return evidence.sameJurisdiction ? 0.8 : 0.75;
    case 'law_first_uses':
      return 0.75 - 0.05 * (Math.min(evidence.position, FIRST_USES_SHOWN) - 1);
    case 'peer_organization':
      return (evidence.sameMeasure ? 0.6 : 0.5) + PROXIMITY_BONUS * Math.max(0, 1 - yearsFromCase / PROXIMITY_YEARS);
    case 'same_day':
      return evidence.sameMeasure ? 0.55 : 0.45;
    case 'similar_reasons':
      return 0.3 + 0.2 * evidence.textSimilarity + 0.1 * evidence.tagOverlap;
    case 'same_law_family':
      return evidence.position === 1 ? 0.55 : evidence.beforeCaseJurisdiction ? 0.5 : 0.45;
  }
}

export interface PrecedentScore {
  /** The kind with the highest weight. */
  kind: PrecedentKind;
  /** Every kind that found it, strongest first. */
  kinds: PrecedentKind[];
  score: number;
  /** The strongest evidence, which the explanation puts into words. */
  evidence: Evidence;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** Combines every piece of evidence found for one designation (at least one). */
export function scorePrecedent(evidence: Evidence[], yearsFromCase: number): PrecedentScore {
  const bestOfKind = new Map<PrecedentKind, { evidence: Evidence; weight: number }>();
  for (const piece of evidence) {
    const weight = round(evidenceWeight(piece, yearsFromCase));
    const best = bestOfKind.get(piece.kind);
    if (best === undefined || weight > best.weight) bestOfKind.set(piece.kind, { evidence: piece, weight });
  }
  const ranked = [...bestOfKind.entries()].sort(
    ([kindA, a], [kindB, b]) => b.weight - a.weight || PRECEDENT_KINDS.indexOf(kindA) - PRECEDENT_KINDS.indexOf(kindB),
  );
  if (ranked.length === 0) throw new Error('a precedent needs at least one piece of evidence');
  const [[kind, strongest]] = ranked;
  return {
    kind,
    kinds: ranked.map(([rankedKind]) => rankedKind),
    score: round(Math.min(1, strongest.weight + EXTRA_KIND_BONUS * (ranked.length - 1))),
    evidence: strongest.evidence,
  };
}

interface Ranked {
  score: number;
  designation: { id: string; decided_on: string };
}

/**
 * Score descending, then decided date (earlier and coarser first), then id: the same data, the same
 * order. Partial-date texts are compared as strings, which orders them as comparePartialDates
 * does (`2015` < `2015-03` < `2015-03-01` < `2015-04`) without parsing them: an answer may rank
 * tens of thousands of precedents.
 */
export function comparePrecedents(a: Ranked, b: Ranked): number {
  return (
    b.score - a.score ||
    compareText(a.designation.decided_on, b.designation.decided_on) ||
    compareText(a.designation.id, b.designation.id)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
