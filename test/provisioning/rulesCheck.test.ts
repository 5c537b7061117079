import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultRulesFile, loadRules, validateRules } from '../../provisioning/loadRules';
import { formatRulesTable, main } from '../../provisioning/rulesCheck';

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(
    args,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const rules = loadRules();
const shippedJson = () =>
  JSON.parse(readFileSync(defaultRulesFile(), 'utf8')) as Record<string, unknown>;
const table = formatRulesTable(validateRules(shippedJson(), 'rules.json'));

describe('the rules:check table', () => {
  test.each(rules.countries().map((c) => [c.code, rules.countryName(c.code, 'en'), c.dataCenter]))(
    '%s (%s) is listed with data center %s',
    (code, name, dataCenter) => {
      expect(table).toMatch(
        new RegExp(`^  ${code} {2}${name}.*\\n\\s+data center: ${dataCenter} `, 'm'),
      );
    },
  );

  test('countries are grouped under their regions, in the order of the file', () => {
    const headings = table.split('\n').filter((l) => /^[a-z-]+$/.test(l));
    expect(headings).toEqual(['north-america', 'latam', 'emear', 'apjc']);
    expect(table.indexOf('  CA  Canada')).toBeLessThan(table.indexOf('\nlatam'));
    expect(table.indexOf('  GB  United Kingdom')).toBeGreaterThan(table.indexOf('\nemear'));
  });

  test('every assumed fact is marked, and only those', () => {
    expect(table).toMatch(
      /KR {2}South Korea\n\s+data center: jp1 \(Japan \(Tokyo\)\) {2}\(assumed: /,
    );
    expect(table).toMatch(/MX {2}Mexico {2}\(assumed: .*LATAM/);
    expect(table).toMatch(/JP {2}Japan\n\s+data center: jp1 \(Japan \(Tokyo\)\)\n/);
    // 6 LATAM countries + 6 LATAM data centers + 5 sg1 + 1 jp1.
    expect(table.match(/\(assumed: /g)).toHaveLength(18);
    expect(table).toContain('18 assumed facts to verify');
  });

  test('platforms show their telephony options and when they may be chosen', () => {
    expect(table).toContain(
      'standard [for subscription orders]: webex-cc-pstn, voice-pop-bridge, webex-calling',
    );
    expect(table).toContain(
      'exception [only on a Cisco Solution Assurance request]: voice-pop, webex-cc-pstn',
    );
    expect(table).toContain(
      'PSTN add-on (webex-cc-pstn applied automatically): US; never for trials',
    );
    expect(table).toContain('subdomain: /^[a-z0-9]+$/, 1-63 characters, reserved: none');
    expect(table).toContain(
      'subdomain held 24 hours for an admin who has not finished; for a taken one up to ' +
        '3 free alternatives of 6 candidates offered; confirmed before held when shorter ' +
        'than 3 or digits only (choices of this assistant)',
    );
  });

  test('an assumption anywhere in the file is marked', () => {
    const data = shippedJson();
    (data.pstnAddOn as { basis: unknown }).basis = { assumed: 'the add-on countries; verify' };
    expect(formatRulesTable(validateRules(data, 'x.json'))).toContain(
      'never for trials  (assumed: the add-on countries; verify)',
    );
  });
});

describe('npm run rules:check', () => {
  test('prints the shipped table and exits 0', () => {
    const { code, out, err } = run([]);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toBe(`${defaultRulesFile()}: valid (19 countries)\n\n${table}`);
  });

  test('exits 1 with the reasons on a broken file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rules-check-')), 'bad.json');
    const data = shippedJson();
    (data.countries as { region: string }[])[0]!.region = 'mars';
    writeFileSync(file, JSON.stringify(data));
    const { code, err, out } = run([file]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe(
      `rules file ${file} is invalid:\n` +
        '  - countries[0].region: "mars" is not a known region (north-america, latam, emear, apjc)',
    );
  });

  test('exits 1 on a missing file', () => {
    const { code, err } = run(['/nonexistent/rules.json']);
    expect(code).toBe(1);
    expect(err).toBe('rules file /nonexistent/rules.json does not exist');
  });
});
