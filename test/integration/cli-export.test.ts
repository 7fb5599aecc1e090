import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { runCli } from '../support/cli';
import { ftmEntities, ftmProblems } from '../support/ftm-validator';
import { createProcessDatabase, ProcessDatabase } from '../support/process-database';
import { FIXTURE_SEED_DIR, SEEDED } from '../support/seed-fixture';
import { temporaryDirectory } from '../support/temporary-directory';

const seedRows: Record<string, string>[] = parse(fs.readFileSync(path.join(FIXTURE_SEED_DIR, 'designations.csv')), {
  columns: true,
});

describe('ngo-tracker export, run as a process', () => {
  let database: ProcessDatabase;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    database = await createProcessDatabase({ from: SEEDED });
    env = database.env;
  });
  afterAll(() => database.destroy());

  it('writes the filtered rows as CSV to stdout, and the same bytes to --out', async () => {
    const stdout = await runCli(['export', '--jurisdiction', 'RU', '--from', '2015', '--to', '2015'], env);
    expect(stdout).toMatchObject({ code: 0, stderr: '' });
    const expected = seedRows
      .filter((row) => row.jurisdiction === 'RU' && row.decided_on.startsWith('2015'))
      .map((row) => row.id)
      .sort();
    expect(expected.length).toBeGreaterThan(4);
    expect(
      parse<{ id: string }>(stdout.stdout, { columns: true })
        .map((row) => row.id)
        .sort(),
    ).toEqual(expected);

    const file = path.join(temporaryDirectory('cli-export-out'), 'ru-2015.csv');
    const toFile = await runCli(
      ['export', '--jurisdiction', 'RU', '--from', '2015', '--to', '2015', '--bom', '--out', file],
      env,
    );
    expect(toFile).toMatchObject({ code: 0, stdout: '' });
    expect(fs.readFileSync(file, 'utf8')).toBe(`\uFEFF${stdout.stdout}`);
  });

  it('writes NDJSON with --format ndjson', async () => {
    const result = await runCli(['export', '--format', 'ndjson', '--measure', 'sanctions'], env);
    expect(result.code).toBe(0);
    const rows = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows.map((row) => row.organization).sort()).toEqual(
      seedRows
        .filter((row) => row.measure === 'sanctions')
        .map((row) => row.organization)
        .sort(),
    );
  });

  it('writes FollowTheMoney entities with --format ftm to --out, the same bytes as to stdout', async () => {
    const filters = ['--jurisdiction', 'RU', '--measure', 'undesirable_designation'];
    const file = path.join(temporaryDirectory('cli-export-ftm'), 'ru.ftm.ndjson');
    const toFile = await runCli(['export', '--format', 'ftm', ...filters, '--out', file], env);
    expect(toFile).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const entities = ftmEntities(fs.readFileSync(file));
    expect(ftmProblems(entities)).toEqual([]);
    const expected = seedRows
      .filter((row) => row.jurisdiction === 'RU' && row.measure === 'undesirable_designation')
      .map((row) => row.id);
    const sanctions = entities
      .filter((entity) => entity.schema === 'Sanction')
      .map((entity) => entity.id.replace('ngo-tracker-designation-', ''));
    expect(sanctions.sort()).toEqual(expected.sort());
    const stdout = await runCli(['export', '--format', 'ftm', ...filters], env);
    expect(stdout.stdout).toBe(fs.readFileSync(file, 'utf8'));
  });

  it.each([
    [['export', '--from', '2015-13'], /--from "2015-13": .*month 13 is out of range/],
    [['export', '--format', 'xlsx'], /--format must be csv, ndjson or ftm, not xlsx/],
    [['export', '--format', 'ndjson', '--bom'], /--bom applies to CSV only/],
  ])('bad input %j is exit code 2 with a message naming it', async (args, message) => {
    const result = await runCli(args, env);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });
});
