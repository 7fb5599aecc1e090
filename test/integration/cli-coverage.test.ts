import { runCli } from '../support/cli';
import { createProcessDatabase, ProcessDatabase } from '../support/process-database';
import { SEEDED } from '../support/seed-fixture';

/** A table's lines as cells: split on runs of two or more spaces. */
const cells = (line: string) => line.trim().split(/\s{2,}/);

// The CLI runs as a child process: on PGlite the seeded database lives in a temporary PGLITE_DIR,
// unpacked from the run's seeded state (`seed` itself runs as a process in cli-import).
describe('ngo-tracker coverage', () => {
  let database: ProcessDatabase;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    database = await createProcessDatabase({ from: SEEDED });
    env = database.env;
  });
  afterAll(() => database.destroy());

  it('--jurisdiction RU prints what is held per measure and each known total with its held count and share', async () => {
    const result = await runCli(['coverage', '--jurisdiction', 'RU'], env);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(
      'Russia (RU): 95 designations (95 active, 0 ended), decided 2013-06-25 to 2025-11-10; 14 known totals',
    );
    expect(lines.slice(2, 10).map(cells)).toEqual([
      ['measure', 'held', 'active', 'ended', 'first', 'latest'],
      [expect.stringMatching(/^-+$/), '----', '------', '-----', '----------', '----------'],
      ['undesirable_designation', '67', '67', '0', '2015-07-28', '2025-11-10'],
      ['registration_revoked', '13', '13', '0', '2022-04-08', '2022-04-08'],
      ['foreign_agent_designation', '12', '12', '0', '2014', '2023-11'],
      ['liquidation', '2', '2', '0', '2021-12-28', '2021-12-29'],
      ['suspension', '1', '1', '0', '2013-06-25', '2013-06-25'],
      ['other', '0', '0', '0', '-', '-'],
    ]);
    const knownTotals = lines
      .slice(11)
      .filter((line) => /^(undesirable_designation|foreign_agent_designation|other) +[a-z_]+ /.test(line))
      .map((line) => cells(line).slice(0, 7));
    expect(knownTotals).toContainEqual([
      'undesirable_designation',
      'current',
      '49',
      '2021-10-01',
      'in force on 2021-10-01',
      '33',
      '67.3%',
    ]);
    expect(knownTotals).toContainEqual([
      'undesirable_designation',
      'cumulative',
      '12',
      '2022-08-04',
      'decided from 2022-01-01 to 2022-08-04',
      '11',
      '91.7%',
    ]);
    expect(knownTotals).toContainEqual([
      'foreign_agent_designation',
      'in_year',
      '29',
      '2014',
      'decided in 2014',
      '2',
      '6.9%',
    ]);
    expect(knownTotals).toContainEqual([
      'foreign_agent_designation',
      'cumulative',
      '154',
      '2016-12-31',
      'decided by 2016-12-31',
      '5',
      '3.2%',
    ]);
    expect(knownTotals).toContainEqual(['other', 'other', '170', '2024-02-02', 'nothing compares', '-', '-']);
    expect(knownTotals).toHaveLength(14);
    expect(result.stdout).not.toContain('Nicaragua');
  });

  it('an "at least" total reads as an upper bound; --json prints the API JSON', async () => {
    const table = await runCli(['coverage', '--jurisdiction', 'NI'], env);
    expect(table.stdout.split('\n').map(cells)).toContainEqual([
      'registration_revoked',
      'cumulative',
      'at least 87',
      '2022-03-17',
      'decided from 2018-12 to 2022-03-17',
      '0',
      'at most 0.0%',
      'La Prensa Grafica (EFE)',
    ]);
    const json = await runCli(['coverage', '--jurisdiction', 'ni,TR', '--json'], env);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.items.map((item: { jurisdiction: { code: string } }) => item.jurisdiction.code)).toEqual([
      'NI',
      'TR',
    ]);
    expect(report.items[0].measures[0].known_totals[0]).toMatchObject({
      count: 87,
      count_kind: 'at_least',
      held: 0,
      share: 0,
      share_kind: 'at_most',
    });
  });

  it('bad input exits with 2 and names the flag', async () => {
    const result = await runCli(['coverage', '--jurisdiction', 'XX'], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--jurisdiction "XX": "XX" is not an ISO 3166-1 alpha-2 code/);
  });
});
