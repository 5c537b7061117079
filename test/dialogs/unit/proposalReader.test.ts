import { ProposalReader, type ProposedAnswers } from '../../../dialogs/conversation/proposalReader';
import {
  testPhrases,
  testRules,
  turnLanguageFor,
  type Locale,
} from '../../support/dialogTestSupport';

const reader = new ProposalReader(testRules(), testPhrases());

function read(text: string, locale: Locale = 'en', typos = false): ProposedAnswers {
  return reader.read(text, turnLanguageFor(locale), { typos });
}

describe('ProposalReader', () => {
  describe('role', () => {
    test.each([
      ['en', "I'm the partner admin", 'partner'],
      ['en', 'we are a reseller', 'partner'],
      ['en', 'I am the customer administrator', 'customer'],
      ['sv', 'jag är partneradministratör', 'partner'],
      ['sv', 'jag är kundadmin', 'customer'],
    ] as const)('%s: "%s" names the %s', (locale, text, role) => {
      expect(read(text, locale)).toEqual({ role });
    });

    test('both roles stated give none', () => {
      expect(read('partner, customer').role).toBeUndefined();
    });

    test.each([
      ['en', 'a partner setting this up for a customer', 'partner'],
      ['en', 'trial for a customer in Australia', undefined],
      ['sv', 'jag är partner och ska sätta upp en prenumeration för en kund i Kanada', 'partner'],
      ['sv', 'en provperiod för en kund', undefined],
    ] as const)('%s: "%s": whom the work is for is not the role (%s)', (locale, text, role) => {
      expect(read(text, locale).role).toBe(role);
    });
  });

  describe('order type', () => {
    test.each([
      ['en', 'it is a free trial', 'trial'],
      ['en', 'a paid subscription', 'subscription'],
      ['sv', 'det är en provperiod', 'trial'],
      ['sv', 'vi har ett abonnemang', 'subscription'],
    ] as const)('%s: "%s" names a %s', (locale, text, orderType) => {
      expect(read(text, locale)).toEqual({ orderType });
    });
  });

  describe('country', () => {
    test.each([
      ['en', 'the contact center is in Japan', 'JP'],
      ['en', 'we operate in the United Kingdom', 'GB'],
      ['sv', 'kontaktcentret finns i Japan', 'JP'],
      ['sv', 'vi finns i Storbritannien', 'GB'],
    ] as const)('%s: "%s" names %s', (locale, text, country) => {
      expect(read(text, locale)).toEqual({ country });
    });

    test('a misspelt country is read only with typos on', () => {
      expect(read('we are in Japn', 'en', true)).toEqual({ country: 'JP' });
      expect(read('we are in Japn', 'en', false)).toEqual({});
      expect(read('Japn', 'sv', true)).toEqual({ country: 'JP' });
    });

    test('a country code counts only in capitals', () => {
      expect(read('our country is JP')).toEqual({ country: 'JP' });
      expect(read('our country is jp')).toEqual({});
    });

    test.each([
      ['en', 'we are in Germany', 'DE'],
      ['sv', 'vi finns i Tyskland', 'DE'],
      ['en', 'the tenant is for Sweden', 'SE'],
    ] as const)('%s: "%s" names the unsupported %s', (locale, text, code) => {
      expect(read(text, locale)).toEqual({ unsupportedCountry: code });
    });
  });

  describe('platform', () => {
    test.each([
      ['en', 'we want the exception platform', 'exception'],
      ['en', 'standard platform please', 'standard'],
      ['en', 'controlled GA', 'controlled-ga'],
      ['sv', 'vi tar standardplattformen', 'standard'],
      ['sv', 'undantagsplattformen', 'exception'],
    ] as const)('%s: "%s" names the %s platform', (locale, text, platform) => {
      expect(read(text, locale)).toEqual({ platform });
    });
  });

  describe('telephony', () => {
    test.each([
      ['en', 'we use voice pop', 'voice-pop'],
      ['en', 'we use voice pop bridge', 'voice-pop-bridge'],
      ['en', 'Voice POP Bridge', 'voice-pop-bridge'],
      ['en', 'webex calling', 'webex-calling'],
      ['sv', 'vi kör röst-pop', 'voice-pop'],
      ['sv', 'vi kör röst-pop-brygga', 'voice-pop-bridge'],
      ['sv', 'Röst-POP-brygga', 'voice-pop-bridge'],
    ] as const)('%s: "%s" names %s', (locale, text, telephony) => {
      expect(read(text, locale)).toEqual({ telephony });
    });
  });

  describe('subdomain', () => {
    test.each([
      ['en', 'subdomain acmejp'],
      ['en', 'the subdomain is acmejp'],
      ['en', 'the subdomain will be acmejp'],
      ['en', 'subdomain: acmejp'],
      ['en', 'sub-domain "acmejp".'],
      ['en', 'Subdomain = acmejp'],
      ['sv', 'deldomän acmejp'],
      ['sv', 'deldomänen är acmejp'],
      ['sv', 'subdomänen blir acmejp'],
      ['sv', 'deldomänen ska vara acmejp'],
      ['sv', 'deldomänen: acmejp'],
    ] as const)('%s: "%s" names acmejp', (locale, text) => {
      expect(read(text, locale)).toEqual({ subdomain: 'acmejp' });
    });

    test('the word after the keyword is kept as typed (the step checks it)', () => {
      expect(read('subdomain acme-jp')).toEqual({ subdomain: 'acme-jp' });
    });

    // The regex reader this replaced matched the keyword as the start of a longer
    // word and a connector as the start of the name: "deldomänen är acmejp" gave
    // "en" (held silently in a whole conversation), "subdomain isabel" gave "abel".
    test.each([
      ['en', 'subdomain isabel', { subdomain: 'isabel' }],
      ['sv', 'deldomän ärlig', { subdomain: 'ärlig' }],
      ['en', 'subdomains are unique', {}],
      ['sv', 'deldomänerna är unika', {}],
    ] as const)('%s: "%s" reads whole words only: %j', (locale, text, proposed) => {
      expect(read(text, locale)).toEqual(proposed);
    });
  });

  test('one sentence can answer several questions', () => {
    expect(read('a partner, subscription in Japan, exception platform, subdomain acmejp')).toEqual({
      role: 'partner',
      orderType: 'subscription',
      country: 'JP',
      platform: 'exception',
      subdomain: 'acmejp',
    });
    expect(read('kundadmin, provperiod i Japan, deldomän acmejp', 'sv')).toEqual({
      role: 'customer',
      orderType: 'trial',
      country: 'JP',
      subdomain: 'acmejp',
    });
  });

  describe("the writer's own role in the words admins use", () => {
    test.each([
      ['sv', 'partner här. Prenumeration', 'partner'],
      ['en', 'partner here, trial', 'partner'],
      ['en', "actually we're the customer admin", 'customer'],
      ['sv', 'faktiskt, vi är kundadmin', 'customer'],
      ['en', 'set the role to customer', 'customer'],
      ['en', 'change the role to the partner', 'partner'],
      ['sv', 'ändra roll till partner', 'partner'],
      ['sv', 'byt rollen till kund', 'customer'],
    ] as const)('%s: "%s" states the role %s', (locale, text, role) => {
      expect(read(text, locale).role).toBe(role);
    });

    test.each([
      // "har" (has) is not "här" (here): the partner has something, the writer is not stated.
      ['sv', 'partner har en kund i Japan'],
      ['en', 'the customer is in Japan'],
      ['en', 'send the role description to the customer'],
    ] as const)('%s: "%s" states no role', (locale, text) => {
      expect(read(text, locale).role).toBeUndefined();
    });
  });

  describe('abbreviations count beside other answers only', () => {
    test.each([
      [
        'en',
        "I'm the partner admin doing a sub for a customer in Brazil, vPOP bridge, subdomain brasilco",
        { orderType: 'subscription', role: 'partner', country: 'BR' },
      ],
      [
        'en',
        'customer in the Philippines, sub, std, WxC',
        { orderType: 'subscription', platform: 'standard', telephony: 'webex-calling' },
      ],
      [
        'sv',
        'pren i Japan, std',
        { orderType: 'subscription', platform: 'standard', country: 'JP' },
      ],
    ] as const)('%s: "%s" reads %j', (locale, text, proposed) => {
      expect(read(text, locale)).toEqual(expect.objectContaining(proposed));
    });

    test.each([
      ['en', 'sub'],
      ['en', 'we use WxC'],
      ['sv', 'pren'],
    ] as const)('%s: "%s" alone is too short to be read in a sentence', (locale, text) => {
      expect(read(text, locale)).toEqual({});
    });

    test.each([
      ['en', 'partner in Japan, subdomain acmejp'],
      ['en', 'partner in Japan, the sub domain is acmejp'],
      ['en', 'partner in Japan, subdomain sub'],
    ] as const)('%s: "%s": the subdomain is never read as "sub"', (locale, text) => {
      expect(read(text, locale).orderType).toBeUndefined();
    });
  });

  describe('negation stays within its part of the message', () => {
    test.each([
      ['en', 'no add-on, standard platform please', { pstnAddOn: false, platform: 'standard' }],
      ['sv', 'inget tillägg, standardplattformen tack', { pstnAddOn: false, platform: 'standard' }],
      ['en', 'not the exception platform', {}],
    ] as const)('%s: "%s" reads %j', (locale, text, proposed) => {
      expect(read(text, locale)).toEqual(proposed);
    });
  });

  describe('countries named side by side', () => {
    test.each([
      ['en', "UK was wrong, it's Japan", ['GB', 'JP']],
      ['sv', 'inte Japan, Storbritannien', ['JP', 'GB']],
      ['en', 'Japan', undefined],
    ] as const)('%s: "%s" names the countries %j', (locale, text, countries) => {
      expect(read(text, locale).countries).toEqual(countries);
    });
  });

  test.each([
    ['en', 'hello there'],
    ['en', 'what does this mean?'],
    ['en', 'thanks a lot'],
    ['sv', 'hej hej'],
    ['sv', 'vad betyder det här?'],
  ] as const)('%s: "%s" names nothing', (locale, text) => {
    expect(read(text, locale, true)).toEqual({});
  });
});
