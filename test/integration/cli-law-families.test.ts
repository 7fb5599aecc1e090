import { parse } from 'csv-parse/sync';
import { runCli } from '../support/cli';
import { createProcessDatabase, ProcessDatabase } from '../support/process-database';
import { REAL_SEEDED } from '../support/seed-fixture';

// On the real seed (the families only show across its 27 jurisdictions), as `ngo-tracker seed` leaves it.
describe('ngo-tracker law-families, and the law-family filter and grouping on the command line', () => {
  let database: ProcessDatabase;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    database = await createProcessDatabase({ from: REAL_SEEDED });
    env = database.env;
  }, 180_000);
  afterAll(() => database.destroy());

  it('law-families prints every family with its counts and first use', async () => {
    const result = await runCli(['law-families'], env);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^family\s+jurisdictions\s+laws\s+designations\s+first use\s+latest use$/);
    expect(lines.find((line) => line.startsWith('foreign_agent '))).toMatch(
      /^foreign_agent\s+5\s+6\s+\d+\s+2013-06-25 RU\s+\S+ \w\w$/,
    );
  });

  it('law-families FAMILY prints the diffusion table, Russia first; --json is the API answer', async () => {
    const result = await runCli(['law-families', 'foreign_agent'], env);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^Foreign agent laws \(foreign_agent\): /);
    expect(lines[2]).toMatch(/^#\s+jurisdiction\s+first use\s+against\s+laws \(enacted\)\s+designations\s+latest$/);
    expect(lines[4]).toMatch(/^1\s+Russia \(RU\)\s+2013-06-25\s+/);
    const positions = lines
      .slice(4)
      .filter((line) => /^\d+ /.test(line))
      .map((line) => line.split(/\s+/)[0]);
    expect(positions.length).toBeGreaterThanOrEqual(4);
    const json = JSON.parse((await runCli(['law-families', 'foreign_agent', '--json'], env)).stdout);
    expect(json.jurisdictions[0]).toMatchObject({ jurisdiction: { code: 'RU' }, position: 1 });
  });

  it('an unknown family exits 2 with a message; a malformed one too', async () => {
    const unknown = await runCli(['law-families', 'foreign_agents'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no law family is called foreign_agents/);
    const malformed = await runCli(['law-families', 'Foreign Agent'], env);
    expect(malformed.code).toBe(2);
  });

  it('stats --group-by law_family and export --law-family use the common filter', async () => {
    const stats = JSON.parse(
      (await runCli(['stats', '--group-by', 'law_family', '--law-family', 'foreign_agent,extremism', '--json'], env))
        .stdout,
    );
    const groups = new Set(
      stats.periods.flatMap((period: { groups: Record<string, number> }) => Object.keys(period.groups)),
    );
    expect(groups).toEqual(new Set(['foreign_agent', 'extremism']));
    const exported = await runCli(['export', '--law-family', 'extremism'], env);
    expect(exported.code).toBe(0);
    const rows: Record<string, string>[] = parse(exported.stdout, { columns: true });
    expect(rows.length).toBe(
      stats.periods.reduce(
        (sum: number, period: { groups: Record<string, number> }) => sum + (period.groups.extremism ?? 0),
        0,
      ),
    );
    expect(new Set(rows.map((row) => row.law_family))).toEqual(new Set(['extremism']));
  });
});
