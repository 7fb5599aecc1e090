import type { Db } from '../../db/connection';
import { peerClasses } from '../../domain/precedents/peer-classes';
import type { PrecedentKind } from '../../domain/precedents/precedent-kinds';
import { comparePrecedents } from '../../domain/precedents/scoring';
import { countByKind, earliestComparable } from '../../domain/precedents/summary';
import type { Measure } from '../../domain/vocabularies';
import { fetchRankedDesignations } from '../../queries/precedents/precedent-designations';
import { caseMeasures, gatherEvidence } from './gather-evidence';
import type { PrecedentCase } from './precedent-case';
import { isRareKind } from '../../queries/precedents/peer-candidates';
import {
  addPeerEvidence,
  allOtherPeers,
  closestPeers,
  countAllPeers,
  earliestPeers,
  PeerQuestion,
  rankDesignation,
  RankedPrecedent,
} from './peers';

export interface RankedAnswer {
  /** The first `limit` precedents, best first. */
  listed: RankedPrecedent[];
  /** The earliest precedent with the measure asked (any, for null). */
  earliest: RankedPrecedent | null;
  total: number;
  counts: Record<PrecedentKind, number>;
}

/** How the peers not found in other ways are read: the best by band (see closestPeers), or all of them (a rare kind). */
export type PeerReading = 'by_band' | 'all';

function peerQuestionOf(precedentCase: PrecedentCase): PeerQuestion {
  const { kind } = precedentCase.organization;
  return { kind, classes: peerClasses(kind, caseMeasures(precedentCase), precedentCase.law?.slug ?? null) };
}

/**
 * Every precedent of the case ranked and counted, as if each were scored: the precedents found in
 * ways other than being a peer are few and all scored, on all their evidence (being a peer too
 * included); peers can be tens of thousands, so of the others only the best `limit` and the
 * earliest are read, and the rest counted (a rare kind's few peers are all read, and so counted: see
 * isRareKind).
 * `reference` is the case's decided date, which peers are near to; `peerReading` overrides the
 * choice of how peers are read (both give the same answer). Independent queries run at once, on
 * connections of their own.
 */
export async function rankPrecedents(
  db: Db,
  precedentCase: PrecedentCase,
  {
    reference,
    limit,
    comparableMeasure,
    peerReading,
  }: { reference: string; limit: number; comparableMeasure: Measure | null; peerReading?: PeerReading },
): Promise<RankedAnswer> {
  const { scope } = precedentCase;
  const question = peerQuestionOf(precedentCase);
  const [evidence, reading] = await Promise.all([
    gatherEvidence(db, precedentCase),
    peerReading ?? isRareKind(db, question.kind).then((rare): PeerReading => (rare ? 'all' : 'by_band')),
  ]);
  const foundIds = [...evidence.keys()];
  /** The best and the earliest candidates among the peers not found in other ways, and how many there are, given how many were. */
  const otherPeers = async (): Promise<{
    closest: RankedPrecedent[];
    earliest: RankedPrecedent[];
    count: (peersFound: number) => number;
  }> => {
    if (reading === 'by_band') {
      const [closest, earliest, total] = await Promise.all([
        closestPeers(db, scope, question, reference, foundIds, limit),
        earliestPeers(db, scope, question, reference, foundIds, comparableMeasure),
        countAllPeers(db, scope, question),
      ]);
      return { closest, earliest, count: (peersFound) => total - peersFound };
    }
    const all = await allOtherPeers(db, scope, question, reference, foundIds);
    return { closest: all.slice(0, limit), earliest: all, count: () => all.length };
  };
  const [peersFound, designations, others] = await Promise.all([
    addPeerEvidence(db, scope, question, evidence),
    fetchRankedDesignations(db, foundIds),
    otherPeers(),
  ]);
  const found = designations.map((designation) =>
    rankDesignation(designation, evidence.get(designation.id)!, reference),
  );
  const counts = countByKind(found);
  const otherCount = others.count(peersFound);
  counts.peer_organization += otherCount;
  return {
    listed: [...found, ...others.closest].sort(comparePrecedents).slice(0, limit),
    earliest: earliestComparable([...found, ...others.earliest], comparableMeasure),
    total: found.length + otherCount,
    counts,
  };
}
