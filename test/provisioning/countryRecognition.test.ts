import { loadRules } from '../../provisioning/loadRules';

const rules = loadRules();
const code = (text: string) => {
  const match = rules.findCountry(text);
  return match.kind === 'supported'
    ? match.country.code
    : match.kind === 'unsupported'
      ? `unsupported:${match.code}`
      : 'unknown';
};
const codeInText = (text: string) => {
  const match = rules.findCountryInText(text);
  return match.kind === 'supported'
    ? match.country.code
    : match.kind === 'unsupported'
      ? `unsupported:${match.code}`
      : 'unknown';
};

describe('recognizing a supported country', () => {
  test.each(
    rules
      .countries()
      .map((c) => [c.code, rules.countryName(c.code, 'en'), rules.countryName(c.code, 'sv')]),
  )('%s by its English name (%s), Swedish name (%s) and code', (iso, english, swedish) => {
    expect(code(english)).toBe(iso);
    expect(code(swedish)).toBe(iso);
    expect(code(iso)).toBe(iso);
    expect(code(iso.toLowerCase())).toBe(iso);
  });

  test.each([
    ['USA', 'US'],
    ['Kanada', 'CA'],
    ['Storbritannien', 'GB'],
    ['Australien', 'AU'],
    ['Nya Zeeland', 'NZ'],
    ['Singapore', 'SG'],
    ['Indonesien', 'ID'],
    ['Japan', 'JP'],
    ['Malaysia', 'MY'],
    ['Filippinerna', 'PH'],
    ['Sydkorea', 'KR'],
    ['Thailand', 'TH'],
    ['Vietnam', 'VN'],
  ])('the source document calls it %s', (name, iso) => {
    expect(code(name)).toBe(iso);
  });

  test.each([
    ['US', 'US'],
    ['usa', 'US'],
    ['United States', 'US'],
    ['United States of America', 'US'],
    ['U.S.A.', 'US'],
    ['UK', 'GB'],
    ['uk', 'GB'],
    ['Great Britain', 'GB'],
    ['England', 'GB'],
    ['Korea', 'KR'],
    ['Republic of Korea', 'KR'],
    ['South Korea', 'KR'],
    ['Viet Nam', 'VN'],
    ['Britain', 'GB'],
    ['Förenta staterna', 'US'],
    ['Amerika', 'US'],
    ['the UK', 'GB'],
    ['The United States', 'US'],
    ['the Philippines', 'PH'],
    ['Brasil', 'BR'],
  ])('alias %s', (alias, iso) => {
    expect(code(alias)).toBe(iso);
  });

  test.each([
    ['  JAPAN  ', 'JP'],
    ['nya   zeeland', 'NZ'],
    ['Nya Zeeland.', 'NZ'],
    ['Sydkorea ', 'KR'],
    ['SYDKOREA', 'KR'],
    ['new-zealand', 'NZ'],
    ['me\u0301xico', 'MX'],
    ['Me\u0301xico', 'MX'],
    ['\u0053\u0074\u006f\u0072\u0062\u0072\u0069\u0074\u0061\u006e\u006e\u0069\u0065\u006e', 'GB'],
  ])('ignoring case, spaces and punctuation: %j', (text, iso) => {
    expect(code(text)).toBe(iso);
  });

  test.each([
    ['Japn', 'JP'],
    ['Kanda', 'CA'],
    ['Storbritanien', 'GB'],
    ['Filipinerna', 'PH'],
    ['Singapur', 'SG'],
  ])('a small typo: %s', (typo, iso) => {
    const match = rules.findCountry(typo);
    expect(match).toMatchObject({ kind: 'supported', exact: false, country: { code: iso } });
  });
});

