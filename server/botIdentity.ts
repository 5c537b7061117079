/**
 * The Bot Framework identity types and what each needs. Since 31 July 2025 Azure creates new
 * Azure Bot resources only as SingleTenant or UserAssignedMSI; MultiTenant stays for bots
 * registered before (and stays the default when MicrosoftAppType is unset, so that an
 * existing bot keeps working after an upgrade; the documented default is SingleTenant).
 */
export const BOT_APP_TYPES = ['SingleTenant', 'UserAssignedMSI', 'MultiTenant'] as const;
export type BotAppType = (typeof BOT_APP_TYPES)[number];

/** Unset MicrosoftAppType means MultiTenant, as in botbuilder (and every existing bot). */
export const LEGACY_DEFAULT_APP_TYPE: BotAppType = 'MultiTenant';

/** The identity variables as read from the environment. */
export interface BotIdentitySettings {
  MicrosoftAppId?: string | undefined;
  MicrosoftAppPassword?: string | undefined;
  MicrosoftAppType: BotAppType;
  MicrosoftAppTenantId?: string | undefined;
}

export interface IdentityProblem {
  variable: keyof BotIdentitySettings;
  message: string;
}

/** Accepts the type in any letter case (botbuilder's own spelling is `UserAssignedMsi`). */
export function canonicalAppType(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  return BOT_APP_TYPES.find((type) => type.toLowerCase() === trimmed.toLowerCase()) ?? trimmed;
}

const NEW_BOTS = 'new Azure Bot resources are SingleTenant or UserAssignedMSI; see docs/deploy.md';

/** What is missing or wrong for the chosen type; empty without MicrosoftAppId (local use). */
export function identityProblems(settings: BotIdentitySettings): IdentityProblem[] {
  if (!settings.MicrosoftAppId) return [];
  const type = settings.MicrosoftAppType;
  const problems: IdentityProblem[] = [];
  if (type === 'UserAssignedMSI' && settings.MicrosoftAppPassword) {
    problems.push({
      variable: 'MicrosoftAppPassword',
      message:
        'must be empty when MicrosoftAppType is UserAssignedMSI (a managed identity has no secret)',
    });
  }
  if (type !== 'UserAssignedMSI' && !settings.MicrosoftAppPassword) {
    problems.push({
      variable: 'MicrosoftAppPassword',
      message: `is required when MicrosoftAppId is set and MicrosoftAppType is ${type} (the app registration's client secret; a managed identity uses MicrosoftAppType=UserAssignedMSI instead)`,
    });
  }
  if (type !== 'MultiTenant' && !settings.MicrosoftAppTenantId) {
    problems.push({
      variable: 'MicrosoftAppTenantId',
      message: `is required when MicrosoftAppType is ${type} (the Directory (tenant) ID of the app registration or managed identity)`,
    });
  }
  return problems;
}

/**
 * One line for the start-up log about the identity, or nothing: MultiTenant is legacy, and
 * a tenant id next to it is ignored.
 */
export function identityNote(settings: BotIdentitySettings): string | undefined {
  if (!settings.MicrosoftAppId || settings.MicrosoftAppType !== 'MultiTenant') return undefined;
  const ignored = settings.MicrosoftAppTenantId ? ' MicrosoftAppTenantId is ignored for it.' : '';
  return `MicrosoftAppType is MultiTenant (legacy: kept for bots registered before 31 July 2025; ${NEW_BOTS}).${ignored}`;
}
