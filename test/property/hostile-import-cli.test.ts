/**
 * Property, on the command line: `ngo-tracker import` given a hostile file (the generators of the
 * HTTP import property) exits 2 with one line-numbered problem per line on stderr, or 0 for a file
 * that is fine after all; it never crashes or prints a stack trace, and a refused file or a dry run
 * leaves the database as it was. Each run is a process, so only a few files are tried.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import request from 'supertest';
import { SEEDED } from '../support/seed-fixture';
import { buildTestApp } from '../support/app';
import { runCli } from '../support/cli';
import { expectLineNumberedProblems, HostileFile, hostileCsvFiles, hostileNdjsonFiles } from '../support/hostile-files';
import { sendRaw } from '../support/hostile-responses';
import { propertyOptions } from '../support/hostile-values';
import { createProcessDatabase, ProcessDatabase } from '../support/process-database';
import { fingerprintDatabase } from '../support/snapshot';

const RUNS = 3;
const BASE_FILTER = 'organization=amnesty-international-limited&family=1';
const STACK_TRACE = /\n\s+at \S|node_modules|\.[cm]?[jt]s:\d+/;
const PROBLEM_LINE = /^line (\d+)(?:, column [^:]+)?: (.+)$/;
const REJECTED_SUMMARY =
  /^0 created, 0 updated, 0 unchanged, \d+ rejected: import rejected: \d+ problems? in \d+ rows?; nothing was written$/;

describe('hostile files to ngo-tracker import', () => {
  let database: ProcessDatabase;
  let workDir: string;
  let env: NodeJS.ProcessEnv;
  const base = { csv: '', ndjson: '' };

  beforeAll(async () => {
    database = await createProcessDatabase({ from: SEEDED });
    env = database.env;
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ngo-hostile-cli-'));
    await database.use(async (db) => {
      const app = buildTestApp(db);
      base.csv = (await sendRaw(request(app).get(`/api/v1/designations.csv?${BASE_FILTER}`))).text;
      base.ndjson = (await sendRaw(request(app).get(`/api/v1/designations.ndjson?${BASE_FILTER}`))).text;
    });
  });
  afterAll(async () => {
    await database.destroy();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('exits 2 with line-numbered problems (or 0), never crashes, and a refusal changes nothing', async () => {
    let before = await database.use(fingerprintDatabase);
    const files = fc.oneof(hostileCsvFiles(base.csv), hostileNdjsonFiles(base.ndjson));
    await fc.assert(
      fc.asyncProperty(files, fc.boolean(), async (file: HostileFile, dryRun) => {
        const filePath = path.join(workDir, `hostile.${file.format}`);
        fs.writeFileSync(filePath, file.bytes);
        const result = await runCli(['import', filePath, ...(dryRun ? ['--dry-run'] : [])], env);
        expect(result.stdout + result.stderr).not.toMatch(STACK_TRACE);
        expect([0, 2]).toContain(result.code);
        if (result.code === 2) {
          const lines = result.stderr.trimEnd().split('\n');
          expect(lines.pop()).toMatch(REJECTED_SUMMARY);
          const problems = lines.map((line) => {
            const match = PROBLEM_LINE.exec(line);
            if (!match) throw new Error(`not a line-numbered problem: ${line.slice(0, 300)}`);
            return { line: Number(match[1]), message: match[2] };
          });
          expectLineNumberedProblems(problems, file);
        }
        const after = await database.use(fingerprintDatabase);
        if (result.code !== 0 || dryRun) expect(after).toEqual(before);
        before = after;
      }),
      propertyOptions(RUNS, 'cli import'),
    );
  });
});
