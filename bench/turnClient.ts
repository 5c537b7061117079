/** One turn over HTTP with deliveryMode expectReplies: the replies and how long it took. */
export interface TurnResult {
  ok: boolean;
  ms: number;
  activities: { type?: string; name?: string; text?: string }[];
}

let sequence = 0;

export async function postTurn(
  url: string,
  conversationId: string,
  text: string,
  locale: string,
): Promise<TurnResult> {
  const body = JSON.stringify({
    type: 'message',
    // Unique across processes too: a re-used id is a re-sent message, answered once.
    id: `bench-${process.pid}-${++sequence}`,
    channelId: 'test',
    serviceUrl: 'http://127.0.0.1:9/',
    conversation: { id: conversationId },
    from: { id: `${conversationId}-admin`, name: 'Admin' },
    recipient: { id: 'bot', name: 'Bot' },
    locale,
    text,
    deliveryMode: 'expectReplies',
  });
  const started = performance.now();
  try {
    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const parsed = (await response.json()) as { activities?: TurnResult['activities'] };
    return {
      ok: response.ok,
      ms: performance.now() - started,
      activities: parsed.activities ?? [],
    };
  } catch {
    return { ok: false, ms: performance.now() - started, activities: [] };
  }
}
