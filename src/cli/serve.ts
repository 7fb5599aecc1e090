import type { Command } from 'commander';
import { loadConfig } from '../config/config';
import { createLogger } from '../logging/logger';
import { EXIT_FAILURE, EXIT_OK } from './exit-codes';

// Required when serving rather than imported: the HTTP stack (express, the API, the web UI) takes
// longer to load than any other command needs to run, and every command goes through this module.
const server = () => require('../server') as typeof import('../server');

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (migrates the database first); PORT, DATABASE_URL and the rest come from the environment')
    .option('-p, --port <port>', 'port to listen on (overrides PORT)')
    .action(async (options: { port?: string }) => {
      const config = loadConfig({ ...process.env, ...(options.port ? { PORT: options.port } : {}) });
      const logger = createLogger(config.logLevel);
      const running = await server().startServer(config, logger);
      const shutdown = (signal: NodeJS.Signals) => {
        // From here on a second SIGTERM or SIGINT takes its default action and ends the process at once.
        process.removeListener('SIGTERM', shutdown);
        process.removeListener('SIGINT', shutdown);
        logger.info({ signal, graceMs: config.shutdownGraceMs }, 'shutting down: draining requests in flight');
        running.shutdown().then(
          (outcome) => {
            if (outcome.drained) {
              logger.info('shut down cleanly');
              process.exit(EXIT_OK);
            }
            logger.error({ requestsCut: outcome.requestsCut, graceMs: config.shutdownGraceMs }, 'shutdown grace period ran out; requests in flight were cut');
            process.exit(EXIT_FAILURE);
          },
          (error) => {
            logger.error({ err: error }, 'shutdown failed');
            process.exit(EXIT_FAILURE);
          },
        );
      };
      process.once('SIGTERM', shutdown);
      process.once('SIGINT', shutdown);
    });
}
