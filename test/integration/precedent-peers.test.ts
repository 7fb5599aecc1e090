import path from 'node:path';
import type { Db } from '../../src/db/connection';
import { parsePartialDate, todayPartialDate } from '../../src/domain/partial-date';
import { peerClasses } from '../../src/domain/precedents/peer-classes';
import { precedentParameters } from '../../src/domain/precedents/precedent-parameters';
import { comparePrecedents } from '../../src/domain/precedents/scoring';
import { countByKind, earliestComparable } from '../../src/domain/precedents/summary';
import type { Measure } from '../../src/domain/vocabularies';
import { fetchRankedDesignations } from '../../src/queries/precedents/precedent-designations';
import { precedentCaseOf } from '../../src/services/precedents/find-precedents';
import { addEvidence, caseMeasures, gatherEvidence } from '../../src/services/precedents/gather-evidence';
import type { PrecedentCase } from '../../src/services/precedents/precedent-case';
import { rankDesignation } from '../../src/services/precedents/peers';
import { rankPrecedents } from '../../src/services/precedents/rank-precedents';
import { importDesignations } from '../../src/services/import/import-designations';
import { createTestDatabase, TestDatabase } from '../support/database';
import { fileInput } from '../support/fixtures';
import { writeMixedCsv } from '../support/generate-interchange';
import { temporaryDirectory } from '../support/temporary-directory';

/**
 * Every peer, found with a query of its own here: designations by the jurisdiction of other
 * organizations of the same kind, with a measure of the class, by the date, the case left out.
 */
async function everyPeer(db: Db, precedentCase: PrecedentCase): Promise<{ id: string; sameMeasure: boolean }[]> {
  const { scope, organization } = precedentCase;
  const peers: { id: string; sameMeasure: boolean }[] = [];
  for (const peerClass of peerClasses(
    organization.kind,
    caseMeasures(precedentCase),
    precedentCase.law?.slug ?? null,
  )) {
    const measures = peerClass.measures && [...peerClass.measures];
    const rows = await db.raw(
      `select d.id from designations d join organizations o on o.id = d.organization_id left join laws l on l.id = d.law_id
       where d.jurisdiction = ? and o.kind = ? and d.organization_id <> ? and d.decided_on <= ?
         and (?::text[] is null or d.measure = any(?::text[])) and (?::text is null or l.slug = ?)`,
      [
        scope.jurisdiction,
        organization.kind,
        organization.id,
        scope.until,
        measures,
        measures,
        peerClass.lawSlug,
        peerClass.lawSlug,
      ],
    );
    peers.push(...rows.rows.map((row: { id: string }) => ({ id: row.id, sameMeasure: peerClass.sameMeasure })));
  }
  return peers;
}

/** The answer as scoring every precedent, every peer included, one by one gives it. */
async function scoreEveryPrecedent(
  db: Db,
  precedentCase: PrecedentCase,
  reference: string,
  limit: number,
  comparableMeasure: Measure | null,
) {
  const evidence = await gatherEvidence(db, precedentCase);
  for (const peer of await everyPeer(db, precedentCase))
    addEvidence(evidence, peer.id, { kind: 'peer_organization', sameMeasure: peer.sameMeasure });
  const ranked = (await fetchRankedDesignations(db, [...evidence.keys()]))
    .map((designation) => rankDesignation(designation, evidence.get(designation.id)!, reference))
    .sort(comparePrecedents);
  return {
    listed: ranked.slice(0, limit),
    earliest: earliestComparable(ranked, comparableMeasure),
    total: ranked.length,
    counts: countByKind(ranked),
  };
}

const summarized = (answer: Awaited<ReturnType<typeof scoreEveryPrecedent>>) => ({
  listed: answer.listed.map(
    ({ designation, score, kinds }) => `${designation.decided_on} ${score} ${kinds.join('+')} ${designation.id}`,
  ),
  earliest: answer.earliest?.designation.id ?? null,
  total: answer.total,
  counts: answer.counts,
});

describe('peer precedents, read band by band or all at once, give the answer of scoring every peer', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    const file = path.join(temporaryDirectory('precedent-peers'), 'mixed.csv');
    writeMixedCsv(file, 2400);
    await importDesignations(testDb.db, fileInput(file), { today: todayPartialDate().start });
  });
  afterAll(() => testDb.destroy());

  it('for organizations of each kind, three jurisdictions, short and long lists, a measure, a law and a date given', async () => {
    const db = testDb.db;
    const organizations = await db('organizations')
      .whereIn('slug', ['generated-organization-7', 'generated-organization-8', 'generated-organization-9'])
      .select('id', 'slug', 'kind', 'parent_id');
    expect(new Set(organizations.map((organization) => organization.kind))).toEqual(
      new Set(['ngo', 'media', 'foundation']),
    );
    const law = await db('laws').where('jurisdiction', 'RU').orderBy('slug').first('slug', 'short_name');
    if (!law) throw new Error('the seed holds no law of RU');
    const today = todayPartialDate().start;
    let compared = 0;
    for (const organization of organizations) {
      for (const jurisdiction of ['RU', 'CN', 'BY']) {
        for (const extra of [
          { limit: '1' },
          { limit: '100' },
          { measure: 'ban', limit: '5' },
          { date: '2009-06', limit: '10' },
          ...(jurisdiction === 'RU' ? [{ law: law.slug, limit: '20' }] : []),
        ]) {
          const parameters = precedentParameters.parse({ organization: organization.slug, jurisdiction, ...extra });
          const date = parameters.date ?? parsePartialDate(today);
          const precedentCase = await precedentCaseOf(db, organization, parameters, {
            law: parameters.law ? law : null,
            date,
            today,
          });
          const subject = precedentCase.cases.at(-1) ?? null;
          const options = {
            reference: subject?.decided_on ?? date.text,
            limit: parameters.limit,
            comparableMeasure: subject?.measure ?? parameters.measure ?? null,
          };
          const expected = summarized(
            await scoreEveryPrecedent(db, precedentCase, options.reference, options.limit, options.comparableMeasure),
          );
          for (const peerReading of ['by_band', 'all'] as const) {
            const actual = summarized(await rankPrecedents(db, precedentCase, { ...options, peerReading }));
            expect({ organization: organization.slug, jurisdiction, extra, peerReading, ...actual }).toEqual({
              organization: organization.slug,
              jurisdiction,
              extra,
              peerReading,
              ...expected,
            });
          }
          expect(expected.counts.peer_organization).toBeGreaterThan(0);
          compared += 1;
        }
      }
    }
    expect(compared).toBe(3 * 3 * 4 + 3);
  });
});
