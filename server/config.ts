import { resolve } from 'node:path';
import { z } from 'zod';
import { SHIPPED_LANGUAGES } from '../locales/languages';
import {
  BOT_APP_TYPES,
  LEGACY_DEFAULT_APP_TYPE,
  canonicalAppType,
  identityProblems,
} from './botIdentity';

const optionalText = z
  .string()
  .trim()
  .transform((v) => v || undefined)
  .optional();

/**
 * A whole number written as digits only: "0x10D6", "1e3", "12.0" or " 80" are refused
 * instead of being read as something else than what was written.
 */
function wholeNumber(min: number, max: number, fallback: number) {
  return z
    .string()
    .regex(/^\d+$/, { message: 'must be a whole number written in digits (0-9) only' })
    .transform(Number)
    .pipe(z.number().min(min).max(max))
    .default(fallback);
}

/** Places that are not a file system for data: SQLite hangs or fails there in odd ways. */
const PSEUDO_FILE_SYSTEMS = /^\/(proc|sys|dev)(\/|$)/;

/** Every environment variable the server reads (documented in .env.example). */
const configSchema = z
  .object({
    PORT: wholeNumber(1, 65535, 3978),
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
    STATE_DB: z
      .string()
      .trim()
      .min(1)
      .refine((path) => !PSEUDO_FILE_SYSTEMS.test(resolve(path)), {
        message: 'is under /proc, /sys or /dev, which cannot hold a database file',
      })
      .default('./data/state.sqlite'),
    REDIS_URL: z
      .url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' })
      .optional()
      .or(z.literal('').transform(() => undefined)),
    REDIS_KEY_PREFIX: z.string().default('wxcc-setup:'),
    STATE_TTL_DAYS: wholeNumber(1, 3650, 30),
    SUBDOMAINS_TAKEN_FILE: optionalText,
    SUBDOMAIN_CHECK_URL: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .optional()
      .or(z.literal('').transform(() => undefined)),
    SUBDOMAIN_CHECK_TIMEOUT_MS: wholeNumber(100, 10_000, 3000),
    TURN_TIMEOUT_MS: wholeNumber(1000, 14_000, 10_000),
    MAX_BODY_KB: wholeNumber(16, 4096, 256),
    // Behind one proxy or load balancer every client shares its address: raise it, or 0 (off).
    MAX_CONNECTIONS_PER_ADDRESS: wholeNumber(0, 100_000, 64),
    RATE_LIMIT_CONVERSATION_PER_MINUTE: wholeNumber(0, Number.MAX_SAFE_INTEGER, 60),
    RATE_LIMIT_CLIENT_PER_MINUTE: wholeNumber(0, Number.MAX_SAFE_INTEGER, 3000),
    WEBEX_BOT_TOKEN: optionalText,
    WEBEX_WEBHOOK_SECRET: optionalText,
    WEBEX_API_BASE_URL: z.url({ protocol: /^https?$/ }).default('https://webexapis.com/v1'),
    HANDOFF_WEBEX_ROOM_ID: optionalText,
    HANDOFF_CONTACT: optionalText,
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppType: z.preprocess(
      canonicalAppType,
      z.enum(BOT_APP_TYPES).default(LEGACY_DEFAULT_APP_TYPE),
    ),
    MicrosoftAppTenantId: optionalText,
    OPERATOR_PORT: z.coerce.number().int().min(1).max(65535).default(3979),
    OPERATOR_HOST: z.string().trim().min(1).default('127.0.0.1'),
    OPERATOR_TOKEN: optionalText,
    INSIGHTS_ABANDON_MINUTES: z.coerce.number().int().min(1).max(43_200).default(60),
    INSIGHTS_KEEP_QUESTIONS: z
      .enum(['true', 'false'], { error: 'must be true or false' })
      .default('false')
      .transform((v) => v === 'true'),
    INSIGHTS_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  })
  .superRefine((config, ctx) => {
    if (config.STATE_STORE === 'redis' && !config.REDIS_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['REDIS_URL'],
        message: 'is required when STATE_STORE is redis',
      });
    }
    if (!LOOPBACK.test(config.OPERATOR_HOST) && !config.OPERATOR_TOKEN) {
      ctx.addIssue({
        code: 'custom',
        path: ['OPERATOR_TOKEN'],
        message: `is required when OPERATOR_HOST (${config.OPERATOR_HOST}) is not a loopback address: the operator listener serves /metrics and /insights`,
      });
    }
    if (config.HANDOFF_WEBEX_ROOM_ID && !config.WEBEX_BOT_TOKEN) {
      ctx.addIssue({
        code: 'custom',
        path: ['HANDOFF_WEBEX_ROOM_ID'],
        message: 'needs WEBEX_BOT_TOKEN (the bot posts handoffs to the room as itself)',
      });
    }
    for (const { variable, message } of identityProblems(config)) {
      ctx.addIssue({ code: 'custom', path: [variable], message });
    }
  });

export type Config = z.infer<typeof configSchema>;

/** The names of every variable the server reads. */
export function configVariables(): string[] {
  return Object.keys(configSchema.shape);
}

/** Variables that change nothing unless another one is set too: [variable, when, needs]. */
const DEPENDENT_VARIABLES: [string, (config: Config) => boolean, string][] = [
  ['REDIS_URL', (c) => c.STATE_STORE === 'redis', 'STATE_STORE=redis'],
  ['REDIS_KEY_PREFIX', (c) => c.STATE_STORE === 'redis', 'STATE_STORE=redis'],
  ['STATE_DB', (c) => c.STATE_STORE === 'sqlite', 'STATE_STORE=sqlite (the default)'],
  ['WEBEX_WEBHOOK_SECRET', (c) => !!c.WEBEX_BOT_TOKEN, 'WEBEX_BOT_TOKEN'],
  ['WEBEX_API_BASE_URL', (c) => !!c.WEBEX_BOT_TOKEN, 'WEBEX_BOT_TOKEN'],
  ['SUBDOMAIN_CHECK_TIMEOUT_MS', (c) => !!c.SUBDOMAIN_CHECK_URL, 'SUBDOMAIN_CHECK_URL'],
  ['MicrosoftAppPassword', (c) => !!c.MicrosoftAppId, 'MicrosoftAppId'],
  ['MicrosoftAppTenantId', (c) => !!c.MicrosoftAppId, 'MicrosoftAppId'],
  // MicrosoftAppType is not here: .env.example sets SingleTenant ready for the day an
  // app id is filled in, and a local start from it must not warn.
];

/**
 * One warning for each variable set to something else than its default that has no
 * effect (it needs another one), to print at start: a setting silently ignored is
 * mistaken for one that works. (Defaults, as .env.example lists them, are not warned about.)
 */
export function configWarnings(config: Config, env: NodeJS.ProcessEnv = process.env): string[] {
  const defaults: Record<string, unknown> = configSchema.parse({});
  return DEPENDENT_VARIABLES.filter(([name, when]) => {
    const value = (env[name] ?? '').trim();
    return value !== '' && value !== String(defaults[name] ?? '') && !when(config);
  }).map(([name, , needs]) => `${name} is set but has no effect without ${needs}.`);
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
