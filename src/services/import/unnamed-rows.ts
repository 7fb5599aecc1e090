import type { Knex } from 'knex';
import type { RowProblem } from '../../domain/interchange/row-problems';
import { SAME_ACTION } from '../../domain/designation';
import {
  DesignationColumns,
  findDesignationsByNaturalKeys,
  naturalKeyOf,
} from '../../queries/writes/designation-writes';
import { ImportRejectedError } from './import-errors';

const IDS_SHOWN = 3;

/**
 * Which designation a row without an id names: the one stored designation with the same natural
 * key (organization, unit, jurisdiction, measure, decided date), or none, and the row creates it.
 * Two rows of an import that record the same action without ids, or a row that several stored
 * designations match, cannot be told apart: the import is refused, naming them, instead of making
 * the action anew on every import of the file. One per import: it remembers the rows of earlier batches.
 */
export class UnnamedRowMatcher {
  private readonly lineOfKey = new Map<string, number>();

  constructor(private readonly trx: Knex) {}

  async match(rows: { line: number; columns: DesignationColumns }[]): Promise<(string | null)[]> {
    const stored = await findDesignationsByNaturalKeys(
      this.trx,
      rows.map(({ columns }) => columns),
    );
    const problems: RowProblem[] = [];
    const ids = rows.map(({ line, columns }, index) => {
      const key = naturalKeyOf(columns);
      const firstLine = this.lineOfKey.get(key);
      if (firstLine !== undefined) {
        problems.push({
          line,
          column: 'id',
          message:
            `line ${firstLine} records the same action (${SAME_ACTION}), and neither row has an id: ` +
            'give each the id of its designation',
        });
        return null;
      }
      this.lineOfKey.set(key, line);
      const matches = stored[index];
      if (matches.length > 1) {
        const shown = matches.slice(0, IDS_SHOWN).join(', ') + (matches.length > IDS_SHOWN ? ', …' : '');
        problems.push({
          line,
          column: 'id',
          message: `${matches.length} designations record this action (${SAME_ACTION}): ${shown}; give the row the id of the one it means`,
        });
        return null;
      }
      return matches[0] ?? null;
    });
    if (problems.length > 0) throw new ImportRejectedError(problems, new Set(problems.map(({ line }) => line)).size);
    return ids;
  }
}
