/**
 * Synthetic data for benchmarks, loaded with COPY: `designations` rows, about 10 per organization,
 * 3 names per organization (one Cyrillic), 200 jurisdictions with a few holding most rows, 50
 * laws, every date precision. Deterministic for a given size (a seeded generator, no clock).
 */
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { Knex } from 'knex';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { acquireConnection, releaseConnection } from '../src/db/pooled-connection';
import { allJurisdictionCodes } from '../src/domain/jurisdictions';
import { normalizeName } from '../src/domain/names';
import { MEASURES, REASON_TAGS } from '../src/domain/vocabularies';

const LAWS = 50;
const JURISDICTIONS = allJurisdictionCodes()
  .filter((code) => code !== 'AQ')
  .slice(0, 200);
// A few jurisdictions hold most rows, as in real registers: RU alone about 40%.
const HEAVY = ['RU', 'CN', 'BY', 'IN', 'NI', 'IL', 'AZ', 'VE'];
const HEAVY_SHARE = [0.4, 0.12, 0.08, 0.06, 0.05, 0.04, 0.03, 0.02];
const CYRILLIC_WORDS = ['Фонд', 'Центр', 'Институт', 'Движение', 'Союз', 'Правозащита', 'Свобода', 'Мир'];
const LATIN_WORDS = [
  'Foundation',
  'Centre',
  'Institute',
  'Movement',
  'Union',
  'Rights',
  'Freedom',
  'Peace',
  'Watch',
  'Forum',
];
// Real names mix a distinctive word with common ones ("Memorial Human Rights Centre"): each
// organization gets a pronounceable made-up word, written in Latin and in Cyrillic letters.
const CONSONANTS = [
  ['b', 'б'],
  ['d', 'д'],
  ['g', 'г'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['p', 'п'],
  ['r', 'р'],
  ['s', 'с'],
  ['t', 'т'],
  ['v', 'в'],
  ['z', 'з'],
];
const VOWELS = [
  ['a', 'а'],
  ['e', 'е'],
  ['i', 'и'],
  ['o', 'о'],
  ['u', 'у'],
];

/** The index-th made-up word (three syllables), in Latin and Cyrillic letters. */
function madeUpWord(index: number): [string, string] {
  let latin = '';
  let cyrillic = '';
  let rest = index;
  for (let syllable = 0; syllable < 3; syllable++) {
    const [consonantLatin, consonantCyrillic] = CONSONANTS[rest % CONSONANTS.length];
    rest = Math.floor(rest / CONSONANTS.length);
    const [vowelLatin, vowelCyrillic] = VOWELS[rest % VOWELS.length];
    rest = Math.floor(rest / VOWELS.length);
    latin += consonantLatin + vowelLatin;
    cyrillic += consonantCyrillic + vowelCyrillic;
  }
  const capital = (word: string) => word[0].toUpperCase() + word.slice(1);
  return [capital(latin) + (rest > 0 ? `${rest}` : ''), capital(cyrillic) + (rest > 0 ? `${rest}` : '')];
}

/** A small seeded generator (mulberry32), so a size always gives the same data. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickJurisdiction(random: () => number): string {
  let roll = random();
  for (let index = 0; index < HEAVY.length; index++) {
    if (roll < HEAVY_SHARE[index]) return HEAVY[index];
    roll -= HEAVY_SHARE[index];
  }
  return JURISDICTIONS[Math.floor(random() * JURISDICTIONS.length)];
}

function decidedDate(random: () => number): [string, string] {
  const year = 1995 + Math.floor(random() * 31);
  const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
  const roll = random();
  if (roll < 0.05) return [`${year}-01-01`, 'year'];
  if (roll < 0.2) return [`${year}-${month}-01`, 'month'];
  return [`${year}-${month}-${day}`, 'day'];
}

async function copyRows(connection: PoolClient, copySql: string, rows: Iterable<unknown[]>): Promise<void> {
  await pipeline(Readable.from(rows), stringify(), connection.query(copyFrom(copySql)));
}

export interface GeneratedIds {
  organizations: number;
  designations: number;
}

/** Empties the tracker's tables and fills them with `designations` synthetic rows. */
export async function generateSyntheticData(
  db: Knex,
  designations: number,
  onProgress: (done: number) => void,
): Promise<GeneratedIds> {
  const random = seededRandom(designations);
  const organizations = Math.max(1, Math.round(designations / 10));
  // `designations` is the view of the designations not deleted; the rows live in all_designations.
  await db.raw(
    `truncate designation_sources, all_designations, jurisdiction_action_sources, jurisdiction_actions, sources,
      organization_names, organizations, laws cascade`,
  );
  const connection = await acquireConnection(db);
  try {
    // Synthetic rows are not history: replica mode skips the revision triggers for this session
    // (it needs a superuser, as a local benchmark database has).
    await connection.query('set session_replication_role = replica');
    const lawIds = Array.from({ length: LAWS }, () => randomUUID());
    await copyRows(
      connection,
      'COPY laws (id, slug, jurisdiction, short_name, family) FROM STDIN WITH (FORMAT csv)',
      lawIds.map((id, index) => [id, `bench-law-${index}`, HEAVY[index % HEAVY.length], `Bench law ${index}`, 'other']),
    );
    const organizationIds = Array.from({ length: organizations }, () => randomUUID());
    const words = organizationIds.map((_, index) => madeUpWord(index));
    const names = words.map(
      ([latin], index) =>
        `${latin} ${LATIN_WORDS[index % LATIN_WORDS.length]} ${LATIN_WORDS[(index * 7) % LATIN_WORDS.length]}`,
    );
    await copyRows(
      connection,
      'COPY organizations (id, slug, name, kind) FROM STDIN WITH (FORMAT csv)',
      organizationIds.map((id, index) => [
        id,
        `bench-org-${index}`,
        names[index],
        index % 5 === 0 ? 'foundation' : 'ngo',
      ]),
    );
    await copyRows(
      connection,
      'COPY organization_names (organization_id, name, name_kind, normalized) FROM STDIN WITH (FORMAT csv)',
      (function* () {
        for (let index = 0; index < organizations; index++) {
          const cyrillic = `${CYRILLIC_WORDS[index % CYRILLIC_WORDS.length]} «${words[index][1]}»`;
          const acronym = `BO${index}`;
          yield [organizationIds[index], names[index], 'canonical', normalizeName(names[index])];
          yield [organizationIds[index], acronym, 'acronym', normalizeName(acronym)];
          yield [organizationIds[index], cyrillic, 'translation', normalizeName(cyrillic)];
        }
      })(),
    );
    const sourceIds = Array.from({ length: Math.max(1, Math.round(designations / 100)) }, () => randomUUID());
    await copyRows(
      connection,
      'COPY sources (id, url, publisher) FROM STDIN WITH (FORMAT csv)',
      sourceIds.map((id, index) => [id, `https://example.org/bench/${index}`, `Publisher ${index % 40}`]),
    );
    const designationIds: string[] = [];
    await copyRows(
      connection,
      `COPY all_designations (id, organization_id, jurisdiction, measure, law_id, authority, decided_on, decided_precision,
        stated_reasons, reasons_form, reason_tags, confidence, notes) FROM STDIN WITH (FORMAT csv, FORCE_NOT_NULL (notes))`,
      (function* () {
        for (let index = 0; index < designations; index++) {
          const id = randomUUID();
          designationIds.push(id);
          const [decidedOn, precision] = decidedDate(random);
          const tag = REASON_TAGS[Math.floor(random() * (REASON_TAGS.length - 1))];
          if (index % 10_000 === 0) onProgress(index);
          yield [
            id,
            organizationIds[Math.floor(random() * organizations)],
            pickJurisdiction(random),
            MEASURES[Math.floor(random() * MEASURES.length)],
            lawIds[Math.floor(random() * LAWS)],
            'Bench authority',
            decidedOn,
            precision,
            `Stated reason ${index}: the organization "threatens" public order, security and more`,
            'paraphrased',
            `{${tag}}`,
            'high',
            index % 3 === 0 ? `Note ${index}` : '',
          ];
        }
      })(),
    );
    await copyRows(
      connection,
      'COPY designation_sources (designation_id, source_id, position) FROM STDIN WITH (FORMAT csv)',
      designationIds.map((id, index) => [id, sourceIds[index % sourceIds.length], 0]),
    );
    onProgress(designations);
  } finally {
    await connection.query('reset session_replication_role');
    await releaseConnection(db, connection);
  }
  // Replica mode also skipped the triggers that keep the summaries: monthly counts (period
  // statistics, list totals), counts per organization kind (peer precedents), the yearly,
  // per-law and per-organization rollups, and the reasons' lexemes (similar reasons).
  await db.raw('select rebuild_designation_monthly_counts()');
  await db.raw('select rebuild_designation_kind_counts()');
  await db.raw('select rebuild_designation_rollups()');
  await db.raw('select rebuild_designation_reason_lexemes()');
  // Vacuum sets the visibility map, so counts and page walks can be index-only scans.
  await db.raw('vacuum analyze');
  return { organizations, designations };
}
