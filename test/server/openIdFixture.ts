import { createHmac, createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';

export const TEST_ISSUER = 'https://api.botframework.com';

/**
 * A local OpenID metadata endpoint on loopback serving the public half of a test RSA key,
 * and tokens signed (or forged) with it, as the Bot Framework channel service would send.
 */
export class OpenIdFixture {
  readonly keyId = 'test-key';
  private readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  private server?: Server;
  metadataUrl = '';

  constructor() {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = pair.privateKey;
    this.publicKey = pair.publicKey;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      const base = `http://127.0.0.1:${(this.server!.address() as { port: number }).port}`;
      if (req.url === '/metadata') {
        res.end(JSON.stringify({ issuer: TEST_ISSUER, jwks_uri: `${base}/keys` }));
      } else {
        const jwk = this.publicKey.export({ format: 'jwk' });
        res.end(JSON.stringify({ keys: [{ ...jwk, kid: this.keyId, use: 'sig' }] }));
      }
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.metadataUrl = `http://127.0.0.1:${(this.server.address() as { port: number }).port}/metadata`;
  }

  /** Closes the server and every connection to it (the bot's key fetches keep theirs alive). */
  stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return Promise.resolve();
    return new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  /** A valid channel token for `appId` and `serviceUrl`, unless `claims` or `header` spoil it. */
  token(
    appId: string,
    serviceUrl: string,
    claims: Record<string, unknown> = {},
    header: Record<string, unknown> = {},
  ): string {
    const now = Math.floor(Date.now() / 1000);
    return this.sign(
      { alg: 'RS256', typ: 'JWT', kid: this.keyId, ...header },
      {
        iss: TEST_ISSUER,
        aud: appId,
        serviceurl: serviceUrl,
        nbf: now - 60,
        exp: now + 3600,
        ...claims,
      },
    );
  }

  /** Signs with RS256 (the test key), HS256 (the given secret) or not at all (alg none). */
  sign(header: Record<string, unknown>, payload: Record<string, unknown>, secret?: string): string {
    const body = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
    if (header.alg === 'none') return `${body}.`;
    if (header.alg === 'HS256')
      return `${body}.${createHmac('sha256', secret ?? '')
        .update(body)
        .digest('base64url')}`;
    return `${body}.${createSign('RSA-SHA256').update(body).sign(this.privateKey, 'base64url')}`;
  }
}

function base64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}
