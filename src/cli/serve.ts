import type { Command } from 'commander';
import { loadConfig } from '../config/config';
import { createLogger } from '../logging/logger';
import { startServer } from '../server';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (migrates the database first); PORT, DATABASE_URL and the rest come from the environment')
    .option('-p, --port <port>', 'port to listen on (overrides PORT)')
    .action(async (options: { port?: string }) => {
      const config = loadConfig({ ...process.env, ...(options.port ? { PORT: options.port } : {}) });
      const logger = createLogger(config.logLevel);
      const running = await startServer(config, logger);
      const shutdown = (signal: string) => {
        logger.info({ signal }, 'shutting down');
        running.close().then(
          () => process.exit(0),
          (error) => {
            logger.error({ err: error }, 'shutdown failed');
            process.exit(1);
          },
        );
      };
      process.once('SIGTERM', () => shutdown('SIGTERM'));
      process.once('SIGINT', () => shutdown('SIGINT'));
    });
}
