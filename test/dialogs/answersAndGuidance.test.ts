import { Conversation } from '../support/conversation';
import { play } from '../support/transcript';

type Lang = 'en' | 'sv';

const TO_SUMMARY: Record<Lang, string[]> = {
  en: ['partner', 'subscription', 'Mexico', 'yes', 'webex calling', 'acmemx'],
  sv: ['partner', 'prenumeration', 'Mexiko', 'ja', 'webex calling', 'acmemx'],
};

describe('status: the answers so far and what is left, without leaving the step', () => {
  test.each([
    ['en', 'what have I answered?', 'Your answers so far', 'Still to answer', 'platform'],
    ['sv', 'vad har jag svarat?', 'Dina svar hittills', 'Kvar att svara på', 'plattform'],
  ] as [Lang, string, string, string, string][])(
    '%s',
    async (locale, status, heading, remaining, platform) => {
      await play(new Conversation({ locale }), [
        { asks: 'role' },
        { user: 'partner', asks: 'orderType' },
        {
          user: status,
          says: [heading, remaining, platform],
          asks: 'orderType',
        },
        { user: 'status', says: [remaining], asks: 'orderType' },
      ]);
    },
  );
});

describe('share: the finished plan as text to hand over', () => {
  test.each([
    [
      'en',
      'share',
      'copy and send',
      'Check Availability',
      'For the customer administrator',
      'an assumption',
    ],
    [
      'sv',
      'dela',
      'kopiera och skicka',
      'Kontrollera tillgänglighet',
      'Till kundadministratören',
      'ett antagande',
    ],
  ] as [Lang, string, string, string, string, string][])(
    '%s: typed after finishing, and from the button on the closing message',
    async (locale, share, heading, check, chat, assumed) => {
      const conversation = new Conversation({ locale });
      const replies = await play(conversation, [
        {},
        ...TO_SUMMARY[locale].map((user) => ({ user })),
        { user: { submit: { choice: 'finish' } }, plan: { subdomain: 'acmemx' } },
      ]);
      const closing = replies[replies.length - 1]!;
      expect(closing.activities.some((a) => JSON.stringify(a).includes('command:share'))).toBe(
        true,
      );
      for (const user of [share, { submit: { choice: 'command:share' } }]) {
        const [reply] = await play(conversation, [
          { user, says: [heading, 'acmemx', check, chat, assumed, 'us1'] },
        ]);
        expect(reply!.asks).toBe(false);
        expect(reply!.plan).toBeUndefined();
      }
    },
  );

  test('before finishing there is nothing to share, and the step stays', async () => {
    await play(new Conversation({ locale: 'en' }), [
      {},
      { user: 'partner' },
      { user: 'share', says: ['no finished plan to share yet'], asks: 'orderType' },
    ]);
  });

  test('a customer admin gets no note addressed to the customer administrator', async () => {
    const conversation = new Conversation({ locale: 'en' });
    await play(conversation, [
      {},
      { user: 'customer' },
      ...TO_SUMMARY.en.slice(1).map((user) => ({ user })),
      { user: 'finish' },
      { user: 'share', says: ['acmemx'], never: ['For the customer administrator'] },
    ]);
  });
});

describe('questions below the confidence threshold', () => {
  test('offer the closest topics as buttons and help; a topic button answers and the step stays', async () => {
    const conversation = new Conversation({ locale: 'en' });
    await play(conversation, [{}, { user: 'partner' }]);
    const [unsure] = await play(conversation, [{ user: 'what about the options here?' }]);
    const buttons = unsure!.activities
      .flatMap((a) => a.attachments ?? [])
      .flatMap((a) => (a.content as { choices?: { id: string }[] }).choices ?? [])
      .map((c) => c.id);
    expect(buttons).toContain('command:help');
    const topic = buttons.find((id) => id.startsWith('topic:'));
    expect(topic).toBeDefined();
    await play(conversation, [
      { user: { submit: { choice: topic } }, never: ['earlier question'], asks: 'orderType' },
      { user: { submit: { choice: 'command:help' } }, says: ['Start Trial'], asks: 'orderType' },
    ]);
  });

  test('a question outside the setup is declined in one line', async () => {
    await play(new Conversation({ locale: 'sv' }), [
      {},
      {
        user: 'vad kostar en pizza?',
        says: ['Jag kan bara hjälpa till'],
        asks: 'role',
      },
      // The price of the product is a setup question the article is silent on: said so, and who knows.
      {
        user: 'vad kostar en licens per agent?',
        says: ['Artikeln säger ingenting om priser', 'Cisco-kontoteam'],
        asks: 'role',
      },
    ]);
  });
});
