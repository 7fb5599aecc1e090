/**
 * Name normalization for fuzzy search (docs/design.md "Data model", `organization_names.normalized`) and slugs.
 * The same function runs on stored names and on queries, so both sides land in one Latin alphabet
 * and pg_trgm can compare `Международная амнистия` with `mezhdunarodnaya amnistiya`. Pure: no I/O.
 */

// Its tables take much heap: required at the first name normalized (an import, a search), not by a
// server that only reads lists.
let transliteration: typeof import('transliteration') | undefined;
const transliterate = (text: string) =>
  (transliteration ??= require('transliteration') as typeof import('transliteration')).transliterate(text);

/** Apostrophes and look-alikes, including the soft/hard-sign marks of scholarly romanization. */
const APOSTROPHES = /['’‘ʼʹʺ`´]/g;
const COMBINING_MARKS = /\p{M}/gu;
const NOT_LATIN_ALPHANUMERIC = /[^a-z0-9]+/g;

/**
 * Lower-case Latin letters and digits separated by single spaces.
 *
 * - NFKC first, so compatibility forms (`ﬁ`, full-width letters) become plain letters while `й`
 *   and `ё` stay composed: decomposing before transliteration would make `й` `и` + breve (`i`).
 * - `transliteration` then romanizes any script (Cyrillic, Greek, CJK...) and strips most accents;
 *   it drops `ь`/`ъ`, so `Хьюман Райтс Вотч` -> `hyuman rayts votch`.
 * - NFKD + removing combining marks catches any accent it left.
 * - Apostrophes are deleted rather than turned into spaces, so `O'Brien`, `Women’s` and a
 *   romanization typed with `'` for a soft sign stay one word (`obrien`, `womens`, `kh'yuman` ->
 *   `khyuman`): users rarely type them, and splitting a word hurts trigram similarity.
 * - Every other non-alphanumeric run (punctuation, `«»`, dashes, `&`) becomes one space.
 */
export function normalizeName(name: string): string {
  const latin = transliterate(name.normalize('NFKC'));
  return latin
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(NOT_LATIN_ALPHANUMERIC, ' ')
    .trim();
}

/**
 * URL slug: the normalized words joined by `-` (`Amnesty International Limited` ->
 * `amnesty-international-limited`, `Мемориал` -> `memorial`). Empty when the name has no letter or
 * digit in any script; callers that need a slug must reject that.
 */
export function slugify(name: string): string {
  return normalizeName(name).split(' ').filter(Boolean).join('-');
}

export const MAX_NAME_LENGTH = 500;
const MAX_NORMALIZED_NAME_LENGTH = 1000;
const ASCII_ONLY = /^\p{ASCII}*$/u;

/**
 * Why a name (of an organization, an alias, a law) is too long to store, or null. Names, their
 * slugs and their normalized forms sit in b-tree indexes, whose entries PostgreSQL caps at about
 * 2.7 kB: a longer one fails the whole write. Transliteration can make a name several times longer
 * (`ﷺ` alone romanizes to 17 letters), so the normalized form has its own limit.
 */
export function nameLengthProblem(name: string): string | null {
  if (name.length > MAX_NAME_LENGTH) return `is too long (at most ${MAX_NAME_LENGTH} characters)`;
  // ASCII never gets longer when normalized: the import checks millions of such names.
  if (ASCII_ONLY.test(name)) return null;
  if (normalizeName(name).length > MAX_NORMALIZED_NAME_LENGTH) {
    return `is too long once transliterated to Latin letters (at most ${MAX_NORMALIZED_NAME_LENGTH})`;
  }
  return null;
}
