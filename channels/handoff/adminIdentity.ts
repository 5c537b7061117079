import type { TurnContext } from 'botbuilder';

/** Who asked for a person, as far as their channel says. */
export interface AdminIdentity {
  name: string;
  email?: string;
  organization?: string;
}

/**
 * The admin as a Bot Framework activity names them: the display name, the e-mail when
 * the name is one (Webex gives the e-mail), and the tenant as the organization (Teams).
 */
export function adminIdentity(context: TurnContext): AdminIdentity {
  const { from, conversation, channelData } = context.activity;
  const name = from?.name?.trim() || from?.id || '?';
  const tenant =
    conversation?.tenantId ??
    (channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  return {
    name,
    ...(name.includes('@') ? { email: name } : {}),
    ...(typeof tenant === 'string' && tenant ? { organization: tenant } : {}),
  };
}
