/**
 * Property: whatever value any parameter of any read is given — SQL injection, NUL bytes, invalid
 * UTF-8 escapes, huge numbers, impossible dates, forged cursors, path traversal, 100k characters —
 * the answer is below 500, free of stack traces and SQL, and a 400 names the parameter. The routes
 * and parameters come from the OpenAPI document, so a new one is covered once it is documented;
 * the web pages, which are not in it, are listed below.
 */
import http from 'node:http';
import fc from 'fast-check';
import request from 'supertest';
import { buildTestApp } from '../support/app';
import { TestDatabase } from '../support/database';
import { createSeededTestDatabase } from '../support/seed-fixture';
import {
  hostileEncodedValue,
  hostileValueFor,
  percentEncode,
  propertyOptions,
  UNKNOWN_PARAMETER_NAMES,
} from '../support/hostile-values';
import { checkApiResponse, checkPageResponse, sendRaw } from '../support/hostile-responses';
import { DocumentedParameter, documentedOperations, fillPath } from '../support/openapi-operations';

// Values per parameter (API) and per page parameter: with ~95 API and ~26 page parameters and the
// unknown/repeated checks, ~2,800 requests. Pages render whole tables, so they get fewer.
const RUNS = { api: { perParameter: 25, perRoute: 20 }, page: { perParameter: 6, perRoute: 6 } };

/** A valid value for each parameter a route requires, so that only the tampered one is wrong. */
const VALID_EXAMPLES: Record<string, string> = {
  organization: 'amnesty-international-limited',
  jurisdiction: 'RU',
  slug: 'amnesty-international-limited',
  code: 'RU',
  family: 'foreign_agent',
};

interface Route {
  kind: 'api' | 'page';
  path: string;
  pathParameters: DocumentedParameter[];
  queryParameters: DocumentedParameter[];
}

const operations = documentedOperations().filter((operation) => operation.method === 'get');
const operation = (operationId: string) => operations.find((candidate) => candidate.operationId === operationId)!;

const API_ROUTES: Route[] = operations.map(({ path, pathParameters, queryParameters }) => ({
  kind: 'api',
  path,
  pathParameters,
  queryParameters,
}));

/** The web UI (src/web/web-router.ts), not in the OpenAPI document: its pages take the API's parameters. */
const PAGE_ROUTES: Route[] = [
  { kind: 'page', path: '/', pathParameters: [], queryParameters: [] },
  {
    kind: 'page',
    path: '/search',
    pathParameters: [],
    queryParameters: operation('searchOrganizations').queryParameters.filter(({ name }) => name === 'q'),
  },
  {
    kind: 'page',
    path: '/explore',
    pathParameters: [],
    queryParameters: operation('listDesignations').queryParameters,
  },
  {
    kind: 'page',
    path: '/precedents',
    pathParameters: [],
    queryParameters: operation('findPrecedents').queryParameters,
  },
  {
    kind: 'page',
    path: '/organizations/{slug}',
    pathParameters: operation('getOrganization').pathParameters,
    queryParameters: [],
  },
  {
    kind: 'page',
    path: '/jurisdictions/{code}',
    pathParameters: operation('getJurisdiction').pathParameters,
    queryParameters: [],
  },
  { kind: 'page', path: '/laws/{slug}', pathParameters: operation('getLaw').pathParameters, queryParameters: [] },
  { kind: 'page', path: '/coverage', pathParameters: [], queryParameters: operation('getCoverage').queryParameters },
  { kind: 'page', path: '/law-families', pathParameters: [], queryParameters: [] },
  {
    kind: 'page',
    path: '/law-families/{family}',
    pathParameters: operation('getLawFamily').pathParameters,
    queryParameters: [],
  },
];

