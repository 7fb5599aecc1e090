import { runCli } from '../support/cli';
import { createProcessDatabase, ProcessDatabase } from '../support/process-database';
import { SEEDED } from '../support/seed-fixture';

// The CLI runs as a child process, which cannot share an in-memory PGlite database: on PGlite the
// seeded database lives in a temporary PGLITE_DIR instead, unpacked from the run's seeded state
// (`seed` itself runs as a process in cli-import).
describe('ngo-tracker timeline and stats', () => {
  let database: ProcessDatabase;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    database = await createProcessDatabase({ from: SEEDED });
    env = database.env;
  });
  afterAll(() => database.destroy());

  it('timeline ORG --family prints the family timeline as a table, in date order', async () => {
    const result = await runCli(['timeline', 'amnesty-international', '--family'], env);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Amnesty International and its family');
    expect(lines[2]).toMatch(/^date\s+event\s+jurisdiction\s+measure\s+organization\s+law$/);
    expect(lines.slice(4, 7).map((line) => line.replace(/\s{2,}/g, ' | '))).toEqual([
      '2020-09-10 | decided | IN | asset_freeze | Amnesty International India | PMLA',
      '2022-04-08 | decided | RU | registration_revoked | Amnesty International Limited (Moscow office) | Foreign NGO branch register',
      '2025-05-19 | decided | RU | undesirable_designation | Amnesty International Limited | Undesirable organizations law',
    ]);
  });

  it('timeline takes a name and uses the best match; --json prints the API JSON', async () => {
    const result = await runCli(['timeline', 'Хьюман Райтс Вотч', '--json'], env);
    expect(result.code).toBe(0);
    const timeline = JSON.parse(result.stdout);
    expect(timeline.organization).toEqual({ slug: 'human-rights-watch', name: 'Human Rights Watch' });
    expect(timeline.events.map((event: { on: string; event: string }) => `${event.on} ${event.event}`)).toEqual([
      '2019-12-02 decided',
      '2022-04-08 decided',
      '2025-11-10 decided',
      '2025-11-28 listed',
    ]);
  });

  it('stats --interval year --group-by measure with filters prints a table', async () => {
    const result = await runCli(
      [
        'stats',
        '--interval',
        'year',
        '--group-by',
        'measure',
        '--jurisdiction',
        'RU',
        '--from',
        '2014',
        '--to',
        '2016',
      ],
      env,
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.split('\n').map((line) => line.trim().split(/\s+/))).toEqual([
      ['period', 'total', 'foreign_agent_designation', 'undesirable_designation'],
      expect.any(Array),
      ['2014', '2', '2', '0'],
      ['2015', '5', '1', '4'],
      ['2016', '5', '2', '3'],
      [''],
      ['12', 'counted', 'in', 'periods,', '0', 'imprecise'],
      [''],
    ]);
  });

  it('stats --json prints the API JSON, imprecise counts included', async () => {
    const result = await runCli(
      ['stats', '--interval', 'quarter', '--jurisdiction', 'RU', '--measure', 'foreign_agent_designation', '--json'],
      env,
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ interval: 'quarter', total: 9, imprecise_total: 3 });
  });

  it('bad input exits with 2 and names the flag', async () => {
    const badInterval = await runCli(['stats', '--interval', 'decade'], env);
    expect(badInterval.code).toBe(2);
    expect(badInterval.stderr).toMatch(/--interval "decade": must be one of: year, quarter, month/);
    const badCode = await runCli(['stats', '--jurisdiction', 'XX'], env);
    expect(badCode.code).toBe(2);
    expect(badCode.stderr).toMatch(/--jurisdiction "XX"/);
    const unknown = await runCli(['timeline', 'zzqx vvkk'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no organization has the slug or resembles the name "zzqx vvkk"/);
  });
});
