import { Command, CommanderError } from 'commander';
import { EXIT_USAGE, exitCodeFor } from './exit-codes';
import { registerExport } from './export';
import { registerImport } from './import';
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
