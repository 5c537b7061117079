import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultRulesFile, loadRules } from '../../provisioning/loadRules';
import { RulesError } from '../../provisioning/rulesError';

type Rules = { [key: string]: unknown } & {
  countries: {
    code: string;
    region: string;
    dataCenter: { id: string };
    platforms: { id: string; telephony: string[] }[];
  }[];
  subdomain: { allowedPattern: string; minLength: number; maxLength: number };
  sources: Record<string, string>;
};

const dir = mkdtempSync(join(tmpdir(), 'rules-'));
const shipped = (): Rules => JSON.parse(readFileSync(defaultRulesFile(), 'utf8')) as Rules;

function loadChanged(change: (rules: Rules) => void): RulesError {
  const rules = shipped();
  change(rules);
  return loadText(JSON.stringify(rules));
}

function loadText(
  text: string,
  name = `rules-${Math.random().toString(36).slice(2)}.json`,
): RulesError {
  const file = join(dir, name);
  writeFileSync(file, text);
  try {
    loadRules(file);
  } catch (error) {
    expect(error).toBeInstanceOf(RulesError);
    expect((error as RulesError).message).toContain(file);
    return error as RulesError;
  }
  throw new Error('the broken rules file was accepted');
}

describe('a broken rules file fails with a message that names the file and the field', () => {
  test('the shipped file is valid', () => {
    expect(() => loadRules()).not.toThrow();
  });

  test.each<[string, (r: Rules) => void, string]>([
    ['an unknown region', (r) => (r.countries[2]!.region = 'antarctica'), 'countries[2].region'],
    [
      'a region not listed in regions',
      (r) => ((r.regions as unknown[]).length = 1),
      'countries[2].region: "latam" is not a region listed in regions',
    ],
    [
      'an unknown data center',
      (r) => (r.countries[0]!.dataCenter.id = 'xx9'),
      'countries[0].dataCenter.id',
    ],
    [
      'a data center not listed',
      (r) => (r.dataCenters = (r.dataCenters as { id: string }[]).filter((d) => d.id !== 'jp1')),
      '"jp1" is not a data center listed in dataCenters',
    ],
    [
      'a platform with no telephony option',
      (r) => (r.countries[1]!.platforms[0]!.telephony = []),
      'countries[1].platforms[0].telephony: a platform needs at least one telephony option',
    ],
    [
      'a country with no platform',
      (r) => (r.countries[1]!.platforms = []),
      'countries[1].platforms: a country needs at least one platform',
    ],
    [
      'a duplicate country',
      (r) => r.countries.push({ ...r.countries[0]! }),
      'duplicate country "US"',
    ],
    [
      'a duplicate platform in a country',
      (r) => r.countries[1]!.platforms.push({ ...r.countries[1]!.platforms[0]! }),
      'countries[1].platforms[1]: duplicate platform "standard"',
    ],
    [
      'an unknown telephony option',
      (r) => (r.countries[0]!.platforms[0]!.telephony = ['carrier-pigeon']),
      'countries[0].platforms[0].telephony[0]',
    ],
    [
      'PSTN where the add-on does not exist',
      (r) => r.countries[1]!.platforms[0]!.telephony.push('webex-cc-pstn'),
      'needs the PSTN add-on, which does not exist for CA',
    ],
    [
      'a bad ISO code',
      (r) => (r.countries[0]!.code = 'usa'),
      'countries[0].code: must be an ISO 3166-1 alpha-2 code',
    ],
    [
      'a subdomain pattern that is no regex',
      (r) => (r.subdomain.allowedPattern = '^[a-z'),
      'subdomain.allowedPattern: must be a valid regular expression',
    ],
    [
      'a minimum length above the maximum',
      (r) => (r.subdomain.minLength = 100),
      'subdomain.minLength: is greater than maxLength',
    ],
    [
      'a source that is not listed',
      (r) => delete r.sources['data-locality'],
      '"data-locality" is not listed in sources',
    ],
    [
      'a fact without a basis',
      (r) => delete (r.countries[0] as { basis?: unknown }).basis,
      'countries[0].basis',
    ],
    ['an unexpected field', (r) => (r.colour = 'blue'), 'colour'],
  ])('%s', (_name, change, expected) => {
    expect(loadChanged(change).message).toContain(expected);
  });

  test('invalid JSON says so, with the parser position', () => {
    expect(loadText('{ "version": 1, ').message).toMatch(
      /is not valid JSON: .*(position|end of JSON|Unexpected)/,
    );
  });

  test('a missing file says it does not exist', () => {
    const file = join(dir, 'nowhere.json');
    expect(() => loadRules(file)).toThrow(
      `rules file ${file} is invalid:\n  - the file does not exist`,
    );
  });

  test('every problem is listed, not just the first', () => {
    const error = loadChanged((r) => {
      r.countries[0]!.dataCenter.id = 'xx9';
      r.countries[1]!.region = 'mars';
    });
    expect(error.problems.length).toBeGreaterThanOrEqual(2);
  });
});
