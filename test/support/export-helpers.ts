import { Readable } from 'node:stream';
import type { Express } from 'express';
import request from 'supertest';
import yauzl from 'yauzl';
import type { Db } from '../../src/db/connection';

/** Every row of the data tables, so a database can be emptied between a round trip's steps. */
export async function emptyDatabase(db: Db): Promise<void> {
  // TRUNCATE fires no row triggers: the history keeps what it had (this is a test reset, not a change).
  await db.raw(
    'truncate designation_sources, all_designations, jurisdiction_action_sources, jurisdiction_actions, sources, ' +
      'organization_names, organization_slug_redirects, organizations, laws cascade',
  );
}

export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** Raw body bytes of a download, whatever its content type. */
export async function download(
  app: Express,
  path: string,
): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  const response = await request(app)
    .get(path)
    .buffer(true)
    .parse((res, callback) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => callback(null, Buffer.concat(chunks)));
    });
  return {
    status: response.status,
    headers: response.headers,
    body: response.body as Buffer,
  };
}

/** The ids of every designation the list API returns for `query`, walking all its pages. */
export async function listedIds(app: Express, query: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page: request.Response = await request(app).get(
      `/api/v1/designations?${query}&limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(page.status).toBe(200);
    ids.push(...page.body.items.map((item: { id: string }) => item.id));
    cursor = page.body.next_cursor;
  } while (cursor);
  return ids;
}

/** The files of a zip (a data package download), by name. */
export function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    const files = new Map<string, Buffer>();
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, archive) => {
      if (error) return reject(error);
      archive.on('entry', (entry: yauzl.Entry) => {
        archive.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            archive.readEntry();
          });
        });
      });
      archive.on('end', () => resolve(files));
      archive.readEntry();
    });
  });
}
