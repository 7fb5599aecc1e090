import { decodeCursor, encodeCursor } from '../../src/db/keyset';
import { InvalidInputError } from '../../src/domain/errors';

const key = { decidedOn: '2022-04-08', decidedRank: 3, id: '8da818d0-dbac-5916-ac3e-49b5d0bbe19e' };

function rejection(cursor: string, sort: 'decided_on' | '-decided_on' = 'decided_on'): InvalidInputError {
  try {
    decodeCursor(cursor, sort);
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
    throw error;
  }
  throw new Error('expected the cursor to be rejected');
}

describe('keyset cursors', () => {
  it('round-trip the key for the sort they were issued for, as URL-safe text', () => {
    const cursor = encodeCursor('-decided_on', key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, '-decided_on')).toEqual(key);
  });

  it('reject garbage, a changed key and a cut-short cursor, naming the cursor parameter', () => {
    const cursor = encodeCursor('decided_on', key);
    const payload = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    payload.after[0] = '2022-04-09';
    const edited = Buffer.from(JSON.stringify(payload)).toString('base64url');
    for (const bad of ['garbage', edited, cursor.slice(0, -4), '']) {
      expect(rejection(bad).problems).toEqual([
        { parameter: 'cursor', value: bad, message: expect.stringMatching(/not a cursor this service issued/) },
      ]);
    }
  });

  it('reject a cursor issued for the other sort', () => {
    expect(rejection(encodeCursor('decided_on', key), '-decided_on').problems[0].message).toMatch(
      /issued for sort=decided_on/,
    );
  });
});
