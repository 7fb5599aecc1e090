/**
 * Keyset pagination over designations `d` in the order (decided_on, decided_rank, id): the order,
 * the seek predicate that continues after a row, and the opaque cursors the API hands out.
 * A cursor is base64url JSON of the sort it was issued for, the last row's key and a checksum: the
 * key values are not secret, but a client that edits or truncates a cursor gets a 400 instead of a
 * silently wrong page.
 */
import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { z } from 'zod';
import type { DesignationsTable } from './tables';
import type { DesignationSort } from '../domain/query-parameters';
import { invalidParameters } from '../domain/parameter-parsing';

export interface DesignationKey {
  decidedOn: string;
  decidedRank: number;
  id: string;
}

/** The key columns of a designation row, as selected from `d`. */
export type DesignationKeyColumns = Pick<DesignationsTable, 'decided_on' | 'decided_rank' | 'id'>;

export function keyOf(row: DesignationKeyColumns): DesignationKey {
  return { decidedOn: row.decided_on, decidedRank: row.decided_rank, id: row.id };
}

/** Ordered by decided date, coarser precision first on ties, then id; `descending` reverses all three. */
export function orderByDecided<Query extends Knex.QueryBuilder>(query: Query, descending = false): Query {
  const order = descending ? 'desc' : 'asc';
  return query.orderBy([
    { column: 'd.decided_on', order },
    { column: 'd.decided_rank', order },
    { column: 'd.id', order },
  ]) as Query;
}

/** Rows strictly after `key` in the order of orderByDecided (a row comparison the index serves). */
export function seekAfter<Query extends Knex.QueryBuilder>(
  query: Query,
  key: DesignationKey,
  descending = false,
): Query {
  return query.whereRaw(
    `(d.decided_on, d.decided_rank, d.id) ${descending ? '<' : '>'} (?::date, ?::smallint, ?::uuid)`,
    [key.decidedOn, key.decidedRank, key.id],
  ) as Query;
}

const payloadSchema = z.strictObject({
  sort: z.string(),
  after: z.tuple([z.iso.date(), z.number().int().min(1).max(3), z.guid()]),
  check: z.string(),
});

function checksum(sort: string, after: [string, number, string]): string {
  return createHash('sha256')
    .update(JSON.stringify(['ngo-tracker cursor v1', sort, after]))
    .digest('base64url')
    .slice(0, 22);
}

export function encodeCursor(sort: DesignationSort, key: DesignationKey): string {
  const after: [string, number, string] = [key.decidedOn, key.decidedRank, key.id];
  return Buffer.from(JSON.stringify({ sort, after, check: checksum(sort, after) })).toString('base64url');
}

/** The key a cursor continues after; throws a 400-class error naming `cursor` when it is not valid for `sort`. */
export function decodeCursor(cursor: string, sort: DesignationSort): DesignationKey {
  const reject = (message: string) => invalidParameters([{ parameter: 'cursor', value: cursor, message }]);
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw reject('is not a cursor this service issued');
  }
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success || parsed.data.check !== checksum(parsed.data.sort, parsed.data.after)) {
    throw reject('is not a cursor this service issued (it was changed or cut short)');
  }
  if (parsed.data.sort !== sort) {
    throw reject(`was issued for sort=${parsed.data.sort}, not sort=${sort}; start again without a cursor`);
  }
  const [decidedOn, decidedRank, id] = parsed.data.after;
  return { decidedOn, decidedRank, id };
}
