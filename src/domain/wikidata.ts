/**
 * Wikidata items of organizations: `Q` and digits, the form the database's check constraint
 * (organizations_wikidata_format) and the organization bodies accept.
 */
export const WIKIDATA_ID = /^Q[0-9]+$/;

/**
 * The Wikidata id a search query is, if it is one: the query arrives normalized (lower case), so
 * `Q42970` and `q42970` both ask for Q42970.
 */
export function wikidataIdLike(normalizedQuery: string): string | null {
  const id = normalizedQuery.trim().toUpperCase();
  return WIKIDATA_ID.test(id) ? id : null;
}

export function wikidataUrl(id: string): string {
  return `https://www.wikidata.org/wiki/${id}`;
}
