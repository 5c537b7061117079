import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../provisioning/rulesCheck';

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

describe('npm run rules:check', () => {
  test('prints the shipped table country by country, with every assumption marked', () => {
    const { code, out } = run([]);
    expect(code).toBe(0);
    for (const name of [
      'United States',
      'Canada',
      'Mexico',
      'United Kingdom',
      'Japan',
      'South Korea',
      'Vietnam',
    ]) {
      expect(out).toContain(name);
    }
    expect(out).toMatch(
      /KR {2}South Korea\n\s+data center: jp1 \(Japan \(Tokyo\)\) {2}\(assumed: /,
    );
    expect(out).toMatch(/JP {2}Japan\n\s+data center: jp1 \(Japan \(Tokyo\)\)\n/);
    expect(out).toContain(
      'exception [only on a Cisco Solution Assurance request]: voice-pop, webex-cc-pstn',
    );
    expect(out).toContain(
      'PSTN add-on (webex-cc-pstn applied automatically): US; never for trials',
    );
  });

  test('exits 1 with the reasons on a broken file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rules-check-')), 'bad.json');
    writeFileSync(file, JSON.stringify({ version: 1 }));
    const { code, err, out } = run([file]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(file);
    expect(err).toContain('countries');
  });
});
