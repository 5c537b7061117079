import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defaultRulesFile, loadRules, parseRules } from '../../provisioning/loadRules';
import { RulesError } from '../../provisioning/rulesError';

type Basis = { source?: string; assumed?: string };
type Rules = { [key: string]: unknown } & {
  sources: Record<string, string>;
  regions: { id: string }[];
  dataCenters: { id: string; basis: Basis }[];
  countries: {
    code: string;
    region: string;
    dataCenter: { id: string; basis: Basis };
    platforms: { id: string; telephony: string[]; basis: Basis }[];
    aliases?: string[];
    basis?: Basis;
  }[];
  pstnAddOn: { countries: string[] };
  subdomain: { allowedPattern: string; minLength: number; maxLength: number };
  assistant?: {
    subdomainHoldHours: number;
    subdomainAlternatives: { candidates: number; offered: number };
  };
};

const FIXTURES = resolve(__dirname, '../fixtures/rules');
const dir = mkdtempSync(join(tmpdir(), 'rules-'));
const shipped = (): Rules => JSON.parse(readFileSync(defaultRulesFile(), 'utf8')) as Rules;

/** Loads `file` and returns the RulesError it must fail with. */
function failure(file: string): RulesError {
  try {
    loadRules(file);
  } catch (error) {
    expect(error).toBeInstanceOf(RulesError);
    return error as RulesError;
  }
  throw new Error(`the broken rules file ${file} was accepted`);
}

