import { z } from 'zod';
import {
  webexAttachmentAction,
  webexMessage,
  webexPerson,
  webexWebhook,
  type OutgoingWebexMessage,
  type WebexAttachmentAction,
  type WebexMessage,
  type WebexPerson,
  type WebexWebhook,
} from './webexTypes';

export class WebexApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface WebexClientOptions {
  token: string;
  baseUrl: string;
  /** Retries of a 429 answer, each after its Retry-After. */
  maxRetries?: number;
  /** Longest wait we accept from a Retry-After header. */
  maxRetryAfterMs?: number;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** The few Webex REST calls the bot needs, over fetch. */
export class WebexClient {
  private readonly baseUrl: string;

  constructor(private readonly options: WebexClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
  }

  me(): Promise<WebexPerson> {
    return this.request('GET', '/people/me', webexPerson);
  }

  person(id: string): Promise<WebexPerson> {
    return this.request('GET', `/people/${encodeURIComponent(id)}`, webexPerson);
  }

  message(id: string): Promise<WebexMessage> {
    return this.request('GET', `/messages/${encodeURIComponent(id)}`, webexMessage);
  }

  attachmentAction(id: string): Promise<WebexAttachmentAction> {
    return this.request(
      'GET',
      `/attachment/actions/${encodeURIComponent(id)}`,
      webexAttachmentAction,
    );
  }

  async sendMessage(message: OutgoingWebexMessage): Promise<{ id: string }> {
    return this.request('POST', '/messages', z.object({ id: z.string() }), message);
  }

  async webhooks(): Promise<WebexWebhook[]> {
    const list = await this.request(
      'GET',
      '/webhooks?max=1000',
      z.object({ items: z.array(webexWebhook) }),
    );
    return list.items;
  }

  createWebhook(body: Record<string, string>): Promise<WebexWebhook> {
    return this.request('POST', '/webhooks', webexWebhook, body);
  }

  updateWebhook(id: string, body: Record<string, string>): Promise<WebexWebhook> {
    return this.request('PUT', `/webhooks/${encodeURIComponent(id)}`, webexWebhook, body);
  }

  private async request<T>(
    method: string,
    path: string,
    schema: z.ZodType<T>,
    body?: unknown,
  ): Promise<T> {
    const { maxRetries = 3, maxRetryAfterMs = 60_000, timeoutMs = 10_000 } = this.options;
    const sleep =
      this.options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${this.options.token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (response.status === 429 && attempt < maxRetries) {
        await sleep(Math.min(retryAfterMs(response.headers.get('retry-after')), maxRetryAfterMs));
        continue;
      }
      if (!response.ok) {
        throw new WebexApiError(
          response.status,
          `Webex ${method} ${path.split('?')[0]} failed: ${response.status}`,
        );
      }
      return schema.parse(await response.json());
    }
  }
}

function retryAfterMs(header: string | null): number {
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1000;
}
