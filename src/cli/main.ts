/**
 * The `ngo-tracker` command line: every command's name, arguments and options are declared here;
 * what a command does is in its own module (src/cli/<command>.ts), required only when that command
 * runs. So `--help`, `--version` and a usage mistake load commander and nothing else (no database
 * driver, no HTTP stack), and each command loads only what it uses.
 */
import { Command, CommanderError } from 'commander';
import { packageVersion } from '../config/package-files';
import { TOKEN_ROLES } from '../domain/api-tokens';
import { addDesignationFilterOptions } from './designation-filter-options';

/** A usage mistake (an unknown option, a missing argument); the same code as exit-codes.ts's EXIT_USAGE. */
const EXIT_USAGE = 2;

// Each command's module, required when the command runs.
const serve = () => require('./serve') as typeof import('./serve');
const migrate = () => require('./migrate') as typeof import('./migrate');
const seed = () => require('./seed') as typeof import('./seed');
const importFile = () => require('./import') as typeof import('./import');
const exportData = () => require('./export') as typeof import('./export');
const timeline = () => require('./timeline') as typeof import('./timeline');
const stats = () => require('./stats') as typeof import('./stats');
const coverage = () => require('./coverage') as typeof import('./coverage');
const lawFamilies = () => require('./law-families') as typeof import('./law-families');
const precedents = () => require('./precedents') as typeof import('./precedents');
const tokens = () => require('./tokens') as typeof import('./tokens');

type Options = Record<string, unknown>;

