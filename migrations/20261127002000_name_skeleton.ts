import type { Knex } from 'knex';

/**
 * name_skeleton(normalized name): a consonant skeleton that survives the differences between
 * transliteration and English spelling, so a Cyrillic query can find a Latin name. `Хьюман Райтс
 * Вотч` normalizes to `hyuman rayts votch`, which shares few trigrams with `human rights watch`
 * (similarity 0.27), but both skeletons are `mn rts vtk`. It drops silent `gh`, folds letters
 * that transliterations swap (w/v, c/q/k, z/s, j/i, ph/f), drops `h` (Х is h or kh) and vowels
 * (й, ы, я... come out as y, yu, ya) and collapses doubled letters. Used only at query time, next
 * to plain trigram similarity (see src/queries/organization-name-score.ts).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`create function name_skeleton(normalized text) returns text
    language sql immutable strict parallel safe
    as $$
      select btrim(regexp_replace(regexp_replace(regexp_replace(
        translate(replace(replace(normalized, 'gh', ''), 'ph', 'f'), 'wqczjh', 'vkksi'),
        '[aeiouy]+', '', 'g'), '([a-z])\\1+', '\\1', 'g'), ' +', ' ', 'g'))
    $$`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop function if exists name_skeleton(text)');
}
