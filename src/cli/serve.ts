import { loadConfig } from '../config/config';
import { createLogger } from '../logging/logger';
import { startServer } from '../app/server';
import { EXIT_FAILURE, EXIT_OK } from './exit-codes';

/** `ngo-tracker serve`: listens until SIGTERM or SIGINT, then drains (docs/operations.md, Stopping). */
export async function runServe(options: { port?: string }): Promise<void> {
  const config = loadConfig({ ...process.env, ...(options.port ? { PORT: options.port } : {}) });
  const logger = createLogger(config.logLevel);
  const running = await startServer(config, logger);
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
        logger.error(
          { requestsCut: outcome.requestsCut, graceMs: config.shutdownGraceMs },
          'shutdown grace period ran out; requests in flight were cut',
        );
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
}
