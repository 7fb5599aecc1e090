import { PassThrough, Readable } from 'node:stream';
import type { Knex } from 'knex';
import type { PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { isPglite } from '../../db/connection';

/**
 * Streams `COPY (selectSql) TO STDOUT options` from PostgreSQL. The connection is the pool's; it
 * goes back when the copy ends, fails, or the consumer goes away (which also stops the copy).
 * On PGlite, which cannot stream COPY, the whole result is copied to its blob device at once:
 * callers that must stay flat in memory there page themselves (see designation-export.ts).
 */
export function copyOut(db: Knex, selectSql: string, options: string, prefix = ''): Readable {
  if (isPglite(db)) return Readable.from(pgliteCopy(db, selectSql, options, prefix));
  const output = new PassThrough();
  if (prefix) output.write(prefix);
  db.client.acquireConnection().then(
    (connection: PoolClient) => {
      let released = false;
      const release = () => {
        if (!released) db.client.releaseConnection(connection);
        released = true;
      };
      const copy = connection.query(copyTo(`COPY (${selectSql}) TO STDOUT ${options}`));
      copy.on('error', (error: Error) => {
        output.destroy(error);
        release();
      });
      copy.on('end', release);
      output.on('close', () => {
        if (!copy.readableEnded) copy.destroy();
      });
      copy.pipe(output);
    },
    (error: Error) => output.destroy(error),
  );
  return output;
}

export async function pgliteCopyToBuffer(db: Knex, selectSql: string, options: string): Promise<Buffer> {
  const result = await db.raw(`COPY (${selectSql}) TO '/dev/blob' ${options}`);
  return result.blob ? Buffer.from(await result.blob.arrayBuffer()) : Buffer.alloc(0);
}

async function* pgliteCopy(db: Knex, selectSql: string, options: string, prefix: string): AsyncGenerator<Buffer> {
  if (prefix) yield Buffer.from(prefix);
  yield await pgliteCopyToBuffer(db, selectSql, options);
}
