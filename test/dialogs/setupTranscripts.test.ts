import { Conversation, shippedRules } from '../support/conversation';
import { withNewStepChoices } from '../support/stepRegistry';
import { play } from '../support/transcript';
import type { SetupAnswers } from '../../dialogs/setupDraft';
import { MemorySubdomainDirectory } from '../../state/memorySubdomainDirectory';

const ALL_COUNTRIES = [
  'US',
  'CA',
  'MX',
  'BR',
  'AR',
  'CL',
  'CO',
  'PE',
  'GB',
  'AU',
  'NZ',
  'SG',
  'ID',
  'JP',
  'MY',
  'PH',
  'KR',
  'TH',
  'VN',
];
const YES_NO = ['yes', 'no'];

/** The answers at the summary of the US transcript, and of the Canadian one. */
const US_PSTN_PLAN: SetupAnswers = {
  role: 'partner',
  orderType: 'subscription',
  country: 'US',
  pstnAddOn: true,
  platform: 'standard',
  telephony: 'webex-cc-pstn',
  subdomain: 'acmeus',
};
const CANADA_TRIAL_PLAN: SetupAnswers = {
  role: 'customer',
  orderType: 'trial',
  country: 'CA',
  platform: 'standard',
  telephony: 'voice-pop',
  subdomain: 'acmeca',
};

describe('a US subscription with the Cisco PSTN for Contact Center add-on', () => {
  test('in English', async () => {
    await play(new Conversation({ locale: 'en-US' }), [
      {
        says: ['Webex Contact Center', 'partner administrator or'],
        choices: ['partner', 'customer'],
      },
      { user: 'partner', choices: ['trial', 'subscription'] },
      {
        user: 'subscription',
        says: [
          'Order Setup wizard',
          'Thank you. Your order has been mapped correctly.',
          'Get Started',
          'business country',
        ],
        choices: expect.arrayContaining(['US', 'CA', 'GB', 'JP']) as unknown as string[],
      },
      {
        user: 'United States',
        says: ['North America', 'us1', 'can never be changed'],
        choices: YES_NO,
      },
      { user: 'yes', says: ['Cisco PSTN for Contact Center add-on'], choices: YES_NO },
      {
        user: 'yes',
        choices: ['standard', 'controlled-ga', 'exception'],
        says: ['for subscription orders'],
      },
      {
        user: 'Standard platform',
        says: ['Webex Contact Center PSTN', 'automatically', 'subdomain'],
      },
      {
        user: 'AcmeUS',
        says: ['acmeus', 'us1', 'Webex Contact Center PSTN', 'add-on: Yes'],
        choices: withNewStepChoices(
          [
            'finish',
            'change:role',
            'change:orderType',
            'change:country',
            'change:pstnAddOn',
            'change:platform',
            'change:telephony',
            'change:subdomain',
          ],
          US_PSTN_PLAN,
          shippedRules(),
        ),
      },
      {
        user: 'finish',
        says: ['Contact Center > Settings', 'Set Up Cisco Webex Contact Center', 'chat'],
        plan: {
          id: 'plan-1',
          role: 'partner',
          orderType: 'subscription',
          pstnAddOn: true,
          country: 'US',
          region: 'north-america',
          dataCenter: 'us1',
          platform: 'standard',
          telephony: 'webex-cc-pstn',
          subdomain: 'acmeus',
          locale: 'en',
          completedAt: '2026-11-24T10:00:00.000Z',
        },
      },
    ]);
  });

  test('in Swedish', async () => {
    await play(new Conversation({ locale: 'sv-SE' }), [
      {
        says: ['Webex Contact Center', 'partneradministratör eller'],
        choices: ['partner', 'customer'],
      },
      { user: 'Partneradministratör', choices: ['trial', 'subscription'] },
      {
        user: 'prenumeration',
        says: [
          'guiden orderkonfiguration',
          'Tack. Din order har mappats på rätt sätt',
          'Kom igång',
        ],
      },
      { user: 'USA', says: ['Nordamerika', 'us1', 'Du kan inte ändra land'], choices: YES_NO },
      { user: 'ja', says: ['tillägget Cisco PSTN för Contact Center'], choices: YES_NO },
      {
        user: 'ja',
        says: [
          'Standardplattform: för prenumerationsorder',
          'Kontrollerad GA',
          'Undantagsplattform',
        ],
      },
      { user: 'standardplattform', says: ['Webex Contact Center PSTN', 'automatiskt', 'deldomän'] },
      { user: 'acmeus', says: ['Deldomän: acmeus', 'Datacenter: us1'] },
      {
        user: 'slutför',
        says: ['Contact Center > Inställningar', 'Konfigurera Cisco Webex Contact Center'],
        plan: { country: 'US', telephony: 'webex-cc-pstn', pstnAddOn: true, locale: 'sv' },
      },
    ]);
  });
});

