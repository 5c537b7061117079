import { MemoryStorage, type Storage } from 'botbuilder';
import { readFileSync } from 'node:fs';
import { loadRules } from '../provisioning/loadRules';
import type { ProvisioningRules } from '../provisioning/provisioningRules';
import type { SubdomainDirectory } from '../provisioning/subdomainDirectory';
import { MemorySubdomainDirectory } from '../state/memorySubdomainDirectory';
import type { Config } from './config';
import type { Logger } from './logger';
import { SetupBot } from './setupBot';
import { Translators } from './translators';

export interface BotParts {
  rules: ProvisioningRules;
  storage: Storage;
  directory: SubdomainDirectory;
  bot: SetupBot;
}

/** Builds the bot from configuration. Tests pass their own parts to replace any of them. */
export function composeBot(
  config: Config,
  log: Logger,
  overrides: Partial<Omit<BotParts, 'bot'>> = {},
): BotParts {
  const rules = overrides.rules ?? loadRules(config.RULES_FILE);
  const storage = overrides.storage ?? new MemoryStorage();
  const directory =
    overrides.directory ??
    new MemorySubdomainDirectory(takenSubdomains(config.SUBDOMAINS_TAKEN_FILE));
  const bot = new SetupBot({
    rules,
    directory,
    storage,
    translators: new Translators(),
    defaultLocale: config.DEFAULT_LOCALE,
    log,
  });
  return { rules, storage, directory, bot };
}

/** One subdomain per line; blank lines and # comments ignored. */
function takenSubdomains(file: string | undefined): string[] {
  if (!file) return [];
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim().toLowerCase())
    .filter(Boolean);
}
