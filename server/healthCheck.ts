import { loadConfig } from './config';
import { loadDotEnv } from './dotEnv';

/**
 * The container's HEALTHCHECK (the runtime image has no curl): exit 0 when this instance's
 * GET /healthz answers 200 within the time, else 1 (503 "degraded": the store is down).
 */
async function healthCheck(): Promise<number> {
  loadDotEnv();
  const { PORT } = loadConfig();
  try {
    const response = await fetch(`http://127.0.0.1:${PORT}/healthz`, {
      signal: AbortSignal.timeout(4000),
    });
    process.stdout.write(`healthz: ${response.status} ${await response.text()}\n`);
    return response.status === 200 ? 0 : 1;
  } catch (error) {
    process.stdout.write(`healthz: no answer (${(error as Error).message})\n`);
    return 1;
  }
}

healthCheck().then((code) => process.exit(code));