describe('Canada: the platform and telephony are chosen without questions', () => {
  test.each([
    [
      'en-CA',
      'customer admin',
      'trial',
      'Canada',
      'yes',
      'has only one platform: the Standard platform',
      'only telephony option',
      'Voice POP',
    ],
    [
      'sv-SE',
      'kundadministratör',
      'provperiod',
      'Kanada',
      'ja',
      'har bara en plattform: standardplattformen',
      'enda telefonialternativet',
      'Röst-POP',
    ],
  ])('%s', async (locale, role, order, country, yes, onePlatform, oneTelephony, voicePop) => {
    await play(new Conversation({ locale }), [
      {},
      { user: role },
      { user: order, says: ['admin.webex.com'] },
      { user: country, says: ['ca1'], choices: YES_NO },
      { user: yes, says: [onePlatform, oneTelephony, voicePop], never: ['PSTN'] },
      {
        user: 'acmeca',
        choices: withNewStepChoices(
          [
            'finish',
            'change:role',
            'change:orderType',
            'change:country',
            'change:platform',
            'change:telephony',
            'change:subdomain',
          ],
          CANADA_TRIAL_PLAN,
          shippedRules(),
        ),
      },
      {
        user: '1',
        plan: {
          country: 'CA',
          dataCenter: 'ca1',
          platform: 'standard',
          telephony: 'voice-pop',
          pstnAddOn: false,
          role: 'customer',
          orderType: 'trial',
        },
      },
    ]);
  });
});

describe('Japan on the Exception platform needs a Solution Assurance request', () => {
  test.each([
    ['en', 'Exception platform', 'yes', 'only if your Cisco Solution Assurance contact asked'],
    ['sv', 'Undantagsplattform', 'ja', 'Cisco Solution Assurance-kontakt'],
  ])('confirmed (%s)', async (locale, exception, yes, saText) => {
    await play(new Conversation({ locale }), [
      {},
      { user: 'partner' },
      { user: 'subscription' },
      { user: 'Japan', says: ['jp1'] },
      { user: yes, choices: ['standard', 'exception'] },
      { user: exception, says: [saText], choices: YES_NO },
      { user: yes, says: [locale === 'sv' ? 'Röst-POP' : 'Voice POP'] },
      { user: 'acmejp' },
      {
        user: locale === 'sv' ? 'slutför' : 'finish',
        plan: {
          country: 'JP',
          region: 'apjc',
          dataCenter: 'jp1',
          platform: 'exception',
          telephony: 'voice-pop',
        },
      },
    ]);
  });

  test.each([
    ['en', 'no', 'Please choose another platform'],
    ['sv', 'nej', 'Välj en annan plattform'],
  ])('declined goes back to the platform choice (%s)', async (locale, no, chooseAgain) => {
    await play(new Conversation({ locale }), [
      {},
      { user: 'partner' },
      { user: 'subscription' },
      { user: 'JP' },
      { user: 'yes' },
      { user: 'exception' },
      { user: no, says: [chooseAgain], choices: ['standard', 'exception'] },
      { user: 'standard', choices: ['voice-pop-bridge', 'webex-calling'] },
    ]);
  });
});

describe('a UK trial', () => {
  test.each([
    ['en', 'United Kingdom', 'Start Trial wizard', 'Your trial is ready'],
    ['sv', 'Storbritannien', 'guiden för att starta ny provperiod', 'Din provperiod är klar'],
  ])('%s: no PSTN question, no PSTN option', async (locale, country, wizard, lastScreen) => {
    await play(new Conversation({ locale }), [
      {},
      { user: 'partner' },
      { user: 'trial', says: [wizard, lastScreen] },
      { user: country, says: ['EMEAR', 'eu1'] },
      { user: 'yes', choices: ['standard', 'exception'], never: ['PSTN'] },
      { user: '1', choices: ['voice-pop-bridge', 'webex-calling'] },
      { user: '2' },
      { user: 'acmeuk', never: ['PSTN'] },
      {
        user: 'finish',
        plan: {
          country: 'GB',
          dataCenter: 'eu1',
          orderType: 'trial',
          telephony: 'webex-calling',
          pstnAddOn: false,
        },
      },
    ]);
  });
});

