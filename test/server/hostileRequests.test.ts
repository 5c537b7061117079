import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { configVariables, loadConfig } from '../../server/config';
import { createLogger, unredacted } from '../../server/logger';
import { postActivity, startServer } from '../support/server';

function logSink() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, log: createLogger('trace', sink) };
}

function nested(depth: number): unknown {
  let value: unknown = 'Bluebird';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** JSON text nested `depth` levels (JSON.stringify itself overflows on such values). */
function nestedJson(depth: number): string {
  return '{"a":'.repeat(depth) + '"Bluebird"' + '}'.repeat(depth);
}

describe('JSON nested too deep', () => {
  test.each(['channelData', 'entities', 'value'])(
    '%s nested 5,000 levels: 400 before anything reads it, nothing logged with the token or text',
    async (field) => {
      const { lines, log } = logSink();
      const stdout = jest.spyOn(process.stdout, 'write');
      const server = await startServer({}, log);
      try {
        const body = {
          type: 'message',
          channelId: 'emulator',
          serviceUrl: 'http://127.0.0.1:9/',
          conversation: { id: 'deep' },
          from: { id: 'admin' },
          text: 'My secret project Bluebird',
          [field]: 'DEEP',
        };
        const deep = field === 'entities' ? `[${nestedJson(5000)}]` : nestedJson(5000);
        const response = await fetch(`${server.baseUrl}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: 'Bearer SECRET-TOKEN' },
          body: JSON.stringify(body).replace('"DEEP"', deep),
        });
        expect(response.status).toBe(400);
        expect(await response.json()).toEqual({ error: 'JSON nested too deep' });
      } finally {
        await server.close();
        stdout.mockRestore();
      }
      const all = lines.join('\n');
      expect(all).not.toContain('SECRET-TOKEN');
      expect(all).not.toContain('Bluebird');
      const written = stdout.mock.calls.map((c) => String(c[0])).join('');
      expect(written).not.toContain('SECRET-TOKEN');
    },
  );

  test('moderate nesting (a card value 20 levels deep) still passes', async () => {
    const server = await startServer();
    try {
      const reply = await postActivity(server.baseUrl, { text: 'hello', channelData: nested(20) });
      expect(reply.status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe('the project logger', () => {
  test('redacts authorization headers and bodies wherever they sit', () => {
    const { lines, log } = logSink();
    log.warn(
      {
        req: {
          headers: { authorization: 'Bearer A1' },
          rawHeaders: ['authorization', 'Bearer A2'],
          body: 'typed B1',
        },
        headers: { authorization: 'Bearer A3' },
        body: 'typed B2',
        _body: 'typed B3',
      },
      'x',
    );
    expect(lines.join('\n')).not.toMatch(/A1|A2|A3|B1|B2|B3/);
  });

  test('the log for the line per turn writes to the same place; the project log still redacts', () => {
    const { lines, log } = logSink();
    unredacted(log).info({ conversationId: 'c1', step: 'country' }, 'turn');
    log.warn({ headers: { authorization: 'Bearer A4' } }, 'x');
    const [turn, warning] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(turn).toMatchObject({ conversationId: 'c1', step: 'country', msg: 'turn' });
    expect(JSON.stringify(warning)).not.toContain('A4');
  });
});

describe('serviceUrl with authentication off', () => {
  test.each([
    ['http://127.0.0.1:9/', 200],
    ['http://localhost:3978/', 200],
    ['http://[::1]:9/', 200],
    ['https://attacker.example/', 400],
    ['http://10.0.0.1/', 400],
    ['http://127.0.0.1.attacker.example/', 400],
    ['not a url', 400],
  ])('%s answers %d', async (serviceUrl, status) => {
    const server = await startServer();
    try {
      const reply = await postActivity(server.baseUrl, {
        channelId: 'msteams',
        serviceUrl,
        text: 'hello',
      });
      expect(reply.status).toBe(status);
    } finally {
      await server.close();
    }
  });
});

describe('README configuration table', () => {
  test('lists every variable, with the config schema default (or none when it has none)', () => {
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Configuration'));
    const rows = [...section.matchAll(/^\| `([A-Za-z_]+)`\s*\|([^|]*)\|/gm)];
    const defaults = loadConfig({}) as Record<string, unknown>;
    const documented = new Map(rows.map(([, name, cell]) => [name!, cell!.trim()]));
    expect([...documented.keys()].sort()).toEqual(configVariables().sort());
    for (const [name, cell] of documented) {
      // A default is shown as a leading `value`; anything else means "no default".
      const shown = /^`([^`]*)`/.exec(cell)?.[1];
      const actual = defaults[name];
      expect({ name, default: shown }).toEqual({
        name,
        default: actual === undefined ? undefined : String(actual),
      });
    }
  });
});
