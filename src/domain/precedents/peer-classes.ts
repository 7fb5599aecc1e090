/**
 * Which designations are a case's peers (peer_organization, see README.md here): those of other
 * organizations of the same kind by the same jurisdiction with the case's measure or a similar one.
 * Pure; the queries find them, scoring.ts weighs them.
 */
import type { Measure, OrganizationKind } from '../vocabularies';
import { similarMeasures } from './measure-groups';

/** One class of peers; a peer of a class with `sameMeasure` weighs more than any of a class without. */
export interface PeerClass {
  sameMeasure: boolean;
  /** Their measures; null: any. */
  measures: readonly Measure[] | null;
  /** The law they were decided under; null: any. */
  lawSlug: string | null;
}

/**
 * The classes of peers, strongest first: the case's measures, then the similar ones. With no case
 * to take measures from, the peers under the law given (as strong as the same measure), or else
 * every designation of the jurisdiction against the kind. `other` says nothing about what an
 * organization is, so it has no peers.
 */
export function peerClasses(
  kind: OrganizationKind,
  caseMeasures: readonly Measure[],
  lawSlug: string | null,
): PeerClass[] {
  if (kind === 'other') return [];
  if (caseMeasures.length === 0) {
    return [
      lawSlug !== null
        ? { sameMeasure: true, measures: null, lawSlug }
        : { sameMeasure: false, measures: null, lawSlug: null },
    ];
  }
  const same = [...new Set(caseMeasures)];
  const similar = similarMeasures(same).filter((measure) => !same.includes(measure));
  return [
    { sameMeasure: true, measures: same, lawSlug: null },
    ...(similar.length > 0 ? [{ sameMeasure: false, measures: similar, lawSlug: null }] : []),
  ];
}
