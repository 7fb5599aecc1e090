/**
 * bench/export: the CSV export at scale. Builds N synthetic designations in a PostgreSQL database
 * (default 1,000,000), then prints wall time and peak RSS of the HTTP export and of the CLI export
 * next to psql's \copy of the same SELECT, and the ratios. Goal (issue 6): ratio <= 1.5 and peak
 * RSS <= 150 MB at 1M rows.
 */
import { todayPartialDate } from '../src/domain/partial-date';
import { exportSql } from '../src/queries/designation-export';
import { designationCount, openBenchDatabase } from './bench-database';
import { ensureSyntheticData } from './ensure-data';
import { CLI, formatRow, peakRssMb, startServer, timeCommand, timeDownload } from './measure';

export async function benchExport(databaseUrl: string, rows: number): Promise<void> {
  const db = await openBenchDatabase(databaseUrl);
  try {
    await ensureSyntheticData(db, rows);
    const count = await designationCount(db);
    const today = todayPartialDate().start;
    const sql = exportSql(db, 'csv', { family: false, imprecise: 'exclude' }, today).replace(/\s+/g, ' ');
    const psql = timeCommand(
      `psql -X -q -d '${databaseUrl}' -c "\\copy (${sql.replace(/"/g, '\\"')}) to stdout with (format csv, header true)" > /dev/null`,
    );

    const server = await startServer(databaseUrl);
    let http;
    let httpPeak;
    try {
      http = await timeDownload(`${server.url}/api/v1/designations.csv`);
      httpPeak = peakRssMb(server.child.pid!);
    } finally {
      server.child.kill('SIGTERM');
    }
    const cli = timeCommand(`${CLI} export --out /dev/null`, { ...process.env, DATABASE_URL: databaseUrl });

    const widths = [22, 10, 14, 16];
    console.log(
      `\nCSV export of ${count.toLocaleString('en')} designations (${(http.bytes / 1e6).toFixed(0)} MB), ${new Date().toISOString()}`,
    );
    console.log(formatRow(['path', 'wall s', 'peak RSS MB', 'ratio to psql'], widths));
    console.log(
      formatRow(['psql \\copy (baseline)', psql.seconds.toFixed(2), psql.peakRssMb.toFixed(0), '1.00'], widths),
    );
    console.log(
      formatRow(
        ['HTTP GET .csv', http.seconds.toFixed(2), httpPeak.toFixed(0), (http.seconds / psql.seconds).toFixed(2)],
        widths,
      ),
    );
    console.log(
      formatRow(
        ['CLI export --out', cli.seconds.toFixed(2), cli.peakRssMb.toFixed(0), (cli.seconds / psql.seconds).toFixed(2)],
        widths,
      ),
    );
    console.log('peak RSS: the server process over its whole life (VmHWM); the CLI and psql under GNU time.');
  } finally {
    await db.destroy();
  }
}
