import { readFileSync } from 'node:fs';
import { loadKnowledgeSearch, type KnowledgeSearch } from '../knowledge/knowledgeSearch';
import { loadRules } from '../provisioning/loadRules';
import type { ProvisioningRules } from '../provisioning/provisioningRules';
import { HttpSubdomainCheck } from '../state/httpSubdomainCheck';
import { openMemoryStores, openRedisStores, openSqliteStores, type Stores } from '../state/stores';
import type { Logger } from '../bot/logger';
import { SetupBot } from '../bot/setupBot';
import { Translators } from '../bot/translators';
import { channelProfiles } from '../channels/channelList';
import type { Config } from './config';
import { unredacted } from './logger';
import { Metrics } from './metrics';
import { CountingStorage } from '../state/countingStorage';
import { InsightsReader } from '../insights/insightsReader';
import { STEPS } from '../dialogs/setupDraft';
import { ContactOnlyDesk, type SupportDesk } from '../dialogs/handoff/supportDesk';

export interface BotParts {
  rules: ProvisioningRules;
  stores: Stores;
  bot: SetupBot;
  metrics: Metrics;
  insights: InsightsReader;
  translators: Translators;
}

export interface BotOverrides {
  rules?: ProvisioningRules;
  knowledge?: KnowledgeSearch;
  stores?: Stores;
  /** The insights' clock (tests move it forward to see attempts abandoned). */
  insightsNow?: () => number;
  /** One i18next instance per process: the channels' support desks share it. */
  translators?: Translators;
  /** Where handoffs to a person go (the channels' support desks: server/app.ts). */
  supportDesk?: SupportDesk;
}

/** Builds the bot from configuration. Tests pass their own parts to replace any of them. */
export function composeBot(config: Config, log: Logger, overrides: BotOverrides = {}): BotParts {
  const rules = overrides.rules ?? loadRules(config.RULES_FILE);
  const stores = overrides.stores ?? openStores(config);
  const directory = config.SUBDOMAIN_CHECK_URL
    ? new HttpSubdomainCheck(
        stores.directory,
        config.SUBDOMAIN_CHECK_URL,
        config.SUBDOMAIN_CHECK_TIMEOUT_MS,
      )
    : stores.directory;
  const metrics = new Metrics(stores.kind);
  const translators = overrides.translators ?? new Translators();
  const bot = new SetupBot({
    rules,
    directory,
    storage: new CountingStorage(stores.storage, (operation) => metrics.storeError(operation)),
    setups: stores.setups,
    knowledge: overrides.knowledge ?? loadKnowledgeSearch(),
    translators,
    profiles: channelProfiles,
    defaultLocale: config.DEFAULT_LOCALE,
    log,
    turnLog: unredacted(log),
    turnTimeoutMs: config.TURN_TIMEOUT_MS,
    attempts: { store: stores.attempts, keepQuestions: config.INSIGHTS_KEEP_QUESTIONS },
    metrics,
    // Without a channel's support desk (the terminal), a handoff gives HANDOFF_CONTACT.
    supportDesk: overrides.supportDesk ?? new ContactOnlyDesk(config.HANDOFF_CONTACT),
  });
  const insights = new InsightsReader(stores.attempts, {
    abandonMinutes: config.INSIGHTS_ABANDON_MINUTES,
    steps: [...STEPS, 'summary'],
    now: overrides.insightsNow,
  });
  return { rules, stores, bot, metrics, insights, translators };
}

/** The store STATE_STORE names, holding conversations, subdomains and finished setups. */
export function openStores(config: Config): Stores {
  const takenElsewhere = takenSubdomains(config.SUBDOMAINS_TAKEN_FILE);
  const ttlSeconds = config.STATE_TTL_DAYS * 24 * 60 * 60;
  const insightsRetentionMs = config.INSIGHTS_RETENTION_DAYS * 24 * 60 * 60 * 1000;
  switch (config.STATE_STORE) {
    case 'memory':
      return openMemoryStores({ takenElsewhere, insightsRetentionMs });
    case 'sqlite':
      return openSqliteStores(config.STATE_DB, { takenElsewhere, ttlSeconds, insightsRetentionMs });
    case 'redis':
      return openRedisStores(config.REDIS_URL!, {
        takenElsewhere,
        keyPrefix: config.REDIS_KEY_PREFIX,
        ttlSeconds,
        insightsRetentionMs,
      });
  }
}

/** One subdomain per line; blank lines and # comments ignored. */
function takenSubdomains(file: string | undefined): string[] {
  if (!file) return [];
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `SUBDOMAINS_TAKEN_FILE ${file} cannot be read: ${(error as NodeJS.ErrnoException).code ?? error}`,
    );
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim().toLowerCase())
    .filter(Boolean);
}
