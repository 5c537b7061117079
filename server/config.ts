import { z } from 'zod';
import { SHIPPED_LANGUAGES } from '../locales/languages';

const optionalText = z
  .string()
  .trim()
  .transform((v) => v || undefined)
  .optional();

/** Every environment variable the server reads (documented in .env.example). */
const configSchema = z
  .object({
    PORT: z.coerce.number().int().min(1).max(65535).default(3978),
    // Unset: loopback without MicrosoftAppId, every interface with it (see listenAddress).
    HOST: optionalText,
    DEFAULT_LOCALE: z
      .string()
      .refine((l) => SHIPPED_LANGUAGES.includes(l), {
        message: `must be one of ${SHIPPED_LANGUAGES.join(', ')}`,
      })
      .default(SHIPPED_LANGUAGES[0]!),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    RULES_FILE: optionalText,
    STATE_STORE: z.enum(['sqlite', 'memory', 'redis']).default('sqlite'),
    STATE_DB: z.string().trim().min(1).default('./data/state.sqlite'),
    REDIS_URL: z
      .url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' })
      .optional()
      .or(z.literal('').transform(() => undefined)),
    REDIS_KEY_PREFIX: z.string().default('wxcc-setup:'),
    STATE_TTL_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
    SUBDOMAINS_TAKEN_FILE: optionalText,
    SUBDOMAIN_CHECK_URL: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .optional()
      .or(z.literal('').transform(() => undefined)),
    SUBDOMAIN_CHECK_TIMEOUT_MS: z.coerce.number().int().min(100).max(10_000).default(3000),
    TURN_TIMEOUT_MS: z.coerce.number().int().min(1000).max(14_000).default(10_000),
    MAX_BODY_KB: z.coerce.number().int().min(16).max(4096).default(256),
    RATE_LIMIT_CONVERSATION_PER_MINUTE: z.coerce.number().int().min(0).default(60),
    RATE_LIMIT_CLIENT_PER_MINUTE: z.coerce.number().int().min(0).default(3000),
    WEBEX_BOT_TOKEN: optionalText,
    WEBEX_WEBHOOK_SECRET: optionalText,
    WEBEX_API_BASE_URL: z.url({ protocol: /^https?$/ }).default('https://webexapis.com/v1'),
    HANDOFF_WEBEX_ROOM_ID: optionalText,
    HANDOFF_CONTACT: optionalText,
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppType: z
      .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'])
      .default('MultiTenant'),
    MicrosoftAppTenantId: optionalText,
  })
  .superRefine((config, ctx) => {
    if (config.STATE_STORE === 'redis' && !config.REDIS_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['REDIS_URL'],
        message: 'is required when STATE_STORE is redis',
      });
    }
    if (config.HANDOFF_WEBEX_ROOM_ID && !config.WEBEX_BOT_TOKEN) {
      ctx.addIssue({
        code: 'custom',
        path: ['HANDOFF_WEBEX_ROOM_ID'],
        message: 'needs WEBEX_BOT_TOKEN (the bot posts handoffs to the room as itself)',
      });
    }
    if (!config.MicrosoftAppId) return;
    if (config.MicrosoftAppType !== 'UserAssignedMSI' && !config.MicrosoftAppPassword) {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppPassword'],
        message:
          'is required when MicrosoftAppId is set (unless MicrosoftAppType is UserAssignedMSI)',
      });
    }
    if (config.MicrosoftAppType !== 'MultiTenant' && !config.MicrosoftAppTenantId) {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppTenantId'],
        message: `is required when MicrosoftAppType is ${config.MicrosoftAppType}`,
      });
    }
  });

export type Config = z.infer<typeof configSchema>;

/** The names of every variable the server reads. */
export function configVariables(): string[] {
  return Object.keys(configSchema.shape);
}

const LOOPBACK = /^(127(\.\d{1,3}){3}|localhost|::1)$/;

/**
 * Where to listen: HOST when set; else loopback without MicrosoftAppId (nothing else may
 * reach an unauthenticated bot) and every interface with it. A HOST off loopback without
 * authentication comes with a warning to print once at start.
 */
export function listenAddress(config: Config): { host: string; warning?: string } {
  const authOn = !!config.MicrosoftAppId;
  const host = config.HOST ?? (authOn ? '0.0.0.0' : '127.0.0.1');
  if (authOn || LOOPBACK.test(host)) return { host };
  return {
    host,
    warning:
      `WARNING: serving unauthenticated traffic on ${host}: anyone who reaches this address ` +
      'can talk to the bot and make it call the serviceUrl they name. Set MicrosoftAppId, or ' +
      'leave HOST unset to listen on 127.0.0.1 only.',
  };
}

export class ConfigError extends Error {}

/** Reads and checks the configuration; a bad value stops start-up with a message that names it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.');
    const value = env[name];
    const shown =
      value === undefined || /password|secret|token/i.test(name) ? '' : ` (got "${value}")`;
    return `  - ${name}${shown}: ${issue.message}`;
  });
  throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
}
