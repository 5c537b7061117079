import { readFileSync } from 'node:fs';
import { defaultRulesFile, loadRules, parseRules } from '../../provisioning/loadRules';

const rules = loadRules();

describe('the subdomain check', () => {
  test.each([
    ['acme', 'acme'],
    ['Acme', 'acme'],
    ['  ACMEjp2  ', 'acmejp2'],
    ['a'.repeat(63), 'a'.repeat(63)],
  ])('%j is fine as %j', (text, subdomain) => {
    expect(rules.checkSubdomain(text)).toEqual({ ok: true, subdomain });
  });

  test.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['a'.repeat(64), 'too-long'],
    ['acme corp', 'invalid-characters'],
    ['acme-corp', 'invalid-characters'],
    ['acme.se', 'invalid-characters'],
    ['bjärred', 'invalid-characters'],
    ['аcme', 'invalid-characters'], // Cyrillic "а"
    ['\u212Acme', 'invalid-characters'], // Kelvin sign, which toLowerCase turns into "k"
    ['acme\u0301', 'invalid-characters'], // combining accent
    ['ａｃｍｅ', 'invalid-characters'], // full-width letters
    ['<b>acme</b>', 'invalid-characters'],
  ])('%j: %s', (text, reason) => {
    expect(rules.checkSubdomain(text)).toMatchObject({ ok: false, reason });
  });

  test('reserved names and a minimum length come from the data, not the code', () => {
    const data = JSON.parse(readFileSync(defaultRulesFile(), 'utf8')) as {
      subdomain: Record<string, unknown>;
    };
    data.subdomain.reserved = ['admin', 'Webex'];
    data.subdomain.minLength = 3;
    const strict = parseRules(data, 'strict.json');
    expect(strict.checkSubdomain('ADMIN')).toMatchObject({ ok: false, reason: 'reserved' });
    expect(strict.checkSubdomain('webex')).toMatchObject({ ok: false, reason: 'reserved' });
    expect(strict.checkSubdomain('ab')).toMatchObject({ ok: false, reason: 'too-short' });
    expect(strict.subdomainLimits()).toEqual({ minLength: 3, maxLength: 63 });
    expect(strict.subdomainAlternatives('ad')).not.toContain('ad');
    expect(strict.subdomainAlternatives('webe', 'X')).not.toContain('webex');
  });

  test('alternatives: the country code, "cc", then numbers from 2; at most six (candidates in the file)', () => {
    expect(rules.subdomainAlternatives('Acme', 'JP')).toEqual([
      'acmejp',
      'acmecc',
      'acme2',
      'acme3',
      'acme4',
      'acme5',
    ]);
    expect(rules.subdomainAlternatives('acme')).toEqual([
      'acmecc',
      'acme2',
      'acme3',
      'acme4',
      'acme5',
      'acme6',
    ]);
    expect(rules.subdomainAlternatives('   ')).toEqual([]);
  });

  test('alternatives never repeat the name itself', () => {
    expect(rules.subdomainAlternatives('acmecc')).not.toContain('acmecc');
    expect(rules.subdomainAlternatives('acme2', 'US')).toContain('acme2us');
  });

  test('alternatives are valid, new and distinct; the country code comes first', () => {
    const alternatives = rules.subdomainAlternatives('acme', 'JP');
    expect(alternatives[0]).toBe('acmejp');
    expect(alternatives).not.toContain('acme');
    expect(new Set(alternatives).size).toBe(alternatives.length);
    for (const alt of alternatives) expect(rules.checkSubdomain(alt).ok).toBe(true);
  });

  test('alternatives of a 63-character name still fit', () => {
    const long = 'a'.repeat(63);
    const alternatives = rules.subdomainAlternatives(long, 'US');
    expect(alternatives[0]).toBe('a'.repeat(61) + 'us');
    expect(alternatives).toHaveLength(6);
    for (const alt of alternatives) expect(rules.checkSubdomain(alt).ok).toBe(true);
  });
});
