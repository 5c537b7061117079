import { createServer, type Server } from 'node:http';

/** An activity the bot sent to a Bot Framework channel, with the conversation it went to. */
export interface CapturedActivity {
  conversationId: string;
  activity: Record<string, unknown>;
}

/**
 * A Bot Framework channel's connector on loopback (the serviceUrl of a test's
 * activities): records what the bot sends, proactive messages included.
 */
export class CaptureChannel {
  readonly received: CapturedActivity[] = [];
  private server?: Server;
  private ids = 0;
  serviceUrl = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const match = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
        if (req.method === 'POST' && match) {
          this.received.push({
            conversationId: decodeURIComponent(match[1]!),
            activity: text ? (JSON.parse(text) as Record<string, unknown>) : {},
          });
        }
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ id: `captured-${++this.ids}` }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.serviceUrl = `http://127.0.0.1:${(this.server.address() as { port: number }).port}/`;
  }

  /** The texts of the messages sent to one conversation. */
  texts(conversationId: string): string[] {
    return this.received
      .filter((r) => r.conversationId === conversationId && r.activity.type === 'message')
      .map((r) => String(r.activity.text ?? ''));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