/** The shipped rules with one change, written to a file of its own. */
function changedFile(change: (rules: Rules) => void): string {
  const rules = shipped();
  change(rules);
  const file = join(dir, `rules-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(rules, null, 2));
  return file;
}

describe('a broken rules file fails with a message that names the file and the field', () => {
  test('the shipped file is valid', () => {
    expect(() => loadRules()).not.toThrow();
  });

  test.each<[string, (r: Rules) => void, string]>([
    [
      'an unknown region',
      (r) => (r.countries[2]!.region = 'antarctica'),
      'countries[2].region: "antarctica" is not a known region (north-america, latam, emear, apjc)',
    ],
    [
      'a region not listed in regions',
      (r) => (r.regions.length = 1),
      'countries[2].region: "latam" is not a region listed in regions (north-america)',
    ],
    [
      'an unknown data center',
      (r) => (r.countries[3]!.dataCenter.id = 'xx9'),
      'countries[3].dataCenter.id: "xx9" is not a known data center (us1, ca1, eu1, eu2, anz1, jp1, sg1)',
    ],
    [
      'a data center not listed in dataCenters',
      (r) => (r.dataCenters = r.dataCenters.filter((d) => d.id !== 'jp1')),
      'countries[13].dataCenter.id: "jp1" is not a data center listed in dataCenters (us1, ca1, eu1, eu2, anz1, sg1)',
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
      (r) => r.countries.push({ ...r.countries[0]!, aliases: [] }),
      'countries[19]: duplicate country "US"',
    ],
    [
      'a duplicate platform in a country',
      (r) => r.countries[1]!.platforms.push({ ...r.countries[1]!.platforms[0]! }),
      'countries[1].platforms[1]: duplicate platform "standard"',
    ],
    [
      'an unknown platform',
      (r) => (r.countries[0]!.platforms[1]!.id = 'premium'),
      'countries[0].platforms[1].id: "premium" is not a known platform (standard, controlled-ga, exception)',
    ],
    [
      'an unknown telephony option',
      (r) => (r.countries[0]!.platforms[0]!.telephony = ['carrier-pigeon']),
      'countries[0].platforms[0].telephony[0]: "carrier-pigeon" is not a known telephony option',
    ],
    [
      'Webex Contact Center PSTN where the add-on does not exist',
      (r) => r.countries[1]!.platforms[0]!.telephony.push('webex-cc-pstn'),
      'countries[1].platforms[0].telephony[1]: "webex-cc-pstn" needs the PSTN add-on, which does not exist for CA',
    ],
    [
      'an ISO code in the wrong format',
      (r) => (r.countries[0]!.code = 'usa'),
      'countries[0].code: must be an ISO 3166-1 alpha-2 code in capitals, e.g. "JP"',
    ],
    [
      'a code that is no country',
      (r) => (r.countries[1]!.code = 'XX'),
      'countries[1].code: "XX" is no ISO 3166-1 country',
    ],
    [
      'a subdomain pattern that is no regular expression',
      (r) => (r.subdomain.allowedPattern = '^[a-z'),
      'subdomain.allowedPattern: must be a valid regular expression',
    ],
    [
      'a minimum length above the maximum',
      (r) => (r.subdomain.minLength = 100),
      'subdomain.minLength: 100 is greater than maxLength (63)',
    ],
    ['no numbers of the assistant', (r) => delete r.assistant, 'assistant: is missing'],
    [
      'a subdomain hold of no hours',
      (r) => (r.assistant!.subdomainHoldHours = 0),
      'assistant.subdomainHoldHours: Too small: expected number to be >=1',
    ],
    [
      'a subdomain hold in fractions of an hour',
      (r) => (r.assistant!.subdomainHoldHours = 0.5),
      'assistant.subdomainHoldHours: Invalid input: expected int, received number',
    ],
    [
      'more subdomain alternatives offered than proposed',
      (r) => (r.assistant!.subdomainAlternatives.offered = 7),
      'assistant.subdomainAlternatives.offered: 7 is greater than candidates (6)',
    ],
    [
      'a source that is not listed',
      (r) => delete r.sources['data-locality'],
      'countries[0].dataCenter.basis.source: "data-locality" is not listed in sources',
    ],
    [
      'a fact without a basis',
      (r) => delete r.countries[0]!.basis,
      'countries[0].basis: is missing',
    ],
    [
      'a basis that is neither source nor assumption',
      (r) => (r.countries[0]!.platforms[0]!.basis = { source: 'nee1mb6', assumed: 'both at once' }),
      'countries[0].platforms[0].basis: must be { "source": "<id from sources>" } or { "assumed": "<what to verify>" }',
    ],
    [
      'an alias that already names another country',
      (r) => r.countries[0]!.aliases!.push('Mexico'),
      'countries[0].aliases[10]: alias "Mexico" already names MX',
    ],
    [
      'an alias of two countries of the file',
      (r) => (r.countries[1]!.aliases = ['America']),
      'countries[1].aliases[0]: alias "America" is also an alias of US',
    ],
    [
      'a PSTN add-on country that is not in the file',
      (r) => r.pstnAddOn.countries.push('SE'),
      'pstnAddOn.countries[1]: "SE" is not a country of this file',
    ],
    [
      'an unexpected field',
      (r) => (r.colour = 'blue'),
      '(the whole file): unexpected field "colour"',
    ],
  ])('%s', (_name, change, expected) => {
    const file = changedFile(change);
    const error = failure(file);
    expect(error.kind).toBe('invalid');
    expect(error.message).toContain(`rules file ${file} is invalid:\n`);
    expect(error.message).toContain(`\n  - ${expected}`);
  });

  test('every problem is listed, not just the first', () => {
    const error = failure(
      changedFile((r) => {
        r.countries[0]!.dataCenter.id = 'xx9';
        r.countries[1]!.region = 'mars';
      }),
    );
    expect(error.problems).toEqual([
      expect.stringMatching(/^countries\[0\]\.dataCenter\.id: "xx9"/),
      expect.stringMatching(/^countries\[1\]\.region: "mars"/),
    ]);
  });

  test('invalid JSON says so, with the line and column', () => {
    const file = join(FIXTURES, 'not-json.txt');
    const error = failure(file);
    expect(error.kind).toBe('not-json');
    expect(error.message).toMatch(
      new RegExp(`^rules file ${file} is not valid JSON:\\n  - .*\\(line 6, column 1\\)$`),
    );
  });

  test('a file that ends too early says so, with the position of its end', () => {
    const file = join(FIXTURES, 'truncated.txt');
    expect(failure(file).message).toMatch(
      new RegExp(`^rules file ${file} is not valid JSON:\\n  - .*\\(line 1, column 17\\)$`),
    );
  });

  test('a missing file says it does not exist', () => {
    const file = join(dir, 'nowhere.json');
    const error = failure(file);
    expect(error.kind).toBe('missing');
    expect(error.message).toBe(`rules file ${file} does not exist`);
  });

  test('a directory instead of a file cannot be read', () => {
    const error = failure(dir);
    expect(error.kind).toBe('unreadable');
    expect(error.message).toBe(`rules file ${dir} cannot be read:\n  - EISDIR`);
  });

  test('parseRules names the file it was given', () => {
    expect(() => parseRules({ version: 2 }, 'given.json')).toThrow(
      /^rules file given\.json is invalid:\n {2}- version: /,
    );
  });

  test('defaultRulesFile is provisioning/rules.json of the package', () => {
    expect(defaultRulesFile()).toBe(resolve(__dirname, '../../provisioning/rules.json'));
  });
});
