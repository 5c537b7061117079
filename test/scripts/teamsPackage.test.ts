import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { buildTeamsPackage } from '../../scripts/teamsPackage';

const APP = join(__dirname, '..', '..', 'appPackage');
const BOT_ID = '8f0e5a4c-1b2d-4c3e-9f8a-0123456789ab';

function copyOfAppPackage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'app-'));
  cpSync(APP, dir, { recursive: true });
  return dir;
}

describe('npm run teams:package', () => {
  test('writes a zip with the manifest (bot id filled in), the Swedish localization and both icons', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'pkg-')), 'app.zip');
    buildTeamsPackage(APP, BOT_ID, out);
    const files = unzipSync(readFileSync(out));
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

  test('refuses a bot id that is not a GUID', () => {
    expect(() => buildTeamsPackage(APP, 'not-a-guid', join(tmpdir(), 'x.zip'))).toThrow(
      'must be the bot app id (a GUID)',
    );
  });

  test('checks lengths before writing anything', () => {
    const dir = copyOfAppPackage();
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      name: { short: string };
    };
    manifest.name.short = 'A name that is far too long for Teams';
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    expect(() => buildTeamsPackage(dir, BOT_ID, join(dir, 'out.zip'))).toThrow(
      /manifest.json is invalid:\n {2}- name.short/,
    );
  });

  test('checks the icon sizes', () => {
    const dir = copyOfAppPackage();
    cpSync(join(dir, 'outline.png'), join(dir, 'color.png'));
    expect(() => buildTeamsPackage(dir, BOT_ID, join(dir, 'out.zip'))).toThrow(
      'color.png must be a 192x192 PNG (it is 32x32)',
    );
  });
});
