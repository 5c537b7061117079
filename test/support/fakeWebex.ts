import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { OutgoingWebexMessage } from '../../channels/webex/webexTypes';

interface StoredMessage {
  id: string;
  roomId: string;
  roomType: 'direct' | 'group';
  personId: string;
  personEmail: string;
  text: string;
  /** A thread reply: the message it answers. */
  parentId?: string;
  mentionedPeople?: string[];
}

/** A fake Webex REST API on loopback: enough of /people, /messages, /attachment/actions and /webhooks. */
export class FakeWebex {
  readonly botPerson = { id: 'bot-person-id', displayName: 'Setup Bot', nickName: 'Setup' };
  readonly sent: (OutgoingWebexMessage & { id: string })[] = [];
  readonly webhooks: {
    id: string;
    name: string;
    targetUrl: string;
    resource: string;
    event: string;
    secret?: string;
  }[] = [];
  readonly requests: string[] = [];
  /** GET /people/{id} answers from here (display name, e-mails, organization). */
  readonly people = new Map<string, { displayName: string; emails?: string[]; orgId?: string }>();
  /** The next N POST /messages calls answer 429 with Retry-After: 0. */
  throttleNext = 0;
  /** The next N GET /messages/{id} calls answer 502. */
  failNextGets = 0;
  private readonly messages = new Map<string, StoredMessage>();
  private readonly actions = new Map<string, unknown>();
  private server?: Server;
  private ids = 0;
  baseUrl = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.route(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address() as { port: number };
    this.baseUrl = `http://127.0.0.1:${address.port}/v1`;
  }

  /** Closes the server and every connection to it (a request a test left hanging too). */
  stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return Promise.resolve();
    return new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  addMessage(message: Omit<StoredMessage, 'id'>): string {
    const id = `msg-${++this.ids}`;
    this.messages.set(id, { id, ...message });
    return id;
  }

  addSubmit(roomId: string, personId: string, inputs: unknown): string {
    const id = `action-${++this.ids}`;
    this.actions.set(id, { id, type: 'submit', messageId: 'card-msg', personId, roomId, inputs });
    return id;
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readJson(req);
    const path = (req.url ?? '').replace(/^\/v1/, '').split('?')[0]!;
    this.requests.push(`${req.method} ${path}`);
    if (req.headers.authorization !== 'Bearer test-token')
      return send(res, 401, { message: 'bad token' });
    if (req.method === 'GET' && path === '/people/me') return send(res, 200, this.botPerson);
    const person = /^\/people\/(.+)$/.exec(path);
    if (req.method === 'GET' && person) {
      const id = decodeURIComponent(person[1]!);
      const found = this.people.get(id);
      return this.found(res, found && { id, ...found });
    }
    const message = /^\/messages\/(.+)$/.exec(path);
    if (req.method === 'GET' && message && this.failNextGets > 0) {
      this.failNextGets--;
      return send(res, 502, { message: 'bad gateway' });
    }
    if (req.method === 'GET' && message)
      return this.found(res, this.messages.get(decodeURIComponent(message[1]!)));
    const action = /^\/attachment\/actions\/(.+)$/.exec(path);
    if (req.method === 'GET' && action)
      return this.found(res, this.actions.get(decodeURIComponent(action[1]!)));
    if (req.method === 'POST' && path === '/messages')
      return this.postMessage(res, body as OutgoingWebexMessage);
    if (path.startsWith('/webhooks')) return this.webhookRoute(req.method ?? '', path, body, res);
    send(res, 404, { message: 'not found' });
  }

  private postMessage(res: ServerResponse, body: OutgoingWebexMessage) {
    if (this.throttleNext > 0) {
      this.throttleNext--;
      res.setHeader('retry-after', '0');
      return send(res, 429, { message: 'slow down' });
    }
    if (Buffer.byteLength(body.text ?? '') > 7439 || (body.attachments?.length ?? 0) > 1) {
      return send(res, 400, { message: 'message too long or too many attachments' });
    }
    const id = `sent-${++this.ids}`;
    this.sent.push({ ...body, id });
    send(res, 200, { id });
  }

  private webhookRoute(method: string, path: string, body: unknown, res: ServerResponse) {
    const hook = body as FakeWebex['webhooks'][number];
    if (method === 'GET') return send(res, 200, { items: this.webhooks });
    if (method === 'POST') {
      const created = { ...hook, id: `hook-${++this.ids}` };
      this.webhooks.push(created);
      return send(res, 200, created);
    }
    const existing = this.webhooks.find((w) => path === `/webhooks/${w.id}`);
    if (method === 'PUT' && existing) {
      Object.assign(existing, hook);
      return send(res, 200, existing);
    }
    send(res, 404, { message: 'no such webhook' });
  }

  private found(res: ServerResponse, item: unknown) {
    if (item) send(res, 200, item);
    else send(res, 404, { message: 'not found' });
  }
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}
