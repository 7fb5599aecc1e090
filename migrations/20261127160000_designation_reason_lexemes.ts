import type { Knex } from 'knex';

/**
 * Each designation's stated reasons as English lexemes, `to_tsvector('english', stated_reasons)`,
 * kept by the write path. Precedents compare a case's reasons with those of the latest 200
 * candidates by the overlap of their lexemes (src/queries/precedents/reason-candidates.ts), read
 * here rather than computed again in every case for largely the same candidates. A table of its
 * own rather than a column of all_designations: the revision triggers record whole rows, and
 * lexemes are no part of a designation's history. Soft-deleted designations keep theirs (a
 * restore needs them); hard deletes and TRUNCATE remove them. Loads that bypass triggers call
 * rebuild_designation_reason_lexemes().
 */
const lexemesOf = (reasons: string) => `to_tsvector('english', ${reasons})`;

export async function up(knex: Knex): Promise<void> {
  await knex.raw(
    'create table designation_reason_lexemes (designation_id uuid primary key, lexemes tsvector not null)',
  );
  await knex.raw(`create function rebuild_designation_reason_lexemes() returns void language sql as $$
    delete from designation_reason_lexemes;
    insert into designation_reason_lexemes (designation_id, lexemes) select id, ${lexemesOf('stated_reasons')} from all_designations;
  $$`);
  // One function for the three triggers: a branch that does not run never resolves the transition
  // tables it names. An update recomputes only the rows whose reasons changed; a designation's id
  // does not change (the editing service refuses it, and its sources refer to it).
  await knex.raw(`create function keep_designation_reason_lexemes() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        insert into designation_reason_lexemes (designation_id, lexemes) select id, ${lexemesOf('stated_reasons')} from new_rows;
      elsif tg_op = 'DELETE' then
        delete from designation_reason_lexemes l using old_rows o where l.designation_id = o.id;
      else
        update designation_reason_lexemes l set lexemes = ${lexemesOf('n.stated_reasons')}
          from new_rows n join old_rows o on o.id = n.id
          where l.designation_id = n.id and n.stated_reasons is distinct from o.stated_reasons;
      end if;
      return null;
    end
  $$`);
  const transitions: Record<string, string> = {
    insert: 'new table as new_rows',
    update: 'old table as old_rows new table as new_rows',
    delete: 'old table as old_rows',
  };
  for (const [event, transition] of Object.entries(transitions)) {
    await knex.raw(`create trigger all_designations_reason_lexemes_${event} after ${event} on all_designations
      referencing ${transition} for each statement execute function keep_designation_reason_lexemes()`);
  }
  await knex.raw(`create function empty_designation_reason_lexemes() returns trigger language plpgsql as $$
    begin
      truncate designation_reason_lexemes;
      return null;
    end
  $$`);
  await knex.raw(`create trigger all_designations_reason_lexemes_truncate after truncate on all_designations
    for each statement execute function empty_designation_reason_lexemes()`);
  await knex.raw('select rebuild_designation_reason_lexemes()');
}

export async function down(knex: Knex): Promise<void> {
  for (const event of ['insert', 'update', 'delete', 'truncate']) {
    await knex.raw(`drop trigger all_designations_reason_lexemes_${event} on all_designations`);
  }
  await knex.raw('drop function empty_designation_reason_lexemes()');
  await knex.raw('drop function keep_designation_reason_lexemes()');
  await knex.raw('drop function rebuild_designation_reason_lexemes()');
  await knex.raw('drop table designation_reason_lexemes');
}