function buildProgram(): Command {
  const program = new Command('ngo-tracker')
    .description('NGO Sanction Tracker: a sourced record of state actions against NGOs')
    .version(packageVersion(), '-V, --version', 'print the version')
    .showHelpAfterError()
    .exitOverride();

  program
    .command('serve')
    .description(
      'serve the HTTP API (migrates the database first); PORT, DATABASE_URL and the rest come from the environment',
    )
    .option('-p, --port <port>', 'port to listen on (overrides PORT)')
    .action((options: { port?: string }) => serve().runServe(options));

  program
    .command('migrate')
    .description('bring the database schema up to date (or roll every migration back with --rollback-all)')
    .option('--rollback-all', 'undo every migration (drops all tracker tables and their data)')
    .action((options: { rollbackAll?: boolean }) => migrate().runMigrate(options));

  program
    .command('seed')
    .description('load the real seed dataset (seeds/data); safe to re-run: unchanged rows stay as they are')
    .option('--dir <dir>', 'load seed files of the same format from this folder instead of seeds/data')
    .action((options: { dir?: string }) => seed().runSeed(options));

  program
    .command('import')
    .description(
      'import designations from an interchange CSV or NDJSON file (all rows are checked before anything is written)',
    )
    .argument('<file>', 'the file to import (.csv, or .ndjson/.jsonl)')
    .option('--dry-run', 'report what would be created, updated and left unchanged, writing nothing')
    .option('--format <format>', 'csv or ndjson (default: from the file name)')
    .action((file: string, options: { dryRun?: boolean; format?: string }) => importFile().runImport(file, options));

  addDesignationFilterOptions(
    program
      .command('export')
      .description(
        'export designations in the interchange format (CSV or NDJSON) or as FollowTheMoney entities ' +
          'with the API filters, or the whole dataset as a data package',
      )
      .option('--format <format>', 'csv, ndjson or ftm (FollowTheMoney entities)', 'csv')
      .option('--bom', 'prepend a UTF-8 byte order mark (for Excel)')
      .option('--out <file>', 'write to this file instead of standard output')
      .option(
        '--recorded-as-of <timestamp>',
        'the data as this dataset had recorded it at that moment (ISO 8601 with a time zone)',
      )
      .option(
        '--datapackage <dir>',
        'write the whole dataset as a Frictionless Data Package into this directory (filters do not apply)',
      ),
  ).action((options: Options) => exportData().runExport(options));

  program
    .command('timeline')
    .description("an organization's designations in date order: when each was decided, listed and ended")
    .argument('<org>', 'organization slug, or a name to search for (the best match is used)')
    .option('--family', 'include its family (parent, siblings, children)')
    .option('--json', 'print the JSON of GET /api/v1/organizations/{slug}/timeline')
    .action((org: string, options: { family?: boolean; json?: boolean }) => timeline().runTimeline(org, options));

  addDesignationFilterOptions(
    program
      .command('stats')
      .description('designations per period, precision-aware (the same as GET /api/v1/stats/timeline)')
      .option('--interval <interval>', 'year, quarter or month', 'year')
      .option('--group-by <attribute>', 'also count by jurisdiction, measure, law, law_family or reason')
      .option('--json', 'print the JSON of GET /api/v1/stats/timeline'),
  ).action((options: Options) => stats().runStats(options));

  program
    .command('coverage')
    .description(
      'how complete the record is: designations held per jurisdiction and measure beside sourced known totals ' +
        '(the same as GET /api/v1/coverage)',
    )
    .option('--jurisdiction <codes>', 'comma-separated ISO 3166-1 alpha-2 codes, e.g. RU,NI')
    .option('--json', 'print the JSON of GET /api/v1/coverage')
    .action((options: Options) => coverage().runCoverage(options));

  program
    .command('law-families')
    .description(
      'law families across borders: every family, or how one spread (the same as GET /api/v1/law-families[/FAMILY])',
    )
    .argument('[family]', 'a law family, e.g. foreign_agent: its jurisdictions in the order they first used such a law')
    .option('--json', 'print the JSON of GET /api/v1/law-families or /law-families/{family}')
    .action((family: string | undefined, options: { json?: boolean }) => lawFamilies().runLawFamilies(family, options));

  program
    .command('precedents')
    .description('has this happened before? ranked, explained precedents (the same as GET /api/v1/precedents)')
    .argument('<org>', 'organization slug, name, alias or transliteration')
    .requiredOption('--jurisdiction <code>', 'ISO 3166-1 alpha-2 code of the state that acted, e.g. RU')
    .option('--law <slug>', 'the law of the case (a law of that jurisdiction)')
    .option('--measure <measure>', 'the measure of the case, e.g. undesirable_designation')
    .option('--date <date>', 'only what had happened by then: YYYY, YYYY-MM or YYYY-MM-DD (default today)')
    .option('--limit <n>', 'how many precedents to list, 1-100', '20')
    .option('--json', 'print the JSON of GET /api/v1/precedents')
    .action((org: string, options: Options) => precedents().runPrecedents(org, options));

  const tokenCommands = program
    .command('tokens')
    .description('manage the bearer tokens that authorize writes over HTTP');
  tokenCommands
    .command('create')
    .description('create a token and print it once (only its hash is stored)')
    .requiredOption('--name <name>', 'who the token is for; revisions record this name as the actor')
    .requiredOption(
      '--role <role>',
      `one of: ${TOKEN_ROLES.join(', ')} (admin may also merge organizations and import)`,
    )
    .action((options: { name: string; role: string }) => tokens().runTokensCreate(options));
  tokenCommands
    .command('list')
    .description('list tokens: name, role, when created and revoked (never the tokens themselves)')
    .action(() => tokens().runTokensList());
  tokenCommands
    .command('revoke')
    .description('revoke a token: it stops working at once; its name stays in the history')
    .argument('<name>', 'the token name')
    .action((name: string) => tokens().runTokensRevoke(name));

  for (const command of [...program.commands, ...tokenCommands.commands]) command.exitOverride().showHelpAfterError();
  return program;
}

async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0; usage mistakes are exit code 2.
      process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
      return;
    }
    process.stderr.write(`ngo-tracker: ${error instanceof Error ? error.message : String(error)}\n`);
    const { exitCodeFor } = require('./exit-codes') as typeof import('./exit-codes');
    process.exitCode = exitCodeFor(error);
  }
}

void main(process.argv);
