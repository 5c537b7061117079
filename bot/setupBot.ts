import {
  ActivityHandler,
  type TurnContext,
  type Activity,
  type StatePropertyAccessor,
  type Storage,
} from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { SetupDialog } from '../dialogs/conversation/setupDialog';
import { holderOf } from '../dialogs/holder';
import type { SetupSession } from '../dialogs/conversation/setupSession';
import { stopFinishing } from '../dialogs/conversation/setupCompletion';
import { findTurnLanguage, newTurnLanguage, setTurnLanguage } from '../dialogs/turnLanguage';
import type { Locale } from '../locales/languages';
import type { TranslationKey } from '../locales/translationKeys';
import type { KnowledgeSearch } from '../knowledge/knowledgeSearch';
import type { ProvisioningRules } from '../provisioning/provisioningRules';
import type { SubdomainDirectory } from '../provisioning/subdomainDirectory';
import type { CompletedSetupLog } from '../state/completedSetupLog';
import { isEtagConflict, StoreUnavailableError } from '../state/storeErrors';
import { AnsweredCards } from './answeredCards';
import { KeyedLock } from './keyedLock';
import { TurnTimeoutError, withDeadline } from './turnDeadline';
import { resolveLocale } from './localeResolver';
import { LastWriteWinsUserState, OptimisticConversationState } from './optimisticState';
import type { Logger } from './logger';
import { RootDialogRunner } from './rootDialogRunner';
import { HeldReplies } from './heldReplies';
import { StoredConversation } from './storedConversation';
import { profileFor, type ChannelProfile, type ChannelProfiles } from './render/channelProfile';
import { prepareOutgoing } from './render/outgoingActivities';
import type { Translators } from './translators';
import type { AttemptRecord } from '../insights/attemptRecord';
import type { AttemptStore } from '../insights/attemptStore';
import { NO_METRICS, type TurnMetrics, type TurnResult } from '../insights/turnMetrics';
import { AttemptRecorder } from './attemptRecorder';
import { randomUUID } from 'node:crypto';
import { isHandoffEvent } from '../dialogs/handoff/handoffs';
import type { HandoffState } from '../dialogs/handoff/handoffState';
import type { SupportDesk } from '../dialogs/handoff/supportDesk';

export interface SetupBotDependencies {
  rules: ProvisioningRules;
  directory: SubdomainDirectory;
  storage: Storage;
  setups: CompletedSetupLog;
  knowledge: KnowledgeSearch;
  translators: Translators;
  /** How each channel shows replies and runs its conversations (channels/channelList). */
  profiles: ChannelProfiles;
  defaultLocale: Locale;
  log: Logger;
  /**
   * Where the one line per turn goes (default: `log`). Its fields are fixed (ids, step,
   * outcome, duration; never typed text), so the server gives a logger without the
   * redaction pass that costs about 18 us a line (server/logger.ts).
   */
  turnLog?: Logger;
  /** The id of a holder's plan (default: derived from the holder, see planIdOf). */
  planId?: (holder: string) => string;
  now?: () => Date;
  /** A turn that takes longer is answered with an apology and its late results are dropped. */
  turnTimeoutMs?: number;
  /** The id of a new setup attempt (default: a random UUID). */
  newId?: () => string;
  /** Where setup attempts are recorded for the operator (unset: not recorded). */
  attempts?: { store: AttemptStore; keepQuestions: boolean };
  /** Where turns and attempt events are counted (the Prometheus registry). */
  metrics?: TurnMetrics;
  /**
   * Where handoffs to a person go (the channels' support desks, wired by the composition
   * root): none gives the honest "no support contact is configured".
   */
  supportDesk?: SupportDesk;
}

/** The `result` label of a turn's outcome as logged. */
const TURN_RESULTS: Record<string, TurnResult> = {
  ok: 'ok',
  timeout: 'timeout',
  conflict: 'rejected',
};

const DEFAULT_TURN_TIMEOUT_MS = 10_000;
/** Set on a turn past its deadline: its late work may neither reply nor save. */
const GIVEN_UP = Symbol('setupBot.givenUp');

/**
 * The bot: per turn it fixes the language, renders questions for the channel,
 * runs the setup dialog and saves state. Progress is kept per user per
 * conversation (private conversation state), so two admins in one group chat
 * never overwrite each other.
 */
export class SetupBot extends ActivityHandler {
  private readonly conversationState: OptimisticConversationState;
  private readonly userState: LastWriteWinsUserState;
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly chosenLocale: StatePropertyAccessor<Locale | undefined>;
  private readonly recentActivityIds: StatePropertyAccessor<string[]>;
  private readonly dialog: RootDialogRunner;
  private readonly sessions: StatePropertyAccessor<SetupSession>;
  private readonly lock = new KeyedLock();
  private readonly answeredCards: AnsweredCards;
  private readonly storedConversation: StoredConversation;
  private readonly recorder?: AttemptRecorder;
  private readonly metrics: TurnMetrics;

