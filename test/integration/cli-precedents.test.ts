import { runCli } from '../support/cli';
import { createProcessDatabase, ProcessDatabase } from '../support/process-database';
import { SEEDED } from '../support/seed-fixture';

// The CLI runs as a child process, which cannot share an in-memory PGlite database: on PGlite the
// seeded database lives in a temporary PGLITE_DIR instead, unpacked from the run's seeded state
// (`seed` itself runs as a process in cli-import).
describe('ngo-tracker precedents', () => {
  let database: ProcessDatabase;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    database = await createProcessDatabase({ from: SEEDED });
    env = database.env;
  });
  afterAll(() => database.destroy());

  it('prints the summary and numbered precedents, each with its explanation and first source', async () => {
    const result = await runCli(['precedents', 'Human Rights Watch', '--jurisdiction', 'RU', '--limit', '2'], env);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(
      /^Precedents for Human Rights Watch \(human-rights-watch\) in Russia, by \d{4}-\d{2}-\d{2}$/,
    );
    expect(lines.slice(2, 5)).toEqual([
      'Case: 2025-11-10 undesirable_designation under Undesirable organizations law',
      "Human Rights Watch was the 67th organization acted against under Russia's Undesirable organizations law; " +
        'the first was National Endowment for Democracy, on 2015-07-28.',
      'Earliest comparable case: National Endowment for Democracy was declared an undesirable organization under ' +
        "Russia's Undesirable organizations law on 2015-07-28, the first organization acted against under that " +
        'law.',
    ]);
    expect(lines[5]).toMatch(/^Found \d+ \(same_organization 2, law_first_uses 3, .*\); 2 shown\.$/);
    expect(lines.slice(6)).toEqual([
      '',
      '  1. [same_organization; score 0.9]',
      "     Human Rights Watch's Moscow office had its registration revoked under Russia's Foreign NGO branch " +
        'register on 2022-04-08, together with 12 other organizations.',
      '     https://jurist.org/news/2022/04/russia-shuts-down-amnesty-international-hrw-offices',
      '',
      '  2. [same_organization; score 0.85]',
      '     Human Rights Watch was sanctioned by China on 2019-12-02, together with 4 other organizations.',
      '     https://www.independent.co.uk/news/world/asia/china-us-sanctions-hong-kong-protests-support-law-nonprofits-a9229166.html',
      '',
    ]);
  });

  it('--json prints the API answer; --date bounds it', async () => {
    const result = await runCli(
      ['precedents', 'Amnesty International Limited', '--jurisdiction', 'ru', '--date', '2020', '--json'],
      env,
    );
    expect(result.code).toBe(0);
    const answer = JSON.parse(result.stdout);
    expect(answer).toMatchObject({
      status: 'resolved',
      organization: { slug: 'amnesty-international-limited' },
      date: '2020',
      case: null,
    });
    expect(answer.precedents[0]).toMatchObject({ kind: 'same_family', designation: { decided_on: '2020-09-10' } });
  });

  it('an ambiguous name lists the candidates and exits with 2', async () => {
    const result = await runCli(['precedents', 'Amnesty', '--jurisdiction', 'RU'], env);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr.split('\n')).toEqual([
      '"Amnesty" matches several organizations equally well; give one of these slugs:',
      '  amnesty-international          Amnesty International (score 1; 0 designations)',
      '  amnesty-international-limited  Amnesty International Limited (score 1, as "Amnesty International"; 2 designations)',
      '  amnesty-international-india    Amnesty International India (score 1; 1 designation)',
      '',
    ]);
  });

  it('an unknown name prints suggestions and exits with 2; bad flags too', async () => {
    const unknown = await runCli(['precedents', 'Human Rights Foundation', '--jurisdiction', 'RU'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      new RegExp(
        'no organization has the slug, name or alias "Human Rights Foundation", or one close enough to it; ' +
          'the closest:\n {2}international-partnership-for-human-rights ',
      ),
    );
    const badMeasure = await runCli(['precedents', 'HRW', '--jurisdiction', 'RU', '--measure', 'nope'], env);
    expect(badMeasure.code).toBe(2);
    expect(badMeasure.stderr).toMatch(/--measure "nope": must be one of/);
    const noJurisdiction = await runCli(['precedents', 'HRW'], env);
    expect(noJurisdiction.code).toBe(2);
    expect(noJurisdiction.stderr).toMatch(/required option '--jurisdiction <code>' not specified/);
  });
});
