import type { Activity, StatePropertyAccessor, TurnContext } from 'botbuilder-core';
import {
  Dialog,
  DialogTurnStatus,
  type DialogContext,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import type { ProvisioningRules } from '../../provisioning/provisioningRules';
import type { ParamsOf, PhraseRenderer } from '../phrase';
import { phrase } from '../phrase';
import { planFacts } from '../planFacts';
import { say } from '../say';
import { turnLanguage } from '../turnLanguage';
import type { TranslationKey } from '../../locales/translationKeys';
import { messageKind } from '../conversation/messageKind';
import { PlanReports } from '../conversation/planReports';
import { newSession, type SetupSession } from '../conversation/setupSession';
import {
  HANDOFF_CLOSED_EVENT,
  HANDOFF_REPLY_EVENT,
  handoffEventValue,
  type HandoffOpening,
  type HandoffRecorder,
  type HandoffRequest,
  type SupportDesk,
} from './supportDesk';
import { isContinueSetup, recognizeHandoff } from './handoffWords';
import { HandoffOffer } from './handoffOffer';
import type { KnowledgeSearch } from '../../knowledge/knowledgeSearch';
import {
  emptyHandoffState,
  HANDOFF_LIMIT,
  recentStarts,
  withQuestion,
  type HandoffState,
} from './handoffState';

export interface HandoffHandlerDependencies {
  desk: SupportDesk;
  /** The admin's handoffs in this conversation (private conversation state). */
  state: StatePropertyAccessor<HandoffState>;
  /** The setup so far (read only): the plan the support team gets. */
  sessions: StatePropertyAccessor<SetupSession>;
  rules: ProvisioningRules;
  phrases: PhraseRenderer;
  /** Whether the admin's questions have answers (a person is offered after two without). */
  knowledge: KnowledgeSearch;
  /** Called once per handoff posted to the support team (operator outcome and metric). */
  recordHandoff?: HandoffRecorder;
  now?: () => number;
}

/**
 * Handoff to a person, as an interruption of the setup: it takes a turn before the
 * step sees it when the admin asks for a person ("talk to a person", "prata med en
 * person", "can I talk to someone about ..."), answers the one "what do you need?"
 * question, or has a handoff open (their text goes to the support thread until
 * "continue setup"), and when the support desk sends a person's reply or closing.
 * Ending a handoff shows the step's question again; the answers are never touched.
 */
export class HandoffHandler {
  private readonly reports: PlanReports;
  private readonly now: () => number;
  private readonly offer: HandoffOffer;

  constructor(private readonly deps: HandoffHandlerDependencies) {
    this.reports = new PlanReports(deps.rules, deps.phrases);
    this.offer = new HandoffOffer(deps.rules, deps.knowledge, deps.phrases);
    this.now = deps.now ?? Date.now;
  }

  /** Whether this turn is the handoff's (else the setup goes on as usual). */
  async matches(dc: DialogContext): Promise<boolean> {
    const { context } = dc;
    const { activity } = context;
    if (activity.type === 'event') return isHandoffEvent(activity);
    const text = messageText(activity);
    if (!text) return false;
    const state = await this.state(context);
    if (state.open || state.askedNeed) return true;
    const language = turnLanguage(context);
    if (recognizeHandoff(text, language, this.deps.phrases)) return true;
    const isQuestion = messageKind(text, language, this.deps.phrases) === 'question';
    if (isQuestion) state.questions = withQuestion(state, text).questions;
    const step = (await this.deps.sessions.get(context))?.current;
    if (this.offer.earned(state, text, isQuestion, step) && (await this.canHelp()))
      this.offer.showBeforeQuestion(context);
    return false;
  }

  /** Whether asking for a person leads anywhere (a support space or a contact). */
  private async canHelp(): Promise<boolean> {
    return !!this.deps.desk.contact() || (await this.deps.desk.hasTarget());
  }

  async handle(dc: DialogContext): Promise<DialogTurnResult> {
    const { context } = dc;
    const state = await this.state(context);
    if (context.activity.type === 'event') return this.fromSupport(dc, state);
    const text = messageText(context.activity)!;
    if (state.open) return this.whileOpen(dc, state, text);
    const continuing = isContinueSetup(text, turnLanguage(context), this.deps.phrases);
    if (state.askedNeed) {
      delete state.askedNeed;
      return continuing ? this.showStep(dc) : this.start(dc, state, text);
    }
    const ask = recognizeHandoff(text, turnLanguage(context), this.deps.phrases) ?? {};
    const started = recentStarts(state, this.now());
    if (started.length >= HANDOFF_LIMIT) {
      await this.say(context, 'handoff.limit', { count: started.length });
      return this.noPerson(dc, this.deps.desk.contact());
    }
    if (ask.need || !(await this.deps.desk.hasTarget()))
      return this.start(dc, state, ask.need ?? text);
    state.askedNeed = true;
    await this.say(context, 'handoff.whatNeed');
    return stay(dc);
  }

  private async whileOpen(dc: DialogContext, state: HandoffState, text: string) {
    const { context } = dc;
    const open = state.open!;
    if (isContinueSetup(text, turnLanguage(context), this.deps.phrases)) {
      delete state.open;
      await this.deps.desk.close(context, open.id);
      await this.say(context, 'handoff.endedByAdmin');
      return this.showStep(dc);
    }
    if (await this.deps.desk.relay(context, open.id, text)) return stay(dc);
    delete state.open;
    await this.say(context, 'handoff.closedAlready');
    return this.showStep(dc);
  }

  /** A person's reply or closing, sent into this conversation by the desk. */
  private async fromSupport(dc: DialogContext, state: HandoffState) {
    const { context } = dc;
    const parsed = handoffEventValue.safeParse(context.activity.value);
    // The admin ended this handoff already (or the event is not ours): nothing to say.
    if (!parsed.success || state.open?.id !== parsed.data.id) return stay(dc);
    const { name, text } = parsed.data;
    if (context.activity.name === HANDOFF_REPLY_EVENT) {
      await this.say(context, 'handoff.reply', { name, text });
      return stay(dc);
    }
    delete state.open;
    await this.say(context, 'handoff.endedByPerson', { name });
    return this.showStep(dc);
  }

  private async start(dc: DialogContext, state: HandoffState, words: string) {
    const { context } = dc;
    let opening: HandoffOpening;
    try {
      opening = await this.deps.desk.open(context, await this.request(context, state, words));
    } catch {
      // The desk has logged why; the admin may try again.
      await this.say(context, 'handoff.unavailable');
      return this.showStep(dc);
    }
    if (opening.kind !== 'opened')
      return this.noPerson(dc, opening.kind === 'contact' ? opening.contact : undefined);
    const session = await this.deps.sessions.get(context);
    state.open = { id: opening.id, step: session?.current ?? 'role' };
    state.started = [...recentStarts(state, this.now()), this.now()];
    this.deps.recordHandoff?.(opening.target);
    await this.say(context, 'handoff.started');
    return stay(dc);
  }

  /** No support space: the contact (or that there is none), and the plan so far to pass on. */
  private async noPerson(dc: DialogContext, contact: string | undefined) {
    const { context } = dc;
    if (contact) await this.say(context, 'handoff.contact', { contact });
    else await this.say(context, 'handoff.noContact');
    const session = (await this.deps.sessions.get(context)) ?? newSession();
    await context.sendActivity(this.reports.status(session, turnLanguage(context)));
    return this.showStep(dc);
  }

  private async request(
    context: TurnContext,
    state: HandoffState,
    words: string,
  ): Promise<HandoffRequest> {
    const session = await this.deps.sessions.get(context);
    const facts = planFacts(session?.draft ?? {}, this.deps.rules);
    return {
      plan: this.deps.phrases.renderFacts(facts, turnLanguage(context)),
      step: session?.current ?? 'role',
      recentQuestions: [...state.questions],
      words,
      language: turnLanguage(context).locale,
    };
  }

  /** The step's question again (when the setup is under way). */
  private async showStep(dc: DialogContext): Promise<DialogTurnResult> {
    if (!dc.activeDialog) return { status: DialogTurnStatus.complete };
    await dc.repromptDialog();
    return Dialog.EndOfTurn;
  }

  private state(context: TurnContext): Promise<HandoffState> {
    return this.deps.state.get(context, emptyHandoffState());
  }

  private async say<K extends TranslationKey>(
    context: TurnContext,
    key: K,
    ...params: ParamsOf<K>
  ) {
    await say(context, this.deps.phrases, phrase(key, ...params));
  }
}

/** The activities the bot runs its dialog for besides messages: a desk's events. */
export function isHandoffEvent(activity: Partial<Activity>): boolean {
  return (
    activity.type === 'event' &&
    (activity.name === HANDOFF_REPLY_EVENT || activity.name === HANDOFF_CLOSED_EVENT)
  );
}

/** Waits for the admin's next message (the setup's step, when one is active, stays). */
function stay(dc: DialogContext): DialogTurnResult {
  return dc.activeDialog ? Dialog.EndOfTurn : { status: DialogTurnStatus.complete };
}

function messageText(activity: Partial<Activity>): string | undefined {
  if (activity.type !== 'message') return undefined;
  return activity.text?.trim() || undefined;
}