describe('countries the rules do not cover, and text that is no country', () => {
  test.each([
    ['Sweden', 'SE'],
    ['Sverige', 'SE'],
    ['Germany', 'DE'],
    ['Tyskland', 'DE'],
    ['India', 'IN'],
    ['Indien', 'IN'],
    ['France', 'FR'],
    ['Norge', 'NO'],
  ])('%s is recognized and not supported', (name, iso) => {
    expect(rules.findCountry(name)).toEqual({ kind: 'unsupported', code: iso });
  });

  test('decomposed Unicode matches the composed name: "A" + combining ring is Åland', () => {
    expect(rules.findCountry('A\u030Aland')).toEqual({ kind: 'unsupported', code: 'AX' });
    expect(rules.findCountry('\u00C5land')).toEqual({ kind: 'unsupported', code: 'AX' });
    expect(rules.findCountry('O\u0308sterrike')).toEqual({ kind: 'unsupported', code: 'AT' });
  });

  test.each([
    ['NO', 'NO'],
    ['IN', 'IN'],
    ['SE', 'SE'],
  ])('an unsupported country by its code in capitals: %s', (text, iso) => {
    expect(rules.findCountry(text)).toEqual({ kind: 'unsupported', code: iso });
  });

  test.each(['no', 'in', 'sv', 'it', 'ok'])(
    'a lower-case word that is only an unsupported code is not a country: %s',
    (text) => {
      expect(rules.findCountry(text)).toEqual({ kind: 'unknown' });
    },
  );

  test('a typo is only tolerated when one country is closest', () => {
    expect(rules.findCountry('Swedn')).toEqual({ kind: 'unsupported', code: 'SE' });
    expect(rules.findCountry('Japan')).toMatchObject({ kind: 'supported', exact: true });
    // "Mali" and "Malta" are both one edit away from "Malia".
    expect(rules.findCountry('Malia')).toEqual({ kind: 'unknown' });
    // Three letters: no typo is tolerated.
    expect(rules.findCountry('Jap')).toEqual({ kind: 'unknown' });
  });

  test.each(['blorp', '', '   ', 'yes', 'ja', 'nej', 'partner', '12345', 'xx', '🙂'])(
    '%j is unknown',
    (text) => {
      expect(rules.findCountry(text)).toEqual({ kind: 'unknown' });
    },
  );

  test('the supported countries are grouped by region in the order of the table', () => {
    expect(
      rules.countriesByRegion().map((r) => [r.region, r.countries.map((c) => c.code)]),
    ).toEqual([
      ['north-america', ['US', 'CA']],
      ['latam', ['MX', 'BR', 'AR', 'CL', 'CO', 'PE']],
      ['emear', ['GB']],
      ['apjc', ['AU', 'NZ', 'SG', 'ID', 'JP', 'MY', 'PH', 'KR', 'TH', 'VN']],
    ]);
  });
});

describe('a country inside a sentence', () => {
  test.each([
    ["I'm a partner setting up a subscription in Japan, subdomain acmejp", 'JP'],
    ['Jag är kundadministratör och vill sätta upp en provperiod i Kanada', 'CA'],
    ['a trial in the United States please', 'US'],
    ['en prenumeration i Nya Zeeland', 'NZ'],
    ['partner, trial, United Kingdom', 'GB'],
    ['trial in the US', 'US'],
    ['subscription for our UK office', 'GB'],
    ['setting it up in Germany', 'unsupported:DE'],
    ['vi vill sätta upp det i Tyskland', 'unsupported:DE'],
    ['Vi är i Storbritannien', 'GB'],
    ['a subscription in the U.S. please', 'US'],
    ['trial, USA', 'US'],
    ['prenumeration i Sydkorea, deldomän acmekr', 'KR'],
    ['Jordan here, setting up a trial in Japan', 'JP'],
    ['We are in Papua New Guinea', 'unsupported:PG'],
    ['in A\u030Aland', 'unsupported:AX'],
  ])('%s', (sentence, expected) => {
    expect(codeInText(sentence)).toBe(expected);
  });

  test.each([
    'let us set up a trial',
    'I am in a meeting',
    'NO',
    'IN',
    'let us go in',
    'us',
    'jp',
    'I AM SETTING UP MY TRIAL',
    'is it ok to choose standard?',
    'acmejp',
    'Japn please',
  ])('no country in %j', (sentence) => {
    expect(rules.findCountryInText(sentence)).toEqual({ kind: 'unknown' });
  });
});
