import pino from 'pino';
import restify from 'restify';

/**
 * A restify server that writes no logs of its own and puts `headers` on every answer.
 * restify's own logger writes whole requests (headers with tokens, bodies); only ours writes.
 */
export function createQuietServer(name: string, headers: Record<string, string>): restify.Server {
  const server = restify.createServer({
    name,
    handleUncaughtExceptions: false,
    // (@types/restify describes restify 8's bunyan logger; restify 12 takes a pino one.)
    log: pino({ level: 'silent' }) as unknown as restify.ServerOptions['log'],
  });
  server.pre((_req: restify.Request, res: restify.Response, next: restify.Next) => {
    for (const [header, value] of Object.entries(headers)) res.header(header, value);
    next();
  });
  return server;
}
