import { createServer, type IncomingMessage, type Server } from 'node:http';
import { Writable } from 'node:stream';
import { createAdapter } from '../../channels/botframework/adapter';
import { identityNote } from '../../server/botIdentity';
import { loadConfig } from '../../server/config';
import { createLogger } from '../../server/logger';

const APP_ID = '8f0e5a4c-1b2d-4c3e-9f8a-0123456789ab';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

/** The configuration matrix: which variables each identity type needs, and the messages. */
describe('Bot Framework identity types', () => {
  test.each([
    ['no MicrosoftAppId: local use, nothing else needed', {}],
    [
      'SingleTenant: id, secret, tenant',
      {
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 's',
        MicrosoftAppTenantId: TENANT,
      },
    ],
    [
      'UserAssignedMSI: the identity client id and tenant, no secret',
      { MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppId: APP_ID, MicrosoftAppTenantId: TENANT },
    ],
    [
      'MultiTenant (legacy): id and secret',
      { MicrosoftAppType: 'MultiTenant', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 's' },
    ],
    [
      'unset type: MultiTenant, as before (existing bots keep working)',
      { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 's' },
    ],
  ])('%s', (_name, env) => {
    expect(() => loadConfig(env)).not.toThrow();
  });

  test.each([
    [
      { MicrosoftAppType: 'SingleTenant', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 's' },
      'MicrosoftAppTenantId: is required when MicrosoftAppType is SingleTenant (the Directory (tenant) ID',
    ],
    [
      { MicrosoftAppType: 'SingleTenant', MicrosoftAppId: APP_ID, MicrosoftAppTenantId: TENANT },
      'MicrosoftAppPassword: is required when MicrosoftAppId is set and MicrosoftAppType is SingleTenant',
    ],
    [
      { MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppId: APP_ID },
      'MicrosoftAppTenantId: is required when MicrosoftAppType is UserAssignedMSI',
    ],
    [
      {
        MicrosoftAppType: 'UserAssignedMSI',
        MicrosoftAppId: APP_ID,
        MicrosoftAppTenantId: TENANT,
        MicrosoftAppPassword: 's',
      },
      'MicrosoftAppPassword: must be empty when MicrosoftAppType is UserAssignedMSI',
    ],
    [
      { MicrosoftAppType: 'MultiTenant', MicrosoftAppId: APP_ID },
      'MicrosoftAppPassword: is required when MicrosoftAppId is set and MicrosoftAppType is MultiTenant',
    ],
    [
      { MicrosoftAppType: 'Federated', MicrosoftAppId: APP_ID },
      'MicrosoftAppType (got "Federated")',
    ],
  ])('stops the start naming what is missing: %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  test('the secret is never echoed in a message', () => {
    expect(() =>
      loadConfig({
        MicrosoftAppType: 'UserAssignedMSI',
        MicrosoftAppId: APP_ID,
        MicrosoftAppTenantId: TENANT,
        MicrosoftAppPassword: 'hunter2-secret',
      }),
    ).toThrow(expect.objectContaining({ message: expect.not.stringContaining('hunter2') }));
  });

  test("the type is read in any letter case (botbuilder's own spelling is UserAssignedMsi)", () => {
    const config = loadConfig({
      MicrosoftAppType: 'userassignedmsi',
      MicrosoftAppId: APP_ID,
      MicrosoftAppTenantId: TENANT,
    });
    expect(config.MicrosoftAppType).toBe('UserAssignedMSI');
  });

  test('MultiTenant gets a one-line legacy note at start; the others none', () => {
    const legacy = identityNote(loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 's' }));
    expect(legacy).toMatch(/^MicrosoftAppType is MultiTenant \(legacy.*31 July 2025.*\)\.$/);
    expect(legacy).not.toContain('\n');
    const single = loadConfig({
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 's',
      MicrosoftAppTenantId: TENANT,
    });
    expect(identityNote(single)).toBeUndefined();
    expect(identityNote(loadConfig({}))).toBeUndefined();
  });
});

/** Records what a fake local service was sent, and answers with `answer`. */
async function fakeService(
  answer: (req: IncomingMessage) => unknown,
): Promise<{ url: string; requests: IncomingMessage[]; server: Server }> {
  const requests: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    requests.push(req);
    req.resume();
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(answer(req)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, requests, server };
}

describe('UserAssignedMSI end to end', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  test("a reply is sent with a token from the host's managed identity endpoint, no secret", async () => {
    const identity = await fakeService(() => ({
      access_token: 'token-from-managed-identity',
      expires_on: String(Math.floor(Date.now() / 1000) + 3600),
      resource: 'https://api.botframework.com',
      token_type: 'Bearer',
      client_id: APP_ID,
    }));
    const connector = await fakeService(() => ({ id: 'sent-1' }));
    try {
      // What App Service and Container Apps set for a managed identity.
      process.env.IDENTITY_ENDPOINT = `${identity.url}/msi/token`;
      process.env.IDENTITY_HEADER = 'local-test-header';
      const config = loadConfig({
        MicrosoftAppType: 'UserAssignedMSI',
        MicrosoftAppId: APP_ID,
        MicrosoftAppTenantId: TENANT,
      });
      const silent = createLogger('silent', new Writable({ write: (_c, _e, done) => done() }));
      const adapter = createAdapter(config, silent, async () => undefined);
      await adapter.continueConversationAsync(
        APP_ID,
        {
          channelId: 'msteams',
          serviceUrl: `${connector.url}/`,
          conversation: {
            id: 'a-conversation',
            isGroup: false,
            conversationType: 'personal',
            name: '',
          },
          bot: { id: 'bot', name: 'bot' },
        },
        async (context) => {
          await context.sendActivity('hello');
        },
      );
      const [tokenRequest] = identity.requests;
      expect(tokenRequest?.headers['x-identity-header']).toBe('local-test-header');
      expect(tokenRequest?.url).toContain(`client_id=${APP_ID}`);
      expect(connector.requests.map((r) => r.headers.authorization)).toEqual([
        'Bearer token-from-managed-identity',
      ]);
    } finally {
      identity.server.close();
      connector.server.close();
    }
  });
});
