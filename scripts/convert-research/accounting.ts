/**
 * Row accounting: every research row of every file is exactly one of
 * - the first reading of a designation (the designation is counted in that row's file),
 * - another reading of a designation counted elsewhere (merged: same event in two rows),
 * - the ending of a designation (a register exclusion),
 * - a jurisdiction-level action (AGGREGATE rows),
 * - left out, with the reason.
 * The conversion stops if a file's rows do not add up.
 */
import type { DesignationEvent } from './designation-events';
import type { AppliedEndings } from './register-exclusions';
import { rowLabel, type ResearchRow } from './research-rows';

export type RowOutcome =
  | { kind: 'designation' }
  | { kind: 'merged'; into: string }
  | { kind: 'ending'; of: string }
  | { kind: 'jurisdiction_action' }
  | { kind: 'left_out'; why: string };

export interface FileAccounting {
  file: number;
  rows: number;
  designations: number;
  mergedInto: number;
  endings: number;
  jurisdictionActions: number;
  leftOut: number;
}

export interface RowAccounting {
  perFile: FileAccounting[];
  outcomes: Map<ResearchRow, RowOutcome>;
  totalDesignations: number;
}

export function accountForRows(
  rows: readonly ResearchRow[],
  events: readonly DesignationEvent[],
  endings: AppliedEndings,
  aggregates: readonly ResearchRow[],
): RowAccounting {
  const outcomes = new Map<ResearchRow, RowOutcome>();
  for (const event of events) {
    outcomes.set(event.first.row, { kind: 'designation' });
    for (const reading of event.readings) {
      if (reading !== event.first) outcomes.set(reading.row, { kind: 'merged', into: rowLabel(event.first.row) });
    }
  }
  for (const [event, ending] of endings.endings)
    outcomes.set(ending.reading.row, { kind: 'ending', of: rowLabel(event.first.row) });
  for (const { reading, why } of endings.unmatched) outcomes.set(reading.row, { kind: 'left_out', why });
  for (const row of aggregates) outcomes.set(row, { kind: 'jurisdiction_action' });
  const files = [...new Set(rows.map((row) => row.file))];
  const perFile = files.map((file) =>
    fileAccounting(
      file,
      rows.filter((row) => row.file === file),
      outcomes,
    ),
  );
  const totalDesignations = perFile.reduce((sum, line) => sum + line.designations, 0);
  if (totalDesignations !== events.length)
    throw new Error(`Row accounting: ${totalDesignations} first readings for ${events.length} designations`);
  return { perFile, outcomes, totalDesignations };
}

function fileAccounting(
  file: number,
  rows: readonly ResearchRow[],
  outcomes: Map<ResearchRow, RowOutcome>,
): FileAccounting {
  const count = (kind: RowOutcome['kind']) => rows.filter((row) => outcomes.get(row)?.kind === kind).length;
  const line = {
    file,
    rows: rows.length,
    designations: count('designation'),
    mergedInto: count('merged'),
    endings: count('ending'),
    jurisdictionActions: count('jurisdiction_action'),
    leftOut: count('left_out'),
  };
  const accounted = line.designations + line.mergedInto + line.endings + line.jurisdictionActions + line.leftOut;
  if (accounted !== line.rows)
    throw new Error(`Row accounting of file ${file} does not add up: ${line.rows} rows, ${accounted} accounted`);
  return line;
}
