/**
 * Opaque cursors for keyset pagination over (decided_on, decided_rank, id). A cursor is base64url
 * JSON of the sort it was issued for, the last row's key and a checksum: the key values are not
 * secret, but a client that edits or truncates a cursor gets a 400 instead of a silently wrong page.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { DesignationSort } from '../domain/query-parameters';
import { invalidParameters } from '../domain/parameter-parsing';

export interface DesignationKey {
  decidedOn: string;
  decidedRank: number;
  id: string;
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
