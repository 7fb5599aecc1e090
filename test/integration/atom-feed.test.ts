import request from 'supertest';
import type { Express } from 'express';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildTestApp } from '../support/app';
import { TestDatabase } from '../support/database';
import { createSeededTestDatabase } from '../support/seed-fixture';
import { bearer, createTestTokens, designationBody } from '../support/editing';
import { expectBadParameter } from '../support/problems';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['entry', 'link', 'category', 'p', 'li'].includes(name),
});

interface AtomLink {
  '@rel': string;
  '@href': string;
  '@type': string;
}

async function fetchFeed(app: Express, query = '') {
  const response = await request(app)
    .get(`/feed.atom${query}`)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
    });
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
  expect(XMLValidator.validate(response.body as string)).toBe(true);
  return parser.parse(response.body as string).feed;
}

describe('GET /feed.atom: the newest designations as an Atom 1.0 feed', () => {
  let testDb: TestDatabase;
  let app: Express;
  // Seeding takes a while on a busy machine: more than the default minute.
  beforeAll(async () => {
    testDb = await createSeededTestDatabase();
    app = buildTestApp(testDb.db);
  }, 180_000);
  afterAll(() => testDb.destroy());

  it('has the elements RFC 4287 requires of a feed and of each entry', async () => {
    const feed = await fetchFeed(app);
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(feed.title).toBe('NGO Sanction Tracker: newest designations');
    expect(new Date(feed.updated).toISOString()).toBe(feed.updated);
    expect(feed.author.name).toBe('NGO Sanction Tracker');
    expect(feed.link).toContainEqual(
      expect.objectContaining({
        '@rel': 'self',
        '@type': 'application/atom+xml',
        '@href': expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/feed\.atom$/),
      }),
    );
    expect(feed.entry).toHaveLength(50);
    for (const entry of feed.entry) {
      expect(entry.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(typeof entry.title).toBe('string');
      expect(new Date(entry.updated).toISOString()).toBe(entry.updated);
      expect(entry.link.map((link: AtomLink) => link['@type'])).toEqual(['text/html', 'application/json']);
      expect(entry.summary).toMatch(/decided \d{4}/);
      expect(entry.content['@type']).toBe('xhtml');
      expect(entry.content.div['@xmlns']).toBe('http://www.w3.org/1999/xhtml');
      expect(entry.content.div.ul.li.length).toBeGreaterThan(0);
    }
  });

  it('takes the common filters: each entry explains the designation and cites its sources', async () => {
    const feed = await fetchFeed(app, '?organization=amnesty-international-limited&jurisdiction=RU');
    expect(feed.title).toBe(
      'NGO Sanction Tracker: newest designations (jurisdiction=RU, organization=amnesty-international-limited)',
    );
    // Recorded together (by the seed), so the later decision comes first.
    expect(feed.entry.map((entry: { title: string }) => entry.title)).toEqual([
      'Amnesty International Limited: undesirable designation (Russia, 2025-05-19)',
      'Amnesty International Limited (Moscow office): registration revoked (Russia, 2022-04-08)',
    ]);
    const [entry] = feed.entry;
    expect(entry.summary).toMatch(
      /^Russia, .*: undesirable designation under Undesirable organizations law, decided 2025-05-19; active\.$/,
    );
    expect(entry.content.div.p.join(' ')).toMatch(/Russophobic/);
    expect(entry.content.div.ul.li[0].a['@href']).toMatch(/^https?:\/\//);
    expect(entry.link[1]['@href']).toMatch(new RegExp(`/api/v1/designations/${entry.id.slice('urn:uuid:'.length)}$`));
    // The same filters always make the same feed id; other filters another.
    expect((await fetchFeed(app, '?jurisdiction=RU&organization=amnesty-international-limited')).id).toBe(feed.id);
    expect((await fetchFeed(app, '?jurisdiction=CN')).id).not.toBe(feed.id);
  });

  it('puts a newly recorded designation first', async () => {
    const tokens = await createTestTokens(testDb.db);
    const created = await request(app).post('/api/v1/designations').set(bearer(tokens.editor)).send(designationBody());
    const feed = await fetchFeed(app, '?limit=3');
    expect(feed.entry[0].id).toBe(`urn:uuid:${created.body.id}`);
    expect(feed.entry).toHaveLength(3);
    expect(feed.updated).toBe(feed.entry[0].updated);
  });

  it('rejects a bad filter with a 400 problem', async () => {
    expectBadParameter(await request(app).get('/feed.atom?jurisdiction=XX'), 'jurisdiction', 'XX');
    expectBadParameter(await request(app).get('/feed.atom?limit=1000'), 'limit', '1000');
  });
});
