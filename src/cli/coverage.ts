import { countInWords, shareInWords } from '../domain/coverage-comparison';
import { coverageParameters } from '../domain/query-parameters';
import { coverage, CoverageReport, JurisdictionCoverage } from '../services/coverage';
import { withDatabase } from '../app/database';
import { parseOptions } from './designation-filter-options';
import { renderTable } from './text-table';

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Long publisher credits ("Ministry of Justice …, PDF of 2 Feb 2024 archived …") would push the table off the screen. */
const PUBLISHER_WIDTH = 40;
const shortened = (text: string) => (text.length <= PUBLISHER_WIDTH ? text : `${text.slice(0, PUBLISHER_WIDTH - 1)}…`);

function heading(item: JurisdictionCoverage): string {
  const span = item.first_decided_on === null ? '' : `, decided ${item.first_decided_on} to ${item.latest_decided_on}`;
  const held = `${plural(item.designations, 'designation')} (${item.active} active, ${item.ended} ended)${span}`;
  return `${item.jurisdiction.name} (${item.jurisdiction.code}): ${held}; ${plural(item.known_total_count, 'known total')}`;
}

function renderHoldings(item: JurisdictionCoverage): string {
  const rows = item.measures.map((measure) => [
    measure.measure,
    String(measure.designations),
    String(measure.active),
    String(measure.ended),
    measure.first_decided_on ?? '-',
    measure.latest_decided_on ?? '-',
  ]);
  return renderTable(
    ['measure', 'held', 'active', 'ended', 'first', 'latest'],
    rows,
    (column) => column >= 1 && column <= 3,
  );
}

/** One line per known total: the scope's kind and what it is compared with stand in for its (long) words; --json has them. */
function renderKnownTotals(item: JurisdictionCoverage): string {
  const rows = item.measures.flatMap((measure) =>
    measure.known_totals.map((total) => [
      measure.measure,
      total.scope_kind,
      countInWords(total.count, total.count_kind),
      total.as_of,
      total.compared_with?.description ?? 'nothing compares',
      total.held === null ? '-' : String(total.held),
      total.held === null ? '-' : shareInWords(total.held, total.count, total.count_kind),
      shortened(total.source.publisher),
    ]),
  );
  if (rows.length === 0) return 'no known totals\n';
  return renderTable(
    ['measure', 'scope', 'known total', 'as of', 'compared with', 'held', 'share', 'source'],
    rows,
    (column) => column === 2 || column === 5 || column === 6,
  );
}

function renderCoverage(report: CoverageReport): string {
  if (report.items.length === 0) return 'nothing recorded and no known totals for these jurisdictions\n';
  const sections = report.items.map(
    (item) => `${heading(item)}\n\n${renderHoldings(item)}\n${renderKnownTotals(item)}`,
  );
  const legend =
    'share: held / known total; "at most" for a total of at least N; scope "other" compares with nothing.\n' +
    `active and ended on ${report.status_on}; --json for each scope in words, its sources and notes.\n`;
  return `${sections.join('\n')}\n${legend}`;
}

/** `ngo-tracker coverage [--jurisdiction RU,NI] [--json]`. */
export async function runCoverage(options: Record<string, unknown>): Promise<void> {
  const parameters = parseOptions(coverageParameters, options, ['json']);
  const report = await withDatabase((db) => coverage(db, parameters));
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : renderCoverage(report));
}
