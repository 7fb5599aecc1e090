import { runCli } from '../support/cli';
import { fixturePath } from '../support/fixtures';
import { createProcessDatabase, ProcessDatabase } from '../support/process-database';
import { FIXTURE_SEED_DIR } from '../support/seed-fixture';

describe('ngo-tracker import and seed, run as processes', () => {
  let database: ProcessDatabase;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    database = await createProcessDatabase();
    env = database.env;
  });
  afterAll(() => database.destroy());

  it('rejects a bad file with every problem on stderr, exit code 2, nothing written', async () => {
    const result = await runCli(['import', fixturePath('import', 'invalid', 'several-problems.csv')], env);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n').slice(0, 5)).toEqual([
      'line 3, column measure: unknown measure ("banned")',
      'line 3, column decided_on: not a valid partial date (expected YYYY, YYYY-MM or YYYY-MM-DD): day 30 is out ' +
        'of range (2015-02 has 28 days) ("2015-02-30")',
      'line 4, column jurisdiction: unknown ISO 3166-1 alpha-2 code for jurisdiction ("ru")',
      'line 4, column confidence: confidence is required ("")',
      'line 6, column id: the same id is on line 2 ("11111111-1111-4111-8111-111111111111")',
    ]);
    expect(result.stderr).toMatch(
      /0 created, 0 updated, 0 unchanged, 3 rejected: import rejected: 5 problems in 3 rows; nothing was written/,
    );
  });

  it('--dry-run reports what would happen and writes nothing; the real run writes it; a re-run changes nothing', async () => {
    const file = fixturePath('import', 'valid', 'hard-cases.csv');
    const dryRun = await runCli(['import', file, '--dry-run'], env);
    expect(dryRun).toMatchObject({ code: 0, stderr: '' });
    expect(dryRun.stdout).toBe(
      'dry run, nothing written: would have 3 created, 0 updated, 0 unchanged, 0 rejected (3 rows; organizations: ' +
        '3 new, 0 updated; laws: 1 new)\n',
    );
    const real = await runCli(['import', file], env);
    expect(real.stdout).toBe(
      '3 created, 0 updated, 0 unchanged, 0 rejected (3 rows; organizations: 3 new, 0 updated; laws: 1 new)\n',
    );
    const again = await runCli(['import', file], env);
    expect(again.stdout).toMatch(/^0 created, 0 updated, 3 unchanged, 0 rejected/);
  });

  it('reads NDJSON by its file name', async () => {
    const result = await runCli(['import', fixturePath('import', 'valid', 'hard-cases.ndjson')], env);
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toMatch(/^0 created, 0 updated, 3 unchanged/);
  });

  it('a missing file is bad input: exit code 2', async () => {
    const result = await runCli(['import', 'no-such-file.csv'], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('ngo-tracker: no such file: no-such-file.csv\n');
  });

  it('seed loads the real dataset, and re-running it changes nothing', async () => {
    const first = await runCli(['seed', '--dir', FIXTURE_SEED_DIR], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/designations: 122 created, 0 updated, 0 unchanged, 0 rejected/);
    expect(first.stdout).toContain('known totals: 18');
    const second = await runCli(['seed', '--dir', FIXTURE_SEED_DIR], env);
    expect(second.stdout).toMatch(/designations: 0 created, 0 updated, 122 unchanged, 0 rejected/);
  });
});
