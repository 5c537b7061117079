import {
  ActivityHandler,
  PrivateConversationState,
  UserState,
  type Activity,
  type StatePropertyAccessor,
  type Storage,
  type TurnContext,
} from 'botbuilder';
import { runDialog, type DialogState } from 'botbuilder-dialogs';
import { SetupDialog } from '../dialogs/conversation/setupDialog';
import type { SetupSession } from '../dialogs/conversation/setupSession';
import { findTurnLanguage, setTurnLanguage, type TurnLanguage } from '../dialogs/turnLanguage';
import type { Locale } from '../provisioning/identifiers';
import type { ProvisioningRules } from '../provisioning/provisioningRules';
import type { SubdomainDirectory } from '../provisioning/subdomainDirectory';
import { resolveLocale } from './localeResolver';
import type { Logger } from './logger';
import { renderQuestion } from './render/questionRenderer';
import type { Translators } from './translators';

export interface SetupBotDependencies {
  rules: ProvisioningRules;
  directory: SubdomainDirectory;
  storage: Storage;
  translators: Translators;
  defaultLocale: Locale;
  log: Logger;
  newId?: () => string;
  now?: () => Date;
}

/**
 * The bot: per turn it fixes the language, renders questions for the channel,
 * runs the setup dialog and saves state. Progress is kept per user per
 * conversation (private conversation state), so two admins in one group chat
 * never overwrite each other.
 */
export class SetupBot extends ActivityHandler {
  private readonly conversationState: PrivateConversationState;
  private readonly userState: UserState;
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly chosenLocale: StatePropertyAccessor<Locale | undefined>;
  private readonly dialog: SetupDialog;

  constructor(private readonly deps: SetupBotDependencies) {
    super();
    this.conversationState = new PrivateConversationState(deps.storage);
    this.userState = new UserState(deps.storage);
    this.dialogState = this.conversationState.createProperty('dialogState');
    this.chosenLocale = this.userState.createProperty('locale');
    this.dialog = new SetupDialog({
      rules: deps.rules,
      directory: deps.directory,
      sessions: this.conversationState.createProperty<SetupSession>('setupSession'),
      newId: deps.newId,
      now: deps.now,
    });

    this.onMessage(async (context, next) => {
      await runDialog(this.dialog, context, this.dialogState);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if (context.activity.membersAdded?.some((m) => m.id !== botId)) {
        await runDialog(this.dialog, context, this.dialogState);
      }
      await next();
    });
    this.onMessageReaction(async (context, next) => {
      await this.say(context, 'errors.unsupportedActivity');
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await this.useLanguage(context);
    context.onSendActivities(async (ctx, activities, next) => {
      const channelId = ctx.activity.channelId;
      const locale = findTurnLanguage(ctx)?.locale;
      activities.forEach((a, i) => (activities[i] = { ...renderQuestion(a, channelId), locale }));
      return next();
    });
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }

  /** A short apology in the user's language; their saved progress is untouched. */
  async apologize(context: TurnContext): Promise<void> {
    if (!findTurnLanguage(context)) await this.useLanguage(context).catch(() => undefined);
    await this.say(context, 'errors.turnFailed');
  }

  private async useLanguage(context: TurnContext): Promise<void> {
    const { translators } = this.deps;
    const chosen = await this.chosenLocale.get(context);
    const locale = resolveLocale({
      chosen,
      activityLocale: context.activity.locale,
      fallback: this.deps.defaultLocale,
    });
    const language: TurnLanguage = {
      locale,
      t: translators.for(locale),
      translator: (l) => translators.for(l),
      switchTo: async (l) => {
        language.locale = l;
        language.t = translators.for(l);
        await this.chosenLocale.set(context, l);
      },
    };
    setTurnLanguage(context, language);
  }

  private async say(context: TurnContext, key: string): Promise<void> {
    const language = findTurnLanguage(context);
    const t = language?.t ?? this.deps.translators.for(this.deps.defaultLocale);
    await context.sendActivity({ type: 'message', text: t(key) } as Partial<Activity>);
  }
}