  constructor(private readonly deps: SetupBotDependencies) {
    super();
    this.conversationState = new OptimisticConversationState(deps.storage, (context) =>
      remembersActivityId(context.activity),
    );
    this.userState = new LastWriteWinsUserState(deps.storage);
    this.dialogState = this.conversationState.createProperty('dialogState');
    this.chosenLocale = this.userState.createProperty('locale');
    this.recentActivityIds = this.conversationState.createProperty('recentActivityIds');
    this.answeredCards = new AnsweredCards(
      this.conversationState.createProperty('openCard'),
      deps.log,
    );
    this.sessions = this.conversationState.createProperty<SetupSession>('setupSession');
    this.metrics = deps.metrics ?? NO_METRICS;
    if (deps.attempts) {
      this.recorder = new AttemptRecorder({
        ...deps.attempts,
        metrics: this.metrics,
        attempt: this.conversationState.createProperty<AttemptRecord | undefined>('attempt'),
        log: deps.log,
        newId: deps.newId ?? randomUUID,
        now: () => (deps.now ?? (() => new Date()))().getTime(),
      });
    }
    const dialog = new SetupDialog({
      rules: deps.rules,
      directory: deps.directory,
      sessions: this.sessions,
      // The store keeps the first record of a plan id: a repeated finish reports that one.
      recordSetup: async (plan, finishedBy) => {
        const stored = (await deps.setups.record({ plan, finishedBy })).plan;
        return { ...plan, id: stored.id, completedAt: stored.completedAt };
      },
      knowledge: deps.knowledge,
      planId: deps.planId,
      now: deps.now,
      handoffs: this.conversationState.createProperty<HandoffState>('handoff'),
      supportDesk: deps.supportDesk,
    });
    this.dialog = new RootDialogRunner(dialog, this.dialogState);
    this.storedConversation = new StoredConversation(
      this.conversationState,
      deps.storage,
      deps.log,
      (id) => id === dialog.id || dialog.findDialog(id) !== undefined,
    );

    this.onMessage(async (context, next) => {
      await this.dialog.run(context);
      await next();
    });
    // A person's reply or closing of a handoff, sent in by the support desk.
    this.onEvent(async (context, next) => {
      if (isHandoffEvent(context.activity)) await this.dialog.run(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      if (this.profile(context).isFirstContact(context.activity)) await this.dialog.run(context);
      await next();
    });
    this.onMessageReaction(async (context, next) => {
      await this.say(context, 'errors.unsupportedActivity');
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    const started = performance.now();
    let outcome = 'ok';
    let step: string | undefined;
    try {
      await this.lock.run(holderOf(context), async () => {
        try {
          await withDeadline(
            this.runTurn(context),
            this.deps.turnTimeoutMs ?? DEFAULT_TURN_TIMEOUT_MS,
          );
          step = (await this.sessions.get(context))?.current;
        } catch (error) {
          if (error instanceof StoreUnavailableError) return void (outcome = 'store-unavailable');
          if (isEtagConflict(error)) return void (outcome = 'conflict');
          if (error instanceof TurnTimeoutError) {
            context.turnState.set(GIVEN_UP, { letThrough: 0 });
            return void (outcome = stopFinishing(context) ? 'timeout-finishing' : 'timeout');
          }
          throw error;
        }
      });
    } catch (error) {
      outcome = 'error';
      throw error;
    } finally {
      const durationMs = performance.now() - started;
      this.logTurn(context, { outcome, step, durationMs });
      const result = TURN_RESULTS[outcome] ?? 'error';
      this.metrics.turnDone(context.activity.channelId, result, durationMs / 1000);
      if (outcome === 'store-unavailable') this.metrics.storeError('turn');
    }
    if (outcome === 'store-unavailable') await this.say(context, 'errors.storeUnavailable');
    if (outcome === 'conflict') await this.say(context, 'errors.concurrentTurn');
    if (outcome === 'timeout') await this.say(context, 'errors.turnTimeout', true);
    if (outcome === 'timeout-finishing') {
      await this.say(context, 'errors.turnTimeoutWhileFinishing', true);
    }
  }

  /** One line per turn: who, where, which step, how long, how it went; never what was typed. */
  private logTurn(
    context: TurnContext,
    turn: { outcome: string; step?: string; durationMs: number },
  ): void {
    const { channelId, conversation, type } = context.activity;
    (this.deps.turnLog ?? this.deps.log).info(
      {
        conversationId: conversation?.id,
        channelId,
        activityType: type,
        step: turn.step,
        durationMs: Math.round(turn.durationMs * 10) / 10,
        outcome: turn.outcome,
      },
      'turn',
    );
  }

  private async runTurn(context: TurnContext): Promise<void> {
    const profile = this.profile(context);
    if (!profile.takeMessage(context.activity)) return;
    const replies = new HeldReplies();
    await this.useLanguage(context);
    context.onSendActivities(async (ctx, activities, next) => {
      const givenUp = ctx.turnState.get(GIVEN_UP) as { letThrough: number } | undefined;
      if (givenUp && givenUp.letThrough-- <= 0) return [];
      // botbuilder sends the array it handed us, so it is changed in place.
      activities.splice(
        0,
        activities.length,
        ...prepareOutgoing(activities, profile, findTurnLanguage(ctx)?.locale),
      );
      if (!activities.length) return [];
      if (!givenUp && replies.holding) return replies.hold(activities, next);
      const responses = await next();
      await this.answeredCards.remember(ctx, profile, activities, responses);
      return responses;
    });
    try {
      const startsAgain = await this.storedConversation.setAsideIfUnusable(context);
      if (await this.alreadyHandled(context)) return;
      if (startsAgain) await this.say(context, 'errors.progressUnreadable');
      await this.answeredCards.markAnswered(context, profile, () =>
        findTurnLanguage(context)!.t('card.answered'),
      );
      const recorded = this.recordsAttempt(context)
        ? this.recorder!.begin(context, await this.sessions.get(context))
        : undefined;
      await super.run(context);
      if (context.turnState.get(GIVEN_UP)) return;
      const attempt =
        recorded && (await this.recorder!.end(context, recorded, await this.sessions.get(context)));
      await this.conversationState.saveChanges(context, false);
      await this.userState.saveChanges(context, false);
      // Best effort, after the state: a failed record is logged and counted, never the turn.
      if (attempt) await this.recorder!.save(attempt);
      await this.sendHeld(context, profile, replies);
    } finally {
      replies.drop();
    }
  }

  /**
   * Sends the replies held until the state was committed. A card among them is
   * remembered (to be marked answered later) with one more save, in Teams only; the
   * replies being out, that save failing is not the turn failing.
   */
  private async sendHeld(context: TurnContext, profile: ChannelProfile, replies: HeldReplies) {
    let remembered = false;
    for (const { activities, responses } of await replies.release()) {
      remembered =
        (await this.answeredCards.remember(context, profile, activities, responses)) || remembered;
    }
    if (!remembered) return;
    // The replies are out: a failed save now only leaves the card unmarked later.
    await this.conversationState
      .saveChanges(context, false)
      .catch((error: unknown) => this.deps.log.debug({ err: error }, 'open card not saved'));
  }

  /** Admin messages count towards a setup attempt; greetings on joining and reactions do not. */
  private recordsAttempt(context: TurnContext): boolean {
    return !!this.recorder && context.activity.type === 'message';
  }

  private profile(context: TurnContext) {
    return profileFor(this.deps.profiles, context.activity.channelId);
  }

  /** A message delivered twice (a channel's retry) is answered once. */
  private async alreadyHandled(context: TurnContext): Promise<boolean> {
    const id = context.activity.id;
    if (!id || !remembersActivityId(context.activity)) return false;
    // Every such turn changes the conversation state: see the OptimisticConversationState above.
    const recent = await this.recentActivityIds.get(context, []);
    if (recent.includes(id)) return true;
    await this.recentActivityIds.set(context, [...recent.slice(-(RECENT_IDS - 1)), id]);
    return false;
  }

  /** A short apology in the user's language; their saved progress is untouched. */
  async apologize(context: TurnContext): Promise<void> {
    if (!findTurnLanguage(context)) await this.useLanguage(context).catch(() => undefined);
    await this.say(context, 'errors.turnFailed');
  }

  private async useLanguage(context: TurnContext): Promise<void> {
    const { translators } = this.deps;
    // Without the store we still answer, in the client's language.
    const chosen = await this.chosenLocale.get(context).catch(() => undefined);
    const locale = resolveLocale({
      chosen,
      activityLocale: context.activity.locale,
      fallback: this.deps.defaultLocale,
      languages: translators.languages,
    });
    setTurnLanguage(
      context,
      newTurnLanguage(translators, locale, (l) => this.chosenLocale.set(context, l)),
    );
  }

  /** A short message in the user's language (after giving up on a turn, the one message still let through). */
  private async say(
    context: TurnContext,
    key: TranslationKey,
    afterGivingUp = false,
  ): Promise<void> {
    const language = findTurnLanguage(context);
    const t = language?.t ?? this.deps.translators.for(this.deps.defaultLocale);
    if (afterGivingUp) context.turnState.set(GIVEN_UP, { letThrough: 1 });
    await context.sendActivity({ type: 'message', text: t(key) } as Partial<Activity>);
  }
}

/** How many recent message ids a conversation remembers to recognise re-sends. */
const RECENT_IDS = 20;

/** A message with an id: its id is remembered (a re-send is answered once), so its turn changes the state. */
function remembersActivityId(activity: Partial<Activity>): boolean {
  return activity.type === 'message' && !!activity.id;
}
