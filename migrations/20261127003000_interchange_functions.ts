import type { Knex } from 'knex';

/**
 * SQL twins of the interchange format's cell rules, so exports can be produced by COPY at the
 * database's speed. `interchange_cell` must agree with neutralizeFormula in
 * src/domain/interchange/formula-cells.ts (a test checks that they do), and writes empty text as
 * NULL so that COPY's CSV leaves the cell empty instead of writing "".
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`create function interchange_cell(value text) returns text
    language sql immutable parallel safe
    as $$ select nullif(case when value ~ '^''*[=+\\-@\\t\\r]' then '''' || value else value end, '') $$`);
  await knex.raw(`create function partial_date_text(day date, date_precision text) returns text
    language sql stable parallel safe
    as $$ select case date_precision
      when 'year' then to_char(day, 'YYYY')
      when 'month' then to_char(day, 'YYYY-MM')
      else to_char(day, 'YYYY-MM-DD') end $$`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop function if exists partial_date_text(date, text)');
  await knex.raw('drop function if exists interchange_cell(text)');
}