describe('a LATAM country', () => {
  test.each([
    ['en', 'Mexico', 'assumption'],
    ['sv', 'Mexiko', 'antagande'],
  ])(
    '%s: Standard platform only, the assumed data center is flagged',
    async (locale, country, assumed) => {
      await play(new Conversation({ locale }), [
        {},
        { user: 'customer' },
        { user: 'subscription' },
        { user: country, says: ['LATAM', 'us1', assumed] },
        { user: 'yes', choices: ['voice-pop-bridge', 'webex-calling'] },
        { user: 'webex calling' },
        { user: 'acmemx', says: [assumed] },
        {
          user: 'finish',
          plan: { country: 'MX', region: 'latam', dataCenter: 'us1', platform: 'standard' },
        },
      ]);
    },
  );
});

describe('an unsupported country', () => {
  test.each([
    ['en', 'Sweden', 'does not cover'],
    ['sv', 'Sverige', 'tar inte upp'],
  ])(
    '%s: a plain answer, the country asked again in one line, nothing guessed',
    async (locale, country, notSupported) => {
      await play(new Conversation({ locale }), [
        {},
        { user: 'partner' },
        { user: 'trial', asks: 'country', choices: ALL_COUNTRIES },
        {
          user: country,
          says: [notSupported],
          never: ['eu2', 'data center eu', 'datacentret eu'],
          asks: 'country',
          choices: [],
        },
        { user: 'blorpistan', says: ['blorpistan'], asks: 'country', choices: [] },
        // The supported countries are still understood by their number in the list above.
        { user: '14', asks: 'country.confirm', says: ['Japan'] },
      ]);
    },
  );
});

describe('subdomains', () => {
  test.each([
    ['en', 'acme corp', 'unsupported characters', 'already in use'],
    ['sv', 'acme.se', 'tecken som inte stöds', 'används redan'],
  ])(
    '%s: invalid, then taken with free alternatives that can be picked',
    async (locale, invalid, invalidText, takenText) => {
      const conversation = new Conversation({ locale, taken: ['acme', 'acmejp'] });
      const replies = await play(conversation, [
        {},
        { user: 'partner' },
        { user: 'subscription' },
        { user: 'japan' },
        { user: 'yes' },
        { user: 'standard' },
        { user: 'webex calling' },
        { user: invalid, says: [invalidText] },
        { user: 'ACME', says: ['acme', takenText] },
      ]);
      const alternatives = replies[replies.length - 1]!.choices.map((c) => c.id);
      expect(alternatives.length).toBeGreaterThan(0);
      expect(alternatives.length).toBeLessThanOrEqual(3);
      expect(alternatives).not.toContain('acme');
      expect(alternatives).not.toContain('acmejp');
      await play(conversation, [
        { user: '1', says: [`${alternatives[0]}`] },
        { user: 'finish', plan: { subdomain: alternatives[0] } },
      ]);
    },
  );

  test('a subdomain another admin is setting up is held for them: the second admin gets alternatives', async () => {
    const first = new Conversation({ locale: 'en', conversationId: 'c1', userId: 'u1' });
    const second = new Conversation({
      locale: 'en',
      conversationId: 'c2',
      userId: 'u2',
      directory: first.directory,
    });
    const toSubdomain = ['partner', 'subscription', 'japan', 'yes', 'standard', 'webex calling'];
    await play(first, [
      {},
      ...toSubdomain.map((user) => ({ user })),
      { user: 'sharedname', says: ['Subdomain: sharedname'] },
    ]);
    await play(second, [
      {},
      ...toSubdomain.map((user) => ({ user })),
      { user: 'sharedname', says: ['already in use'] },
    ]);
    await play(first, [{ user: 'finish', plan: { subdomain: 'sharedname' } }]);
  });

  test('a subdomain claimed by someone else just before Finish is reported, and another is asked for', async () => {
    const directory = new MemorySubdomainDirectory();
    const conversation = new Conversation({ locale: 'sv', directory });
    await play(conversation, [
      {},
      ...['partner', 'prenumeration', 'japan', 'ja', 'standard', 'webex calling', 'racename'].map(
        (user) => ({ user }),
      ),
    ]);
    await directory.release('racename', 'test/conversation-1/admin-1#plan-1');
    expect(await directory.claim('racename', 'someone-else')).toBe(true);
    await play(conversation, [
      { user: 'slutför', says: ['inte längre ledig', 'Vilken deldomän'] },
      { user: 'annatnamn', says: ['Deldomän: annatnamn'] },
      { user: 'slutför', plan: { subdomain: 'annatnamn' } },
    ]);
  });
});
