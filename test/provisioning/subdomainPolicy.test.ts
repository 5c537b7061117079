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
    for (const alt of rules.subdomainAlternatives(long, 'US'))
      expect(alt.length).toBeLessThanOrEqual(63);
  });
});
