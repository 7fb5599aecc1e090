import { runCli, startServeProcess, waitForExit } from '../support/cli';
import { createProcessDatabase, ProcessDatabase } from '../support/process-database';

describe('ngo-tracker CLI basics', () => {
  it.each([[[]], [['serve']], [['migrate']]])('--help works for %j with exit code 0', async (command) => {
    const result = await runCli([...command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: ngo-tracker/);
  });

  it('an unknown command is bad usage: exit code 2', async () => {
    const result = await runCli(['frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown command 'frobnicate'/);
  });

  it('a bad PORT stops the process with one clear line and exit code 2', async () => {
    const result = await runCli(['serve'], { PORT: 'eighty' });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('ngo-tracker: invalid configuration: PORT must be a whole number');
  });

  it('a malformed DATABASE_URL stops the process with one clear line and exit code 2', async () => {
    const result = await runCli(['migrate'], { DATABASE_URL: 'mysql://x' });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/DATABASE_URL must be a URL of the form postgres:/);
  });
});

describe('ngo-tracker serve', () => {
  let database: ProcessDatabase;
  beforeAll(async () => (database = await createProcessDatabase({ empty: true })));
  afterAll(() => database.destroy());

  it('migrates, serves /healthz and /readyz, keeps its data across restarts, and exits 0 on SIGTERM', async () => {
    const first = await startServeProcess(database.env);
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
    first.child.kill('SIGTERM');
    expect(await waitForExit(first.child)).toBe(0);

    const migrated = await runCli(['migrate'], database.env);
    expect(migrated).toMatchObject({ code: 0, stdout: 'already up to date\n' });

    const second = await startServeProcess(database.env);
    expect((await fetch(`${second.url}/readyz`)).status).toBe(200);
    second.child.kill('SIGTERM');
    expect(await waitForExit(second.child)).toBe(0);
  });
});
