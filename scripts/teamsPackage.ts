import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { z } from 'zod';
import {
  manifestVersionSchema,
  officialSchemaProblems,
  teamsLocalizationSchema,
  teamsManifestSchema,
} from './teamsManifest';

const BOT_ID_PLACEHOLDER = '${{BOT_ID}}';

export interface PackageResult {
  file: string;
  entries: string[];
}

/**
 * Builds the Teams app package: the manifest with the bot id filled in, checked with
 * Microsoft's validator against the schema of its manifest version (lengths, the id,
 * required fields), and the icon files and sizes, before anything is written.
 */
export async function buildTeamsPackage(
  appDir: string,
  botId: string,
  outFile: string,
): Promise<PackageResult> {
  const manifestText = readFileSync(join(appDir, 'manifest.json'), 'utf8')
    .split(BOT_ID_PLACEHOLDER)
    .join(botId);
  const document: unknown = JSON.parse(manifestText);
  const version = check(manifestVersionSchema, document, 'manifest.json').manifestVersion;
  report(await officialSchemaProblems(document, version), 'manifest.json', version);
  const manifest = check(teamsManifestSchema, document, 'manifest.json');
  const files: Record<string, Uint8Array> = { 'manifest.json': Buffer.from(manifestText) };
  for (const { file } of manifest.localizationInfo?.additionalLanguages ?? []) {
    const text = readFileSync(join(appDir, file), 'utf8');
    // The official localization schema (v1.22) has a pattern that ajv cannot compile in
    // unicode mode, so @microsoft/app-manifest cannot check it: the lengths are ours.
    check(teamsLocalizationSchema, JSON.parse(text), file);
    files[file] = Buffer.from(text);
  }
  files[manifest.icons.color] = icon(appDir, manifest.icons.color, 192);
  files[manifest.icons.outline] = icon(appDir, manifest.icons.outline, 32);
  mkdirSync(join(outFile, '..'), { recursive: true });
  writeFileSync(outFile, zipSync(files, { level: 9 }));
  return { file: outFile, entries: Object.keys(files) };
}

/** Stops with the validator's own messages, one a line. */
function report(problems: string[], file: string, version: string): void {
  if (!problems.length) return;
  const lines = problems.map((p) => `  - ${p}`).join('\n');
  throw new Error(
    `${file} is invalid (Microsoft's Teams app manifest schema v${version}, @microsoft/app-manifest):\n${lines}`,
  );
}

function check<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`,
  );
  throw new Error(`${file} is invalid:\n${problems.join('\n')}`);
}

/** A PNG of exactly size x size pixels (width and height from its IHDR chunk). */
function icon(appDir: string, file: string, size: number): Buffer {
  const path = join(appDir, file);
  if (!existsSync(path)) throw new Error(`${file} is missing (the manifest names it as an icon)`);
  const png = readFileSync(path);
  const isPng = png.subarray(1, 4).toString('ascii') === 'PNG';
  const width = isPng ? png.readUInt32BE(16) : 0;
  const height = isPng ? png.readUInt32BE(20) : 0;
  if (width !== size || height !== size) {
    throw new Error(
      `${file} must be a ${size}x${size} PNG (it is ${isPng ? `${width}x${height}` : 'not a PNG'})`,
    );
  }
  return png;
}

/** `npm run teams:package [-- --bot-id GUID]`: the bot id comes from --bot-id, else MicrosoftAppId. */
async function main(argv: string[]): Promise<number> {
  const i = argv.indexOf('--bot-id');
  const botId = (i >= 0 ? argv[i + 1] : undefined) ?? process.env.MicrosoftAppId ?? '';
  if (!botId) {
    console.error(
      'Give the bot id: npm run teams:package -- --bot-id <MicrosoftAppId>, or set MicrosoftAppId',
    );
    return 2;
  }
  const root = join(__dirname, '..', '..');
  try {
    const result = await buildTeamsPackage(
      join(root, 'appPackage'),
      botId,
      join(root, 'appPackage', 'build', 'appPackage.zip'),
    );
    console.log(`wrote ${result.file} (${result.entries.join(', ')})`);
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
}

if (require.main === module) void main(process.argv.slice(2)).then((code) => process.exit(code));
