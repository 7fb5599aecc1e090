/**
 * The URL of a form page (Explore, Precedents) is its state: the parameters exactly as the API
 * takes them, so a view can be bookmarked and Explore's downloads carry the same filter. A
 * submitted form differs from that in two ways, fixed here: checkbox groups repeat a key (the API
 * wants one comma list) and blank fields arrive as empty values (the API rejects them).
 */
export type QueryValues = Record<string, string>;

/** Parameters that page through a result rather than choose it; downloads leave them out. */
const PAGING_PARAMETERS = ['sort', 'limit', 'cursor'];

export function canonicalQuery(raw: Record<string, unknown>): QueryValues {
  const canonical: QueryValues = {};
  for (const [key, value] of Object.entries(raw)) {
    const items = (Array.isArray(value) ? value : [value])
      .map((item) => String(item).trim())
      .filter((item) => item !== '');
    if (items.length > 0) canonical[key] = items.join(',');
  }
  return canonical;
}

/** True when `raw` is already canonical, so no redirect is needed (and none can loop). */
export function isCanonical(raw: Record<string, unknown>, canonical: QueryValues): boolean {
  const keys = Object.keys(raw);
  return keys.length === Object.keys(canonical).length && keys.every((key) => raw[key] === canonical[key]);
}

export function filterOnly(values: QueryValues): QueryValues {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !PAGING_PARAMETERS.includes(key)));
}

/** `a=1&jurisdiction=RU,CN`: commas left readable, since comma lists are the API's own syntax. */
function queryString(values: QueryValues): string {
  return Object.entries(values)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value).replace(/%2C/g, ',')}`)
    .join('&');
}

export function withQuery(path: string, values: QueryValues): string {
  const query = queryString(values);
  return query === '' ? path : `${path}?${query}`;
}
