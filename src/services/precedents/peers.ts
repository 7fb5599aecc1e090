import type { Db } from '../../db/connection';
import { PeerClass } from '../../domain/precedents/peer-classes';
import type { Evidence } from '../../domain/precedents/precedent-kinds';
import { proximityBands, wholeYearsBetween } from '../../domain/precedents/proximity';
import { comparePrecedents, PrecedentScore, scorePrecedent } from '../../domain/precedents/scoring';
import type { Measure, OrganizationKind } from '../../domain/vocabularies';
import type { CandidateScope } from '../../queries/precedents/candidate-scope';
import {
  allPeers,
  countPeers,
  earliestPeer,
  peersAmong,
  peersInRanges,
  PeerSelection,
} from '../../queries/precedents/peer-candidates';
import type { RankedDesignation } from '../../queries/precedents/precedent-designations';
import { addEvidence, EvidenceById } from './gather-evidence';

export type RankedPrecedent = PrecedentScore & { designation: RankedDesignation };

/** A designation scored on its evidence and its distance in time from the case (`reference`, the case's decided date). */
export function rankDesignation(
  designation: RankedDesignation,
  evidence: Evidence[],
  reference: string,
): RankedPrecedent {
  return { ...scorePrecedent(evidence, wholeYearsBetween(designation.decided_on, reference)), designation };
}

/** The peers of a case: its organization's kind, and the classes of peers it has. */
export interface PeerQuestion {
  kind: OrganizationKind;
  classes: PeerClass[];
}

function selectionOf({ kind }: PeerQuestion, { measures, lawSlug }: PeerClass): PeerSelection {
  return { kind, measures, lawSlug };
}

/**
 * Adds peer evidence to the designations already found in other ways; says how many of them are
 * peers. One query for all classes: a peer's measure tells its class.
 */
export async function addPeerEvidence(
  db: Db,
  scope: CandidateScope,
  question: PeerQuestion,
  evidence: EvidenceById,
): Promise<number> {
  const { classes } = question;
  if (classes.length === 0) return 0;
  const measures = classes.every((peerClass) => peerClass.measures !== null)
    ? classes.flatMap((peerClass) => peerClass.measures!)
    : null;
  const rows = await peersAmong(db, scope, { kind: question.kind, measures, lawSlug: classes[0].lawSlug }, [
    ...evidence.keys(),
  ]);
  for (const row of rows) {
    const peerClass = classes.find(
      (candidate) => candidate.measures === null || candidate.measures.includes(row.measure),
    )!;
    addEvidence(evidence, row.id, { kind: 'peer_organization', sameMeasure: peerClass.sameMeasure });
  }
  return rows.length;
}

/** How many peers the case has, found in other ways or not. */
export async function countAllPeers(db: Db, scope: CandidateScope, question: PeerQuestion): Promise<number> {
  const perClass = await Promise.all(
    question.classes.map((peerClass) => countPeers(db, scope, selectionOf(question, peerClass))),
  );
  return perClass.reduce((sum, count) => sum + count, 0);
}

/**
 * The best peers, without scoring every one: a peer's score depends only on its class and its
 * whole years from the case, so the classes are read in order and each class band by band, closest
 * first (a band's peers tie, and rank by date, as the walk reads them). A large register fills
 * `count` from the closest band; the rest of a class's bands are read together when it does not.
 * `excluded`: the precedents found in other ways, ranked on all their evidence.
 */
export async function closestPeers(
  db: Db,
  scope: CandidateScope,
  question: PeerQuestion,
  reference: string,
  excluded: string[],
  count: number,
): Promise<RankedPrecedent[]> {
  const closest: RankedPrecedent[] = [];
  const [closestBand, ...fartherBands] = proximityBands(reference);
  for (const peerClass of question.classes) {
    for (const bands of [[closestBand], fartherBands]) {
      if (closest.length >= count) return closest;
      const ranges = bands.flatMap((band) => band.ranges);
      for (const designation of await peersInRanges(
        db,
        scope,
        selectionOf(question, peerClass),
        ranges,
        excluded,
        count - closest.length,
      )) {
        closest.push(
          rankDesignation(designation, [{ kind: 'peer_organization', sameMeasure: peerClass.sameMeasure }], reference),
        );
      }
    }
  }
  return closest;
}

/** For each class that can have it, its earliest peer not found in other ways with the measure asked (any, for null). */
export async function earliestPeers(
  db: Db,
  scope: CandidateScope,
  question: PeerQuestion,
  reference: string,
  excluded: string[],
  measure: Measure | null,
): Promise<RankedPrecedent[]> {
  const classes = question.classes.filter(
    (peerClass) => measure === null || peerClass.measures === null || peerClass.measures.includes(measure),
  );
  const earliest = await Promise.all(
    classes.map(async (peerClass) => {
      const designation = await earliestPeer(db, scope, selectionOf(question, peerClass), measure, excluded);
      return (
        designation &&
        rankDesignation(designation, [{ kind: 'peer_organization', sameMeasure: peerClass.sameMeasure }], reference)
      );
    }),
  );
  return earliest.filter((precedent) => precedent !== null);
}

/**
 * Every peer not among `excluded`, scored and in order: for an organization of a rare kind, whose
 * peers are few and read from its kind's organizations (see isRareKind).
 */
export async function allOtherPeers(
  db: Db,
  scope: CandidateScope,
  question: PeerQuestion,
  reference: string,
  excluded: string[],
): Promise<RankedPrecedent[]> {
  const perClass = await Promise.all(
    question.classes.map((peerClass) => allPeers(db, scope, selectionOf(question, peerClass), excluded)),
  );
  return perClass
    .flatMap((designations, index) =>
      designations.map((designation) =>
        rankDesignation(
          designation,
          [{ kind: 'peer_organization', sameMeasure: question.classes[index].sameMeasure }],
          reference,
        ),
      ),
    )
    .sort(comparePrecedents);
}
