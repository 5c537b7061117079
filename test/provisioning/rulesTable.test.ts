import { readFileSync } from 'node:fs';
import { defaultRulesFile, loadRules } from '../../provisioning/loadRules';
import type { PlatformId, TelephonyId } from '../../provisioning/identifiers';

const rules = loadRules();
const APJC = ['AU', 'NZ', 'SG', 'ID', 'JP', 'MY', 'PH', 'KR', 'TH', 'VN'];
const LATAM = ['MX', 'BR', 'AR', 'CL', 'CO', 'PE'];

/** The table of the source document, row by row: country, platform, telephony options in the source's order. */
const TABLE: [string, PlatformId, TelephonyId[]][] = [
  ['US', 'standard', ['webex-cc-pstn', 'voice-pop-bridge', 'webex-calling']],
  ['US', 'controlled-ga', ['webex-cc-pstn', 'voice-pop-bridge', 'webex-calling']],
  ['US', 'exception', ['voice-pop', 'webex-cc-pstn']],
  ['CA', 'standard', ['voice-pop']],
  ...LATAM.map((c): [string, PlatformId, TelephonyId[]] => [
    c,
    'standard',
    ['voice-pop-bridge', 'webex-calling'],
  ]),
  ['GB', 'standard', ['voice-pop-bridge', 'webex-calling']],
  ['GB', 'exception', ['voice-pop']],
  ...APJC.flatMap((c): [string, PlatformId, TelephonyId[]][] => [
    [c, 'standard', ['voice-pop-bridge', 'webex-calling']],
    [c, 'exception', ['voice-pop']],
  ]),
];

describe('the country / platform / telephony table', () => {
  test.each(TABLE)('%s %s offers %j', (code, platform, telephony) => {
    const offered = rules.platformsOf(code).find((p) => p.id === platform);
    expect(offered?.telephony).toEqual(telephony);
  });

  test.each([...new Set(TABLE.map(([code]) => code))])(
    '%s offers exactly the platforms of the table',
    (code) => {
      const expected = TABLE.filter(([c]) => c === code).map(([, platform]) => platform);
      expect(rules.platformsOf(code).map((p) => p.id)).toEqual(expected);
    },
  );

  test('the rules hold exactly the countries of the table', () => {
    expect(
      rules
        .countries()
        .map((c) => c.code)
        .sort(),
    ).toEqual([...new Set(TABLE.map(([c]) => c))].sort());
  });

  test.each([
    ['US', 'north-america', 'us1'],
    ['CA', 'north-america', 'ca1'],
    ...LATAM.map((c) => [c, 'latam', 'us1']),
    ['GB', 'emear', 'eu1'],
    ['AU', 'apjc', 'anz1'],
    ['NZ', 'apjc', 'anz1'],
    ['SG', 'apjc', 'sg1'],
    ['JP', 'apjc', 'jp1'],
    ['KR', 'apjc', 'jp1'],
    ...['ID', 'MY', 'PH', 'TH', 'VN'].map((c) => [c, 'apjc', 'sg1']),
  ])('%s is in region %s, data center %s', (code, region, dataCenter) => {
    expect(rules.country(code)?.region).toBe(region);
    expect(rules.dataCenterOf(code).id).toBe(dataCenter);
  });

  test('Standard is the platform for subscriptions; Controlled GA and Exception need Solution Assurance', () => {
    const us = rules.platformsOf('US');
    expect(us.map((p) => [p.id, p.forSubscriptions, p.requiresSolutionAssurance])).toEqual([
      ['standard', true, false],
      ['controlled-ga', false, true],
      ['exception', false, true],
    ]);
  });
});

