import { format } from 'node:util';
import pino from 'pino';
import type { Logger } from '../bot/logger';

/** Never written: credentials, and whatever a request carried (headers, bodies, typed text). */
const REDACTED = [
  'password',
  'token',
  'authorization',
  'MicrosoftAppPassword',
  'headers',
  'rawHeaders',
  'body',
  '_body',
  'text',
];

/** Structured JSON logs on stdout. Never pass secrets or the full text a user typed at info level. */
export function createLogger(level: string = 'info', destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'wxcc-setup-bot' },
      redact: {
        paths: REDACTED.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
        censor: '[redacted]',
      },
    },
    destination,
  );
}

/**
 * The same log without redaction, for lines whose fields are fixed and never hold a
 * secret or typed text (the line per turn): redacting costs about 18 us a line, eight times
 * the line itself, because every wildcard path is walked on every line.
 */
export function unredacted(log: Logger): Logger {
  return log.child({}, { redact: { paths: [] } });
}

/**
 * Libraries (botbuilder's token check among them) print errors and whole keys with
 * console.error; in the server those become one debug line of the project's log instead.
 */
export function routeConsoleToLog(log: Logger): void {
  const toLog =
    (stream: string) =>
    (...args: unknown[]) =>
      log.debug(
        { stream, output: format(...args).replace(/Bearer\s+\S+/gi, 'Bearer [redacted]') },
        'library console output',
      );
  console.error = toLog('error');
  console.warn = toLog('warn');
  console.log = toLog('log');
  console.info = toLog('info');
}
