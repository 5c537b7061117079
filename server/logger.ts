import pino from 'pino';
import type { Logger } from '../bot/logger';

/** Structured JSON logs on stdout. Never pass secrets or the full text a user typed at info level. */
export function createLogger(level: string = 'info', destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'wxcc-setup-bot' },
      redact: {
        paths: ['*.password', '*.token', '*.authorization', '*.MicrosoftAppPassword'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
