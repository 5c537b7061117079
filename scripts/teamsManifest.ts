import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import { z } from 'zod';

/**
 * The manifest fields the packaging reads. Every limit (lengths, the id pattern, required
 * properties) is checked by Microsoft's own schema first (officialSchemaProblems).
 */
export const manifestVersionSchema = z.object({
  manifestVersion: z.string().regex(/^1\.\d+$/, 'must be a version like 1.22'),
});

export const teamsManifestSchema = manifestVersionSchema.extend({
  localizationInfo: z
    .object({
      additionalLanguages: z.array(z.object({ file: z.string().min(1) })).default([]),
    })
    .optional(),
  icons: z.object({ color: z.string().min(1), outline: z.string().min(1) }),
});

export type TeamsManifest = z.infer<typeof teamsManifestSchema>;

/** The official schema address for a manifest version (shipped inside @microsoft/app-manifest). */
export function officialSchemaUrl(manifestVersion: string): string {
  return `https://developer.microsoft.com/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.schema.json`;
}

/** A localization file: the length limits of the strings it translates. */
export const teamsLocalizationSchema = z
  .object({
    $schema: z.string(),
    'name.short': z.string().min(1).max(30),
    'name.full': z.string().min(1).max(100),
    'description.short': z.string().min(1).max(80),
    'description.full': z.string().min(1).max(4000),
  })
  .catchall(z.string().max(128));

/**
 * What Microsoft's validator (`@microsoft/app-manifest`, AppManifestUtils) says about a
 * manifest, against the schema of the manifest version in use. The
 * schema comes from the package itself: `$schema` must be the official address of that
 * version, so nothing is fetched.
 */
export async function officialSchemaProblems(
  document: unknown,
  manifestVersion: string,
): Promise<string[]> {
  const expected = officialSchemaUrl(manifestVersion);
  const declared = (document as { $schema?: unknown } | null)?.$schema;
  if (declared !== expected) return [`/$schema must be ${expected} (got ${String(declared)})`];
  const schema = await AppManifestUtils.fetchSchema(expected);
  return AppManifestUtils.validateAgainstSchema(document as AppManifest, schema);
}
