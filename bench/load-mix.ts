/**
 * The request mix of bench/load, built from what the seeded database holds so every request is a
 * real one (existing slugs, designated pairs). Weights follow what readers do most: browse and
 * search often, export and ask for precedents rarely.
 */
import type { Db } from '../src/db/connection';

export interface WeightedRequest {
  kind: string;
  path: string;
  weight: number;
}

const SEARCHES = [
  'Amnesty Internatonal',
  'human rights wach',
  'Хьюман Райтс Вотч',
  'memorial',
  'open society',
  'greenpeace',
  'NED',
];

const LISTS = [
  '/api/v1/designations?jurisdiction=RU&from=2015&to=2025&limit=50',
  '/api/v1/designations?jurisdiction=IN&limit=20',
  '/api/v1/designations?measure=undesirable_designation&sort=-decided_on',
  '/api/v1/designations?q=amnesty',
  '/api/v1/designations?limit=200',
];

const STATS = [
  '/api/v1/stats/timeline?interval=year',
  '/api/v1/stats/timeline?interval=year&jurisdiction=RU',
  '/api/v1/stats/timeline?interval=month&from=2020&to=2025',
];

const EXPORTS = ['/api/v1/designations.csv', '/api/v1/designations.csv?jurisdiction=RU&from=2015'];

function spread(kind: string, paths: string[], weight: number): WeightedRequest[] {
  return paths.map((path) => ({ kind, path, weight: weight / paths.length }));
}

export async function weightedRequests(db: Db): Promise<WeightedRequest[]> {
  const organizations = await db('organizations').select('slug').orderBy('slug');
  const pairs = await db('designations')
    .join('organizations', 'organizations.id', 'designations.organization_id')
    .distinct<{ slug: string; jurisdiction: string }[]>('organizations.slug', 'designations.jurisdiction')
    .orderBy(['organizations.slug', 'designations.jurisdiction']);
  if (pairs.length === 0) throw new Error('the load database holds no designations: was it seeded?');
  return [
    ...spread('list', LISTS, 30),
    ...spread(
      'search',
      SEARCHES.map((q) => `/api/v1/organizations?q=${encodeURIComponent(q)}`),
      20,
    ),
    ...spread(
      'timeline',
      organizations.map(({ slug }) => `/api/v1/organizations/${slug}/timeline?family=1`),
      20,
    ),
    ...spread('stats', STATS, 15),
    ...spread(
      'precedents',
      pairs.map(({ slug, jurisdiction }) => `/api/v1/precedents?organization=${slug}&jurisdiction=${jurisdiction}`),
      10,
    ),
    ...spread('csv export', EXPORTS, 5),
  ];
}
