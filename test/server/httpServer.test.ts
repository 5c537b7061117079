import { postActivity, postPastNewSteps, startServer, type RunningServer } from '../support/server';
import { newSteps } from '../support/stepRegistry';

describe('the HTTP server', () => {
  let running: RunningServer;
  beforeAll(async () => {
    running = await startServer();
  });
  afterAll(() => running?.close());

  test('GET /healthz answers ok', async () => {
    const response = await fetch(`${running.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  test('a whole setup over POST /api/messages with expectReplies ends with the setupCompleted event', async () => {
    const conversation = { id: 'http-whole-setup' };
    const turn = (text: string) =>
      postPastNewSteps(running.baseUrl, { text, conversation, locale: 'en-US' });
    const answers = [
      'partner',
      'subscription',
      'Japan',
      'yes',
      'Standard platform',
      'Webex Calling',
      'httpacme',
    ];
    for (const text of answers) {
      const { status, activities } = await turn(text);
      expect(status).toBe(200);
      expect(activities.length).toBeGreaterThan(0);
    }
    const { activities } = await turn('Finish');
    const event = activities.find((a) => a.type === 'event' && a.name === 'setupCompleted');
    expect(event?.value).toEqual({
      id: expect.any(String),
      role: 'partner',
      orderType: 'subscription',
      pstnAddOn: false,
      dataCenterAssumed: false,
      country: 'JP',
      region: 'apjc',
      dataCenter: 'jp1',
      platform: 'standard',
      telephony: 'webex-calling',
      subdomain: 'httpacme',
      locale: 'en',
      completedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      // The plan holds every step's answer: a step added since this test was written too.
      ...Object.fromEntries(newSteps().map((step) => [step, expect.anything()])),
    });
    const done = activities.find((a) => a.type === 'message');
    expect(done?.text).toContain('Contact Center > Settings');
  });

  test('choices are rendered for the channel: suggested actions in the Emulator, a card for long lists', async () => {
    const conversation = { id: 'http-rendering' };
    const first = await postActivity(running.baseUrl, { text: 'hello', conversation });
    const question = lastMessage(first.activities);
    expect(question.suggestedActions).toEqual({
      to: [],
      actions: [
        { type: 'imBack', title: 'Partner administrator', value: 'Partner administrator' },
        { type: 'imBack', title: 'Customer administrator', value: 'Customer administrator' },
      ],
    });
    await postActivity(running.baseUrl, { text: 'Partner administrator', conversation });
    const countries = await postActivity(running.baseUrl, { text: 'Trial', conversation });
    const card = (
      lastMessage(countries.activities).attachments as {
        contentType: string;
        content: { fallbackText: string };
      }[]
    )[0]!;
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.content.fallbackText).toContain('Japan');
  });

  test('the setup also works on Teams with a card submit', async () => {
    const conversation = { id: 'http-teams' };
    const send = (activity: Record<string, unknown>) =>
      postActivity(running.baseUrl, {
        channelId: 'msteams',
        conversation,
        locale: 'sv-SE',
        ...activity,
      });
    const first = await send({ text: 'hej' });
    const card = (
      lastMessage(first.activities).attachments as {
        content: { body: { items?: { actions?: { data: unknown; title: string }[] }[] }[] };
      }[]
    )[0]!;
    const actions = card.content.body.flatMap((c) =>
      (c.items ?? []).flatMap((i) => i.actions ?? []),
    );
    expect(actions.map((a) => a.title)).toEqual(['Partneradministratör', 'Kundadministratör']);
    const next = await send({ value: actions[0]!.data });
    // On Teams the question is inside its card, with the buttons.
    expect(JSON.stringify(lastMessage(next.activities).attachments)).toContain(
      'provperiod eller en prenumeration',
    );
  });
});

function lastMessage(activities: Record<string, unknown>[]): Record<string, unknown> {
  const messages = activities.filter((a) => a.type === 'message');
  return messages[messages.length - 1] ?? {};
}
