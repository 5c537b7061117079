import { readFileSync } from 'node:fs';
import { loadKnowledgeSearch, type KnowledgeSearch } from '../knowledge/knowledgeSearch';
import { loadRules } from '../provisioning/loadRules';
import type { ProvisioningRules } from '../provisioning/provisioningRules';
import { HttpSubdomainCheck } from '../state/httpSubdomainCheck';
import { openMemoryStores, openRedisStores, openSqliteStores, type Stores } from '../state/stores';
import type { Logger } from '../bot/logger';
import { SetupBot } from '../bot/setupBot';
import { Translators } from '../bot/translators';
import { channelProfiles } from '../channels/channelProfiles';
import type { Config } from './config';
import type { HandoffRecorder, SupportDesk } from '../dialogs/handoff/supportDesk';
import { unredacted } from './logger';

export interface BotParts {
  rules: ProvisioningRules;
  stores: Stores;
  bot: SetupBot;
}

export interface BotOverrides {
  rules?: ProvisioningRules;
  knowledge?: KnowledgeSearch;
  stores?: Stores;
  /** Where handoffs to a person go (server/handoffWiring.ts). */
  supportDesk?: SupportDesk;
  /** Each handoff posted, by target: the operator's handed-off outcome and metric go here. */
  recordHandoff?: HandoffRecorder;
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
  const bot = new SetupBot({
    rules,
    directory,
    storage: stores.storage,
    setups: stores.setups,
    knowledge: overrides.knowledge ?? loadKnowledgeSearch(),
    translators: new Translators(),
    profiles: channelProfiles,
    defaultLocale: config.DEFAULT_LOCALE,
    log,
    turnLog: unredacted(log),
    turnTimeoutMs: config.TURN_TIMEOUT_MS,
    supportDesk: overrides.supportDesk,
    recordHandoff: overrides.recordHandoff,
  });
  return { rules, stores, bot };
}

/** The store STATE_STORE names, holding conversations, subdomains and finished setups. */
export function openStores(config: Config): Stores {
  const takenElsewhere = takenSubdomains(config.SUBDOMAINS_TAKEN_FILE);
  const ttlSeconds = config.STATE_TTL_DAYS * 24 * 60 * 60;
  switch (config.STATE_STORE) {
    case 'memory':
      return openMemoryStores({ takenElsewhere });
    case 'sqlite':
      return openSqliteStores(config.STATE_DB, { takenElsewhere, ttlSeconds });
    case 'redis':
      return openRedisStores(config.REDIS_URL!, {
        takenElsewhere,
        keyPrefix: config.REDIS_KEY_PREFIX,
        ttlSeconds,
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
