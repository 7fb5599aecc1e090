import pino, { Logger } from 'pino';

export type { Logger };

/** Structured JSON logs (to stdout, or `destination`); credentials never reach them. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options = {
    level,
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
