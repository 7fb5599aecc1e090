import type { Knex } from 'knex';
import type { Db } from '../../db/connection';
import type { PeerClass } from '../../domain/precedents/peer-classes';
import type { DateRange } from '../../domain/precedents/proximity';
import type { Measure, OrganizationKind } from '../../domain/vocabularies';
import { CandidateScope, happenedBy } from './candidate-scope';
import { RankedDesignation, RankedDesignationRow, toRankedDesignation } from './precedent-designations';

/** The peers of one class (see peer-classes.ts): designations by the jurisdiction of other organizations of `kind`. */
export type PeerSelection = Omit<PeerClass, 'sameMeasure'> & { kind: OrganizationKind };

const DECIDED_ORDER = ['d.decided_on', 'd.decided_rank', 'd.id'];
const RANKED_COLUMNS = ['d.id', 'd.decided_on', 'd.decided_precision', 'd.measure'];

function peers(db: Db, scope: CandidateScope, { kind, measures, lawSlug }: PeerSelection): Knex.QueryBuilder {
  const query = db('designations as d')
    .join('organizations as o', 'o.id', 'd.organization_id')
    .where('d.jurisdiction', scope.jurisdiction)
    .where('o.kind', kind)
    .whereNot('d.organization_id', scope.organizationId);
  if (measures !== null) query.whereRaw('d.measure = any(?::text[])', [[...measures]]);
  if (lawSlug !== null)
    query.whereIn('d.law_id', (laws) => void laws.select('l.id').from('laws as l').where('l.slug', lawSlug));
  return happenedBy(query, scope);
}

function excluding(query: Knex.QueryBuilder, ids: readonly string[]): Knex.QueryBuilder {
  return ids.length === 0 ? query : query.whereRaw('not (d.id = any(?::uuid[]))', [[...ids]]);
}

/**
 * Up to this many organizations, a kind is rare: walking a large jurisdiction's designations in
 * date order would read thousands for each of its peers, so its peers are read from its
 * organizations instead, all of them (allPeers).
 */
export const RARE_KIND_ORGANIZATIONS = 2000;

export async function isRareKind(db: Db, kind: OrganizationKind): Promise<boolean> {
  const [{ organizations }] = await db
    .from(
      db('organizations')
        .where('kind', kind)
        .select(db.raw('1'))
        .limit(RARE_KIND_ORGANIZATIONS + 1)
        .as('k'),
    )
    .count<{ organizations: string | number }[]>({ organizations: '*' });
  return Number(organizations) <= RARE_KIND_ORGANIZATIONS;
}

/** Every peer not among `excluded`, read organization by organization (for a rare kind: see isRareKind). */
export async function allPeers(
  db: Db,
  scope: CandidateScope,
  selection: PeerSelection,
  excluded: readonly string[],
): Promise<RankedDesignation[]> {
  const ofOrganization = excluding(peers(db, scope, selection).whereRaw('d.organization_id = k.id'), excluded)
    .select(...RANKED_COLUMNS)
    .toSQL();
  const rows: RankedDesignationRow[] = await db
    .from('organizations as k')
    .where('k.kind', selection.kind)
    .joinRaw('cross join lateral (?) p', [db.raw(ofOrganization.sql, ofOrganization.bindings)])
    .select('p.*');
  return rows.map(toRankedDesignation);
}

/** The peers among `ids` (designations found as precedents in other ways), with their measures. */
export async function peersAmong(
  db: Db,
  scope: CandidateScope,
  selection: PeerSelection,
  ids: readonly string[],
): Promise<{ id: string; measure: Measure }[]> {
  if (ids.length === 0) return [];
  return peers(db, scope, selection)
    .whereRaw('d.id = any(?::uuid[])', [[...ids]])
    .select('d.id', 'd.measure');
}

/**
 * The first `count` peers, not among `excluded`, decided in `ranges`: the first range's in decided
 * order, then the next range's, and so on. Each range is its own walk of the jurisdiction's
 * decided-date index that stops at `count`.
 */
export async function peersInRanges(
  db: Db,
  scope: CandidateScope,
  selection: PeerSelection,
  ranges: readonly DateRange[],
  excluded: readonly string[],
  count: number,
): Promise<RankedDesignation[]> {
  const walks = ranges.map(({ from, until }, order) => {
    const walk = excluding(peers(db, scope, selection), excluded).select(
      ...RANKED_COLUMNS,
      'd.decided_rank',
      db.raw('?::int as range_order', [order]),
    );
    if (from !== null) walk.where('d.decided_on', '>=', from);
    if (until !== null) walk.where('d.decided_on', '<', until);
    return walk.orderBy(DECIDED_ORDER).limit(count);
  });
  const rows = (
    walks.length === 1
      ? await walks[0]
      : await db
          .queryBuilder()
          .unionAll(walks, true)
          .orderBy(['range_order', 'decided_on', 'decided_rank', 'id'])
          .limit(count)
  ) as RankedDesignationRow[];
  return rows.map(toRankedDesignation);
}

/** The earliest peer not among `excluded`, with `measure` if one is given. */
export async function earliestPeer(
  db: Db,
  scope: CandidateScope,
  selection: PeerSelection,
  measure: Measure | null,
  excluded: readonly string[],
): Promise<RankedDesignation | null> {
  const query = excluding(peers(db, scope, selection), excluded)
    .select(...RANKED_COLUMNS)
    .orderBy(DECIDED_ORDER)
    .limit(1);
  if (measure !== null) query.where('d.measure', measure);
  const [row] = (await query) as RankedDesignationRow[];
  return row === undefined ? null : toRankedDesignation(row);
}

/**
 * How many peers there are. With a law to go by, counted one by one; otherwise from
 * designation_kind_counts: every month before the one `until` falls in, plus that month's
 * designations up to `until`, less the case organization's own (it is of the same kind).
 */
export async function countPeers(db: Db, scope: CandidateScope, selection: PeerSelection): Promise<number> {
  if (selection.lawSlug !== null) {
    const [{ peers: counted }] = await peers(db, scope, selection).count<{ peers: string | number }[]>({ peers: '*' });
    return Number(counted);
  }
  const month = `${scope.until.slice(0, 7)}-01`;
  const withMeasures = (query: Knex.QueryBuilder, column: string) =>
    selection.measures === null ? query : query.whereRaw(`${column} = any(?::text[])`, [[...selection.measures]]);
  const [summed, lastMonth, own] = [
    withMeasures(db('designation_kind_counts'), 'measure')
      .where({ jurisdiction: scope.jurisdiction, organization_kind: selection.kind })
      .where('decided_month', '<', month)
      .select(db.raw('coalesce(sum(designations), 0)')),
    withMeasures(db('designations as d'), 'd.measure')
      .join('organizations as o', 'o.id', 'd.organization_id')
      .where({ 'd.jurisdiction': scope.jurisdiction, 'o.kind': selection.kind })
      .whereBetween('d.decided_on', [month, scope.until])
      .count(),
    withMeasures(db('designations as d'), 'd.measure')
      .where({ 'd.organization_id': scope.organizationId, 'd.jurisdiction': scope.jurisdiction })
      .where('d.decided_on', '<=', scope.until)
      .count(),
  ];
  const [{ peers: counted }] = await db.select<{ peers: string | number }[]>(
    db.raw('(?) + (?) - (?) as peers', [summed, lastMonth, own]),
  );
  return Number(counted);
}
