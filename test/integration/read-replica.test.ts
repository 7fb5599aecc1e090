/**
 * Reads on a real hot standby (DATABASE_READ_URL), writes on its primary: which database serves
 * what, read-your-writes under replication lag, and a replica that goes away. The pair is made
 * from scratch (test/support/replica.ts), whatever backend the rest of the suite runs on.
 */
import request from 'supertest';
import type { Express } from 'express';
import pg from 'pg';
import { createDb, Db } from '../../src/db/connection';
import { REPLICA_RETRY_MS } from '../../src/db/database-roles';
import { migrateToLatest } from '../../src/db/migrations';
import { createApp } from '../../src/app/create-app';
import { dataVersion } from '../../src/db/data-version';
import { DEFAULT_HTTP_SETTINGS } from '../../src/config/config';
import { NO_RATE_LIMITS, silentLogger } from '../support/app';
import { bearer, createTestTokens, TestTokens } from '../support/editing';
import { createReplicaPair, describeWithReplica, ReplicaPair, replicaUnavailableReason } from '../support/replica';
import { seedFixture } from '../support/seed-fixture';

const ORGANIZATION = '/api/v1/organizations/human-rights-watch';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForReplay(primary: Db, replica: Db): Promise<void> {
  const target = BigInt(await dataVersion(primary));
  for (let attempt = 0; attempt < 300; attempt++) {
    const version = await dataVersion(replica).catch(() => null);
    if (version !== null && BigInt(version) >= target) return;
    await sleep(100);
  }
  throw new Error('the replica did not replay the primary within 30 s');
}

describeWithReplica(
  `reads on a streaming replica${replicaUnavailableReason ? ` (skipped: ${replicaUnavailableReason})` : ''}`,
  () => {
    let pair: ReplicaPair;
    let primary: Db;
    let replica: Db;
    let app: Express;
    let tokens: TestTokens;

    beforeAll(async () => {
      pair = await createReplicaPair();
      const admin = new pg.Client({ connectionString: pair.primaryUrl });
      await admin.connect();
      await admin.query('create database ngo');
      await admin.end();
      const urls = pair.urlsOf('ngo');
      primary = createDb({ kind: 'postgres', url: urls.primary, poolMax: 4 });
      replica = createDb({ kind: 'postgres', url: urls.replica, poolMax: 4, connectTimeoutMs: 1000 });
      await migrateToLatest(primary);
      await seedFixture(primary);
      tokens = await createTestTokens(primary);
      await waitForReplay(primary, replica);
      app = createApp({
        db: primary,
        readDb: replica,
        logger: silentLogger,
        http: { ...DEFAULT_HTTP_SETTINGS, rateLimits: NO_RATE_LIMITS },
      });
    }, 120_000);

    afterAll(async () => {
      await Promise.all([primary?.destroy(), replica?.destroy()]);
      pair?.destroy();
    });

    it('serves reads from the standby (in recovery), and /readyz reports both databases', async () => {
      expect((await replica.raw('select pg_is_in_recovery() as standby')).rows[0].standby).toBe(true);
      for (const path of [
        ORGANIZATION,
        '/api/v1/designations.csv?jurisdiction=RU',
        '/organizations/human-rights-watch',
        '/feed.atom',
      ]) {
        const response = await request(app).get(path);
        expect([path, response.status, response.headers['x-read-source']]).toEqual([path, 200, 'replica']);
      }
      const ready = await request(app).get('/readyz');
      expect([ready.status, ready.body]).toEqual([
        200,
        { status: 'ready', databases: { primary: 'up', replica: 'up' } },
      ]);
    });

    it('a write goes to the primary; under lag a reader who saw it reads the primary, one who did not may read old data', async () => {
      const before = await request(app).get(ORGANIZATION);
      await replica.raw('select pg_wal_replay_pause()');
      try {
        const changed = await request(app)
          .patch(ORGANIZATION)
          .set(bearer(tokens.editor))
          .set('If-Match', before.headers.etag)
          .send({ hq_country: 'GB' });
        expect(changed.status).toBe(200);
        const written = changed.headers['x-data-version'];
        expect(BigInt(written)).toBeGreaterThan(BigInt(await dataVersion(replica)));

        const writer = await request(app).get(ORGANIZATION).set('X-Min-Data-Version', written);
        expect([writer.headers['x-read-source'], writer.body.hq_country, writer.headers['x-data-version']]).toEqual([
          'primary',
          'GB',
          written,
        ]);
        // A revalidation with the tag the writer now holds is answered by the primary too: a 304.
        const revalidated = await request(app).get(ORGANIZATION).set('If-None-Match', writer.headers.etag);
        expect([revalidated.status, revalidated.headers['x-read-source']]).toEqual([304, 'primary']);

        const stranger = await request(app).get(ORGANIZATION);
        expect([stranger.headers['x-read-source'], stranger.body.hq_country, stranger.headers.etag]).toEqual([
          'replica',
          'US',
          before.headers.etag,
        ]);
        // Its old tag still revalidates against the replica's (old) data.
        expect((await request(app).get(ORGANIZATION).set('If-None-Match', before.headers.etag)).status).toBe(304);
      } finally {
        await replica.raw('select pg_wal_replay_resume()');
      }
      await waitForReplay(primary, replica);
      const caughtUp = await request(app).get(ORGANIZATION).set('If-None-Match', before.headers.etag);
      expect([caughtUp.status, caughtUp.headers['x-read-source'], caughtUp.body.hq_country]).toEqual([
        200,
        'replica',
        'GB',
      ]);
    });

    it('a replica that goes away: reads fall back to the primary, /readyz is 200 degraded, reads return once it is back', async () => {
      pair.stopReplica();
      try {
        const response = await request(app).get(ORGANIZATION);
        expect([response.status, response.headers['x-read-source']]).toEqual([200, 'primary']);
        expect((await request(app).get('/feed.atom')).headers['x-read-source']).toBe('primary');
        const ready = await request(app).get('/readyz');
        expect([ready.status, ready.body]).toEqual([
          200,
          { status: 'degraded', databases: { primary: 'up', replica: 'down' } },
        ]);
      } finally {
        pair.startReplica();
      }
      await waitForReplay(primary, replica);
      await sleep(REPLICA_RETRY_MS + 200);
      expect((await request(app).get(ORGANIZATION)).headers['x-read-source']).toBe('replica');
      expect((await request(app).get('/readyz')).body.status).toBe('ready');
    });
  },
);
