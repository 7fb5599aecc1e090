import { Command, CommanderError } from 'commander';
import { runCoverage } from './coverage';
import { EXIT_USAGE, exitCodeFor } from './exit-codes';
import { registerExport } from './export';
import { registerImport } from './import';
import { runLawFamilies } from './law-families';
import { registerMigrate } from './migrate';
import { registerPrecedents } from './precedents';
import { registerSeed } from './seed';
import { registerServe } from './serve';
import { registerStats } from './stats';
import { registerTimeline } from './timeline';
import { registerTokens } from './tokens';

function buildProgram(): Command {
  const program = new Command('ngo-tracker')
    .description('NGO Sanction Tracker: a sourced record of state actions against NGOs')
    .showHelpAfterError()
    .exitOverride();
  registerServe(program);
  registerMigrate(program);
  registerSeed(program);
  registerImport(program);
  registerExport(program);
  registerTimeline(program);
  registerStats(program);
  program
    .command('coverage')
    .description('how complete the record is: designations held per jurisdiction and measure beside sourced known totals (the same as GET /api/v1/coverage)')
    .option('--jurisdiction <codes>', 'comma-separated ISO 3166-1 alpha-2 codes, e.g. RU,NI')
    .option('--json', 'print the JSON of GET /api/v1/coverage')
    .action((options: Record<string, unknown>) => runCoverage(options));
  program
    .command('law-families')
    .description('law families across borders: every family, or how one spread (the same as GET /api/v1/law-families[/FAMILY])')
    .argument('[family]', 'a law family, e.g. foreign_agent: its jurisdictions in the order they first used such a law')
    .option('--json', 'print the JSON of GET /api/v1/law-families or /law-families/{family}')
    .action((family: string | undefined, options: { json?: boolean }) => runLawFamilies(family, options));
  registerPrecedents(program);
  registerTokens(program);
  for (const command of program.commands) command.exitOverride().showHelpAfterError();
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
    process.exitCode = exitCodeFor(error);
  }
}

void main(process.argv);