describe('negative rules', () => {
  const others = rules.countries().filter((c) => c.code !== 'US');

  test.each(others.map((c) => c.code))('no Controlled GA in %s', (code) => {
    expect(rules.platformsOf(code).map((p) => p.id)).not.toContain('controlled-ga');
  });

  test.each(['CA', ...LATAM])('no Exception platform in %s', (code) => {
    expect(rules.platformsOf(code).map((p) => p.id)).not.toContain('exception');
  });

  test.each(others.map((c) => c.code))(
    'no PSTN add-on and no Webex Contact Center PSTN in %s',
    (code) => {
      expect(rules.pstnAddOnAvailable(code, 'subscription')).toBe(false);
      for (const platform of rules.platformsOf(code)) {
        const choice = rules.telephonyOptions({
          country: code,
          platform: platform.id,
          orderType: 'subscription',
          pstnAddOn: true,
        });
        expect(choice.options).not.toContain('webex-cc-pstn');
        expect(choice.automatic?.reason).not.toBe('pstn-add-on');
      }
    },
  );

  test.each(['standard', 'controlled-ga', 'exception'] as const)(
    'a US trial never gets Webex Contact Center PSTN (%s)',
    (platform) => {
      expect(rules.pstnAddOnAvailable('US', 'trial')).toBe(false);
      const choice = rules.telephonyOptions({
        country: 'US',
        platform,
        orderType: 'trial',
        pstnAddOn: true,
      });
      expect(choice.options).not.toContain('webex-cc-pstn');
    },
  );

  test.each(['standard', 'controlled-ga', 'exception'] as const)(
    'a US subscription with the add-on gets Webex Contact Center PSTN automatically (%s)',
    (platform) => {
      expect(rules.pstnAddOnAvailable('US', 'subscription')).toBe(true);
      const choice = rules.telephonyOptions({
        country: 'US',
        platform,
        orderType: 'subscription',
        pstnAddOn: true,
      });
      expect(choice.automatic).toEqual({ id: 'webex-cc-pstn', reason: 'pstn-add-on' });
      expect(choice.options).toEqual(
        rules.platformsOf('US').find((p) => p.id === platform)!.telephony,
      );
    },
  );

  test.each(['standard', 'controlled-ga'] as const)(
    'a US subscription without the add-on chooses among the other options (%s)',
    (platform) => {
      const choice = rules.telephonyOptions({
        country: 'US',
        platform,
        orderType: 'subscription',
        pstnAddOn: false,
      });
      expect(choice).toEqual({ options: ['voice-pop-bridge', 'webex-calling'] });
    },
  );

  test('a US trial with the add-on flag set chooses as if there were no add-on', () => {
    const choice = rules.telephonyOptions({
      country: 'US',
      platform: 'standard',
      orderType: 'trial',
      pstnAddOn: true,
    });
    expect(choice).toEqual({ options: ['voice-pop-bridge', 'webex-calling'] });
  });

  test('the US Exception platform without the add-on leaves Voice POP as the only option', () => {
    const choice = rules.telephonyOptions({
      country: 'US',
      platform: 'exception',
      orderType: 'trial',
      pstnAddOn: false,
    });
    expect(choice).toEqual({
      options: ['voice-pop'],
      automatic: { id: 'voice-pop', reason: 'only-option' },
    });
  });

  test.each(['trial', 'subscription'] as const)(
    'Canada has a single telephony option (%s)',
    (orderType) => {
      const choice = rules.telephonyOptions({
        country: 'CA',
        platform: 'standard',
        orderType,
        pstnAddOn: false,
      });
      expect(choice).toEqual({
        options: ['voice-pop'],
        automatic: { id: 'voice-pop', reason: 'only-option' },
      });
    },
  );

  test('asking for a platform a country does not have is a programming error', () => {
    expect(() =>
      rules.telephonyOptions({
        country: 'CA',
        platform: 'exception',
        orderType: 'trial',
        pstnAddOn: false,
      }),
    ).toThrow('CA has no exception platform');
    expect(() => rules.platformsOf('SE')).toThrow('SE is not in the rules');
    expect(() => rules.dataCenterOf('DE')).toThrow('DE is not in the rules');
    expect(() =>
      rules.telephonyOptions({
        country: 'IN',
        platform: 'standard',
        orderType: 'trial',
        pstnAddOn: false,
      }),
    ).toThrow('IN is not in the rules');
  });
});

describe('what is confirmed and what is assumed', () => {
  const assumed = (basis: object) => 'assumed' in basis;

  test('the assumed data centers are exactly those of the facts page, section 4', () => {
    const assumedDataCenters = rules
      .countries()
      .filter((c) => assumed(rules.dataCenterOf(c.code).basis))
      .map((c) => c.code);
    expect(assumedDataCenters.sort()).toEqual(
      [...LATAM, 'ID', 'MY', 'PH', 'TH', 'VN', 'KR'].sort(),
    );
  });

  test('the LATAM country list is marked as assumed; every other country is sourced', () => {
    const assumedCountries = rules
      .countries()
      .filter((c) => assumed(c.basis))
      .map((c) => c.code);
    expect(assumedCountries.sort()).toEqual([...LATAM].sort());
  });

  test('every platform row comes from the source document', () => {
    for (const country of rules.countries()) {
      for (const platform of country.platforms)
        expect(platform.basis).toEqual({ source: 'nee1mb6' });
    }
  });

  test('nothing else in the file is assumed', () => {
    const assumedPaths: string[] = [];
    const visit = (value: unknown, path: string): void => {
      if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${path}[${i}]`));
      if (!value || typeof value !== 'object') return;
      for (const [key, child] of Object.entries(value)) {
        if (key === 'basis' && 'assumed' in (child as object)) assumedPaths.push(path);
        else visit(child, `${path}.${key}`);
      }
    };
    visit(JSON.parse(readFileSync(defaultRulesFile(), 'utf8')), '');
    const codes = rules.countries().map((c) => c.code);
    const at = (code: string) => `.countries[${codes.indexOf(code)}]`;
    expect(assumedPaths.sort()).toEqual(
      [
        ...LATAM.map(at),
        ...[...LATAM, 'ID', 'MY', 'PH', 'TH', 'VN', 'KR'].map((c) => `${at(c)}.dataCenter`),
      ].sort(),
    );
  });

  test('every assumption says what to verify', () => {
    for (const country of rules.countries()) {
      for (const basis of [country.basis, rules.dataCenterOf(country.code).basis]) {
        if ('assumed' in basis) expect(basis.assumed).toMatch(/verify/);
      }
    }
  });
});