describe('hostile values to every read parameter and page', () => {
  let testDb: TestDatabase;
  let server: http.Server;
  const examples: Record<string, string> = { ...VALID_EXAMPLES };
  let requests = 0;

  beforeAll(async () => {
    testDb = await createSeededTestDatabase();
    examples.id = (await testDb.db('designations').orderBy('id').first('id'))!.id;
    server = http.createServer(buildTestApp(testDb.db)).listen(0);
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await testDb.destroy();
    process.stdout.write(`hostile-queries: ${requests} requests on ${testDb.backend}\n`);
  });

  function urlOf(route: Route, pathValues: Record<string, string>, query: [string, string][]): string {
    const path = fillPath(route.path, {
      ...Object.fromEntries(route.pathParameters.map(({ name }) => [name, examples[name]])),
      ...pathValues,
    });
    const required = route.queryParameters
      .filter(({ name, required }) => required && !query.some(([given]) => given === name))
      .map(({ name }): [string, string] => [name, examples[name]]);
    const pairs = [...required, ...query];
    return pairs.length === 0 ? path : `${path}?${pairs.map(([name, value]) => `${name}=${value}`).join('&')}`;
  }

  /** Sends one request and checks the answer; a page's redirect to its canonical URL is followed once. */
  const get = (url: string, accept: string) => sendRaw(request(server).get(url).set('Accept', accept));

  async function expectSafeAnswer(
    route: Route,
    url: string,
    parameters: string[],
    sentValues: string[],
  ): Promise<void> {
    requests++;
    const options = { what: `GET ${url.slice(0, 300)}`, url, parameters, sentValues };
    if (route.kind === 'api') {
      checkApiResponse(await get(url, 'application/json'), options);
      return;
    }
    const response = await get(url, 'text/html');
    checkPageResponse(response, options);
    if (response.status === 303 && response.location) {
      expect(response.location).toMatch(/^\/[a-z]/);
      requests++;
      checkPageResponse(await get(response.location, 'text/html'), {
        ...options,
        what: `GET ${response.location.slice(0, 300)} (redirected)`,
      });
    }
  }

  describe.each(
    [...API_ROUTES, ...PAGE_ROUTES].map(
      (route) => [`${route.kind === 'api' ? 'API' : 'page'} ${route.path}`, route] as const,
    ),
  )('%s', (_name, route) => {
    const runs = RUNS[route.kind];
    for (const { name, schema } of route.pathParameters) {
      it(`path parameter ${name}: never a 5xx, and a 400 names it`, async () => {
        await fc.assert(
          fc.asyncProperty(hostileValueFor(schema), async (value) => {
            await expectSafeAnswer(route, urlOf(route, { [name]: value }, []), [name], [value]);
          }),
          propertyOptions(runs.perParameter, `${route.path} ${name}`),
        );
      });
    }

    for (const { name, schema } of route.queryParameters) {
      it(`query parameter ${name}: never a 5xx, and a 400 names it`, async () => {
        await fc.assert(
          fc.asyncProperty(hostileValueFor(schema), async (value) => {
            await expectSafeAnswer(route, urlOf(route, {}, [[name, value]]), [name], [value]);
          }),
          propertyOptions(runs.perParameter, `${route.path} ?${name}`),
        );
      });
    }

    it('unknown, repeated and bracketed parameters are refused by name, never a 5xx', async () => {
      const names = route.queryParameters.map(({ name }) => name);
      const known = names.length > 0 ? fc.constantFrom(...names) : fc.constant('q');
      const unknownName = fc.oneof(
        fc.constantFrom(...UNKNOWN_PARAMETER_NAMES),
        fc.stringMatching(/^[a-z_]{1,12}$/).filter((name) => !names.includes(name)),
      );
      const tampering = fc.oneof(
        fc.record({ kind: fc.constant('unknown' as const), name: unknownName, value: hostileEncodedValue }),
        fc.record({ kind: fc.constant('repeated' as const), name: known, value: hostileEncodedValue }),
      );
      await fc.assert(
        fc.asyncProperty(tampering, async ({ kind, name, value }) => {
          // Bracketed names go as typed, the others percent-encoded: both must reach the check whole.
          const sentName = /[[\]]/.test(name) ? name : percentEncode(name);
          const query: [string, string][] =
            kind === 'repeated'
              ? [
                  [sentName, value],
                  [sentName, value],
                ]
              : [[sentName, value]];
          await expectSafeAnswer(route, urlOf(route, {}, query), [name], [value, name]);
        }),
        propertyOptions(runs.perRoute, `${route.path} unknown`),
      );
    });
  });
});
