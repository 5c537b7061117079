import { Conversation } from '../support/conversation';
import { play } from '../support/transcript';
import { newSteps } from '../support/stepRegistry';

describe('commands at any step', () => {
  test.each([
    [
      'en',
      'help',
      'decides the data center',
      'back',
      'restart',
      'Starting over',
      'cancel',
      'Setup cancelled',
      'The country of operation stays Japan',
    ],
    [
      'sv',
      'hjälp',
      'avgör i vilket datacenter',
      'tillbaka',
      'börja om',
      'Vi börjar om',
      'avbryt',
      'Konfigurationen är avbruten',
      'Landet är fortfarande Japan',
    ],
  ])(
    '%s: help, back, restart and cancel',
    async (locale, help, helpText, back, restart, restarted, cancel, cancelled, countryKept) => {
      await play(new Conversation({ locale }), [
        {},
        { user: 'partner' },
        { user: 'subscription' },
        // Asked again after help: one short line, the long list is not sent again.
        { user: help, says: [helpText], asks: 'country', choices: [] },
        { user: back, choices: ['trial', 'subscription'] },
        { user: 'trial', choices: expect.arrayContaining(['JP']) as unknown as string[] },
        { user: 'japan', choices: ['yes', 'no'] },
        { user: 'yes', choices: ['standard', 'exception'] },
        // Back never un-confirms the country: it goes to the answer before it, and says so.
        { user: back, says: [countryKept], choices: ['trial', 'subscription'] },
        { user: restart, says: [restarted], choices: ['partner', 'customer'] },
        { user: cancel, says: [cancelled] },
        { user: 'hello', choices: ['partner', 'customer'] },
      ]);
    },
  );

  test('back on the first question says so and asks it again', async () => {
    await play(new Conversation({ locale: 'en' }), [
      {},
      { user: 'back', says: ['first question'], choices: ['partner', 'customer'] },
    ]);
  });

  test('back keeps earlier answers: going back from telephony asks the platform again, not the country', async () => {
    await play(new Conversation({ locale: 'en' }), [
      {},
      { user: 'partner' },
      { user: 'subscription' },
      { user: 'Japan' },
      { user: 'yes' },
      { user: 'standard', choices: ['voice-pop-bridge', 'webex-calling'] },
      { user: 'back', choices: ['standard', 'exception'] },
      { user: 'standard', choices: ['voice-pop-bridge', 'webex-calling'] },
      { user: 'webex calling' },
      { user: 'acmejp', says: ['Japan', 'jp1', 'Partner administrator', 'Subscription'] },
    ]);
  });

  test('switching language mid-flow asks the current question again in the new language and keeps it', async () => {
    const conversation = new Conversation({ locale: 'en-US' });
    await play(conversation, [
      {},
      { user: 'partner' },
      { user: 'subscription' },
      { user: 'japan' },
      {
        user: 'svenska',
        says: ['nu pratar jag svenska', 'Är Japan rätt land?'],
        choices: ['yes', 'no'],
      },
      { user: 'ja', says: ['Vilken plattform'] },
      { user: 'language', says: ["I'll speak English", 'Which platform'] },
      { user: 'Standardplattform', says: ['Which telephony option'] },
      { user: 'english', says: ['Which telephony option'] },
    ]);
  });

  test('the chosen language wins over the locale the client sends', async () => {
    const conversation = new Conversation({ locale: 'en-US' });
    await play(conversation, [
      {},
      { user: 'svenska', says: ['svenska'] },
      { user: 'partner', says: ['provperiod eller en prenumeration'] },
    ]);
  });

  test.each([
    [
      'en',
      'options Japan',
      'jp1',
      'Exception platform (only if Cisco Solution Assurance asked): Voice POP',
    ],
    ['sv', 'alternativ Kanada', 'ca1', 'Standardplattform: Röst-POP'],
    ['en', 'options usa', 'Controlled GA', 'add-on'],
    ['en', 'options for Japan', 'jp1', 'Standard platform'],
    ['sv', 'alternativ för Sydkorea', 'jp1', 'antagande'],
    ['en', 'options Germany', 'does not cover', 'Germany'],
  ])(
    '%s "%s" answers from the rules and leaves the flow where it was',
    async (locale, command, fact, line) => {
      await play(new Conversation({ locale }), [
        {},
        { user: 'partner' },
        { user: command, says: [fact, line], choices: ['trial', 'subscription'] },
        { user: 'trial', choices: expect.arrayContaining(['JP']) as unknown as string[] },
      ]);
    },
  );
});

describe('messages that carry several answers', () => {
  test('an English opening message fills role, order type, country, telephony and subdomain', async () => {
    const conversation = new Conversation({ locale: 'en' });
    await play(conversation, [
      {
        user: "I'm a partner setting up a subscription in Japan with Webex Calling, subdomain acmejp",
        says: ['Order Setup wizard', 'Is Japan the right country'],
        choices: ['yes', 'no'],
      },
      {
        user: 'yes',
        says: ['Platform: Standard platform', 'Telephony: Webex Calling', 'Subdomain: acmejp'],
      },
      {
        user: 'finish',
        plan: {
          role: 'partner',
          orderType: 'subscription',
          country: 'JP',
          platform: 'standard',
          telephony: 'webex-calling',
          subdomain: 'acmejp',
        },
      },
    ]);
    expect(conversation.messagesSent).toBeLessThanOrEqual(4);
  });

  test('a Swedish opening message fills what it contains and asks only for the rest', async () => {
    await play(new Conversation({ locale: 'sv' }), [
      {
        user: 'Jag är kundadministratör och vill sätta upp en provperiod i Kanada',
        says: ['välkomstmejl', 'Är Kanada rätt land?'],
        never: ['Är du partneradministratör', 'provperiod eller en prenumeration?'],
        choices: ['yes', 'no'],
      },
      { user: 'ja', says: ['standardplattformen', 'Röst-POP', 'Vilken deldomän'] },
    ]);
  });

  test('answers given after the welcome also fill several steps', async () => {
    await play(new Conversation({ locale: 'en' }), [
      {},
      {
        user: 'partner, trial, United Kingdom',
        says: ['Start Trial wizard', 'Is the United Kingdom the right country'],
        choices: ['yes', 'no'],
      },
    ]);
  });

  test('an unsupported country in the opening message is named plainly', async () => {
    await play(new Conversation({ locale: 'en' }), [
      {
        user: 'partner subscription in Germany',
        says: ['does not cover Germany'],
        choices: expect.arrayContaining(['GB']) as unknown as string[],
      },
    ]);
  });
});

describe('efficiency', () => {
  test('Japan, Standard, Webex Calling one question at a time: at most 8 messages (and one per step added since)', async () => {
    const conversation = new Conversation({ locale: 'en' });
    await play(conversation, [
      {},
      { user: 'partner' },
      { user: 'subscription' },
      { user: 'Japan' },
      { user: 'yes' },
      { user: 'standard' },
      { user: 'webex calling' },
      { user: 'acmejp' },
      { user: 'finish', plan: { country: 'JP', platform: 'standard', telephony: 'webex-calling' } },
    ]);
    expect(conversation.messagesSent).toBeLessThanOrEqual(8 + newSteps().length);
  });
});

test('a first message "svenska" is answered with the welcome in Swedish', async () => {
  const conversation = new Conversation({ locale: 'en-US' });
  await play(conversation, [
    { user: 'svenska', says: ['Hej! Jag hjälper dig', 'Är du partneradministratör'] },
  ]);
});
