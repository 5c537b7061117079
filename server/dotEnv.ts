import { existsSync } from 'node:fs';

/** Reads `.env` in the working directory, when there is one, as every entry point does. */
export function loadDotEnv(): void {
  if (existsSync('.env')) process.loadEnvFile('.env');
}
