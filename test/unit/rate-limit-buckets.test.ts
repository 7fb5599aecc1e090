import { rateLimitBuckets } from '../../src/http/limits/rate-limits';

describe('rateLimitBuckets', () => {
  it.each([
    ['GET', '/api/v1/designations', ['reads']],
    ['HEAD', '/api/v1/laws', ['reads']],
    ['GET', '/', ['reads']],
    ['GET', '/explore', ['reads']],
    ['GET', '/feed.atom', ['reads']],
    ['GET', '/no/such/page', ['reads']],
    ['GET', '/api/v1/designations.csv', ['reads', 'exports']],
    ['GET', '/api/v1/designations.ndjson', ['reads', 'exports']],
    ['GET', '/api/v1/datapackage.zip', ['reads', 'exports']],
    ['POST', '/api/v1/designations', ['writes']],
    ['PATCH', '/api/v1/organizations/memorial', ['writes']],
    ['PUT', '/api/v1/designations/x', ['writes']],
    ['DELETE', '/api/v1/designations/x', ['writes']],
    ['POST', '/api/v1/import', ['writes']],
  ])('%s %s counts in %j', (method, path, buckets) => {
    expect(rateLimitBuckets(method, path)).toEqual(buckets);
  });

  it('counts a path as express routes it: in any case, with a trailing slash', () => {
    expect(rateLimitBuckets('GET', '/API/V1/Designations.CSV')).toEqual(['reads', 'exports']);
    expect(rateLimitBuckets('GET', '/api/v1/datapackage.zip/')).toEqual(['reads', 'exports']);
  });

  it.each([
    ['GET', '/healthz'],
    ['GET', '/readyz'],
    ['GET', '/assets/site.css'],
    ['GET', '/assets/vendor/chart.umd.js'],
    ['GET', '/api/openapi.json'],
    ['GET', '/api/docs'],
    ['GET', '/api/docs/assets/swagger-ui-bundle.js'],
    ['OPTIONS', '/api/v1/designations'],
  ])('does not count %s %s', (method, path) => {
    expect(rateLimitBuckets(method, path)).toEqual([]);
  });

  it('does not take a look-alike of an unlimited path for it', () => {
    expect(rateLimitBuckets('GET', '/api/docsx')).toEqual(['reads']);
    expect(rateLimitBuckets('GET', '/healthz/x')).toEqual(['reads']);
  });
});
