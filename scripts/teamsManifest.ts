import { z } from 'zod';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const httpsUrl = z
  .string()
  .max(2048)
  .regex(/^https:\/\//, 'must be an https URL');

/** The manifest fields we use, with the limits of the Teams app manifest schema. */
export const teamsManifestSchema = z.object({
  $schema: z.string(),
  manifestVersion: z.string().regex(/^1\.\d+$/),
  version: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version like 1.0.0')
    .max(256),
  id: z.string().regex(GUID, 'must be the bot app id (a GUID)'),
  developer: z.object({
    name: z.string().min(1).max(32),
    websiteUrl: httpsUrl,
    privacyUrl: httpsUrl,
    termsOfUseUrl: httpsUrl,
  }),
  localizationInfo: z.object({
    defaultLanguageTag: z.string().min(2),
    additionalLanguages: z.array(
      z.object({ languageTag: z.string().min(2), file: z.string().min(1) }),
    ),
  }),
  name: z.object({ short: z.string().min(1).max(30), full: z.string().min(1).max(100) }),
  description: z.object({ short: z.string().min(1).max(80), full: z.string().min(1).max(4000) }),
  icons: z.object({ color: z.string().min(1), outline: z.string().min(1) }),
  accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  bots: z
    .array(
      z.object({
        botId: z.string().regex(GUID, 'must be the bot app id (a GUID)'),
        scopes: z.array(z.enum(['personal', 'team', 'groupChat', 'copilot'])).min(1),
        commandLists: z
          .array(
            z.object({
              scopes: z.array(z.string()),
              commands: z
                .array(
                  z.object({
                    title: z.string().min(1).max(32),
                    description: z.string().min(1).max(128),
                  }),
                )
                .max(10),
            }),
          )
          .optional(),
      }),
    )
    .length(1),
});

/** A localization file: the same length limits for the strings it translates. */
export const teamsLocalizationSchema = z
  .object({
    $schema: z.string(),
    'name.short': z.string().min(1).max(30),
    'name.full': z.string().min(1).max(100),
    'description.short': z.string().min(1).max(80),
    'description.full': z.string().min(1).max(4000),
  })
  .catchall(z.string().max(128));
