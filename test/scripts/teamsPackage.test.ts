import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';

const APP = join(__dirname, '..', '..', 'appPackage');
const BOT_ID = '8f0e5a4c-1b2d-4c3e-9f8a-0123456789ab';

/** The parts of manifest.json the tests change. */
interface ManifestJson {
  $schema: string;
  name: { short: string };
  icons: { color?: string; outline?: string };
}

interface PackageCase {
  appDir: string;
  botId: string;
  out: string;
}

/** A copy of appPackage/ with its manifest changed by `change`, and where its zip would go. */
function caseOf(change: (manifest: ManifestJson) => void = () => undefined, botId = BOT_ID) {
  const appDir = mkdtempSync(join(tmpdir(), 'app-'));
  cpSync(APP, appDir, { recursive: true });
  rmSync(join(appDir, 'build'), { recursive: true, force: true });
  const manifest = JSON.parse(readFileSync(join(appDir, 'manifest.json'), 'utf8')) as ManifestJson;
  change(manifest);
  writeFileSync(join(appDir, 'manifest.json'), JSON.stringify(manifest));
  return { appDir, botId, out: join(appDir, 'out.zip') };
}

/** Builds every case in one node process (see fixtures/packageCases.js). */
function build(cases: PackageCase[]): { entries?: string[]; error?: string }[] {
  const output = execFileSync(
    process.execPath,
    [
      '--require',
      join(__dirname, '..', 'state', 'fixtures', 'tsRequire.js'),
      join(__dirname, 'fixtures', 'packageCases.js'),
      JSON.stringify(cases),
    ],
    { encoding: 'utf8' },
  );
  return output
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { entries?: string[]; error?: string });
}

describe('npm run teams:package', () => {
  const cases = {
    good: caseOf(),
    all: caseOf((m) => {
      m.name.short = 'A name that is far too long for Teams';
      delete m.icons.outline;
    }, 'not-a-guid'),
    badId: caseOf(undefined, 'not-a-guid'),
    longName: caseOf((m) => (m.name.short = 'x'.repeat(31))),
    noColorIcon: caseOf((m) => delete m.icons.color),
    otherSchema: caseOf((m) => (m.$schema = 'https://example.com/other.schema.json')),
    smallColor: caseOf(),
    missingOutline: caseOf(),
  };
  cpSync(join(APP, 'outline.png'), join(cases.smallColor.appDir, 'color.png'));
  rmSync(join(cases.missingOutline.appDir, 'outline.png'));
  const names = Object.keys(cases) as (keyof typeof cases)[];
  let results: Record<keyof typeof cases, { entries?: string[]; error?: string }>;
  beforeAll(() => {
    const list = build(names.map((name) => cases[name]));
    results = Object.fromEntries(names.map((name, i) => [name, list[i]!])) as typeof results;
  }, 30_000);

  test('writes a zip with the manifest (bot id filled in), the Swedish localization and both icons', () => {
    expect(results.good.error).toBeUndefined();
    const files = unzipSync(readFileSync(cases.good.out));
    expect(Object.keys(files).sort()).toEqual([
      'color.png',
      'manifest.json',
      'outline.png',
      'sv-se.json',
    ]);
    const manifest = JSON.parse(Buffer.from(files['manifest.json']!).toString('utf8')) as {
      id: string;
      bots: { botId: string; scopes: string[] }[];
    };
    expect(manifest.id).toBe(BOT_ID);
    expect(manifest.bots[0]).toMatchObject({
      botId: BOT_ID,
      scopes: ['personal', 'team', 'groupChat'],
    });
  });

  test("a bad id, a too-long name and a missing icon fail with Microsoft's validator's messages, and nothing is written", () => {
    const message = results.all.error!;
    expect(message).toContain(
      "manifest.json is invalid (Microsoft's Teams app manifest schema v1.22, @microsoft/app-manifest)",
    );
    expect(message).toContain('  - /id must match pattern');
    expect(message).toContain('  - /name/short must NOT have more than 30 characters');
    expect(message).toContain("  - /icons must have required property 'outline'");
    expect(existsSync(cases.all.out)).toBe(false);
  });

  test('each alone fails too', () => {
    expect(results.badId.error).toContain('/id must match pattern');
    expect(results.longName.error).toContain('/name/short must NOT have more than 30 characters');
    expect(results.noColorIcon.error).toContain("/icons must have required property 'color'");
  });

  test('the schema is the one shipped for the manifest version (nothing is fetched)', () => {
    expect(results.otherSchema.error).toContain(
      '/$schema must be https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json',
    );
  });

  test('checks the icon files and their sizes', () => {
    expect(results.smallColor.error).toBe('color.png must be a 192x192 PNG (it is 32x32)');
    expect(results.missingOutline.error).toBe(
      'outline.png is missing (the manifest names it as an icon)',
    );
  });
});
