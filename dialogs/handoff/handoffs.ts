import type { Activity, TurnContext } from 'botbuilder-core';
import { Dialog, DialogTurnStatus } from 'botbuilder-dialogs';
import type { KnowledgeSearch } from '../../knowledge/knowledgeSearch';
import type { TranslationKey } from '../../locales/translationKeys';
import type { ProvisioningRules } from '../../provisioning/provisioningRules';
import { attemptReport } from '../attemptReport';
import { PlanReports } from '../conversation/planReports';
import type { IncomingMessage, Next } from '../interruptions/interruption';
import { phrase, type ParamsOf, type PhraseRenderer } from '../phrase';
import { planFacts } from '../planFacts';
import { say } from '../say';
import { HandoffOffer } from './handoffOffer';
import { HANDOFF_LIMIT, recentStarts, withQuestion } from './handoffState';
import { isContinueSetup, recognizeHandoff } from './handoffWords';
import {
  HANDOFF_CLOSED_EVENT,
  HANDOFF_REPLY_EVENT,
  handoffEventValue,
  type HandoffOpening,
  type HandoffRequest,
  type SupportDesk,
} from './supportDesk';

export interface HandoffsDependencies {
  desk: SupportDesk;
  rules: ProvisioningRules;
  phrases: PhraseRenderer;
  /** Whether the admin's questions have answers (a person is offered after two without). */
  knowledge: KnowledgeSearch;
  /** The clock of the limit (epoch ms). */
  now: () => number;
}

/**
 * Handoff to a person, as the two interruptions see it (interruptions/openHandoff.ts and
 * interruptions/handoffInterruption.ts): start one when the admin asks for a person
 * ("talk to a person", "prata med en person", "can I talk to someone about ..."), ask
 * once what they need, relay their words while it is open ("continue setup" ends it),
 * and pass on a person's reply or closing sent in by the support desk. Ending a
 * handoff shows the step's question again; the answers are never touched. Each
 * handoff posted is reported as the attempt's `handed-off` outcome (and so counted in
 * wxcc_setup_handoffs_total{target}).
 */
export class Handoffs {
  private readonly reports: PlanReports;
  private readonly offer: HandoffOffer;

  constructor(private readonly deps: HandoffsDependencies) {
    this.reports = new PlanReports(deps.rules, deps.phrases);
    this.offer = new HandoffOffer(deps.rules, deps.knowledge, deps.phrases);
  }

  /** Whether the handoff under way takes this message: a desk's event, the need, or relayed text. */
  isOpenFor({ context, text, handoff }: IncomingMessage): boolean {
    if (context.activity.type === 'event') return isHandoffEvent(context.activity);
    return !!text && (!!handoff.open || !!handoff.askedNeed);
  }

  /** A message while a handoff is under way (isOpenFor). */
  async continueOpen(message: IncomingMessage): Promise<Next> {
    const { context, handoff, language } = message;
    if (context.activity.type === 'event') return this.fromSupport(message);
    const text = message.text!;
    if (handoff.open) return this.whileOpen(message, text);
    delete handoff.askedNeed;
    return isContinueSetup(text, language, this.deps.phrases)
      ? showStep(message)
      : this.start(message, text);
  }

  /**
   * Whether the admin asks for a person. On the way it notes their questions (the support
   * team sees the last few) and offers a person, without starting a handoff, after two
   * unanswered questions in a row or at a country the table does not cover.
   */
  isRequest(message: IncomingMessage): boolean {
    const { text, handoff, language, kind, session, context } = message;
    if (!text) return false;
    if (recognizeHandoff(text, language, this.deps.phrases)) return true;
    // "continue setup" with no person on the line (closed already, or never started).
    if (isContinueSetup(text, language, this.deps.phrases)) return true;
    const isQuestion = kind === 'question';
    if (isQuestion) handoff.questions = withQuestion(handoff, text).questions;
    if (this.offer.earned(handoff, text, isQuestion, session.current))
      this.offer.showBeforeQuestion(context, () => this.canHelp());
    return false;
  }

  /** "talk to a person": the need asked once, or the handoff started at once. */
  async request(message: IncomingMessage): Promise<Next> {
    const { context, handoff, language } = message;
    const text = message.text!;
    if (isContinueSetup(text, language, this.deps.phrases)) {
      await this.say(context, 'handoff.noneOpen');
      return 'askAgain';
    }
    const ask = recognizeHandoff(text, language, this.deps.phrases) ?? {};
    const started = recentStarts(handoff, this.deps.now());
    if (started.length >= HANDOFF_LIMIT) {
      await this.say(context, 'handoff.limit', { count: started.length });
      return this.noPerson(message, this.deps.desk.contact());
    }
    if (ask.need || !(await this.deps.desk.hasTarget()))
      return this.start(message, ask.need ?? text);
    handoff.askedNeed = true;
    await this.say(context, 'handoff.whatNeed');
    return stay(message);
  }

  /** Whether asking for a person leads anywhere (a support space or a contact). */
  private async canHelp(): Promise<boolean> {
    return !!this.deps.desk.contact() || (await this.deps.desk.hasTarget());
  }

  private async whileOpen(message: IncomingMessage, text: string): Promise<Next> {
    const { context, handoff, language } = message;
    const open = handoff.open!;
    if (isContinueSetup(text, language, this.deps.phrases)) {
      delete handoff.open;
      await this.deps.desk.close(context, open.id);
      await this.say(context, 'handoff.endedByAdmin');
      return showStep(message);
    }
    if (await this.deps.desk.relay(context, open.id, text)) return stay(message);
    delete handoff.open;
    await this.say(context, 'handoff.closedAlready');
    return showStep(message);
  }

  /** A person's reply or closing, sent into this conversation by the desk. */
  private async fromSupport(message: IncomingMessage): Promise<Next> {
    const { context, handoff } = message;
    const parsed = handoffEventValue.safeParse(context.activity.value);
    // The admin ended this handoff already (or the event is not ours): nothing to say.
    if (!parsed.success || handoff.open?.id !== parsed.data.id) return stay(message);
    const { name, text } = parsed.data;
    if (context.activity.name === HANDOFF_REPLY_EVENT) {
      await this.say(context, 'handoff.reply', { name, text });
      return stay(message);
    }
    delete handoff.open;
    await this.say(context, 'handoff.endedByPerson', { name });
    return showStep(message);
  }

  private async start(message: IncomingMessage, words: string): Promise<Next> {
    const { context, handoff, session } = message;
    let opening: HandoffOpening;
    try {
      opening = await this.deps.desk.open(context, this.requestOf(message, words));
    } catch {
      // The desk has logged why; the admin may try again.
      await this.say(context, 'handoff.unavailable');
      return showStep(message);
    }
    if (opening.kind !== 'opened')
      return this.noPerson(message, opening.kind === 'contact' ? opening.contact : undefined);
    const now = this.deps.now();
    handoff.open = { id: opening.id, step: session.current ?? 'role' };
    handoff.started = [...recentStarts(handoff, now), now];
    attemptReport(context).handedOff(opening.target);
    await this.say(context, 'handoff.started');
    return stay(message);
  }

  /** No support space: the contact (or that there is none), and the plan so far to pass on. */
  private async noPerson(message: IncomingMessage, contact: string | undefined): Promise<Next> {
    const { context, session, language } = message;
    if (contact) await this.say(context, 'handoff.contact', { contact });
    else await this.say(context, 'handoff.noContact');
    await context.sendActivity(this.reports.status(session, language));
    return showStep(message);
  }

  private requestOf(
    { session, handoff, language }: IncomingMessage,
    words: string,
  ): HandoffRequest {
    const facts = planFacts(session.draft, this.deps.rules);
    return {
      plan: this.deps.phrases.renderFacts(facts, language),
      step: session.current ?? 'role',
      recentQuestions: [...handoff.questions],
      words,
      language: language.locale,
    };
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

/**
 * Waits for the admin's next message: the step (when a setup is under way) stays as it
 * is, and its question is not shown again while the admin talks to a person.
 */
function stay({ first }: IncomingMessage): Next {
  return { result: first ? { status: DialogTurnStatus.complete } : Dialog.EndOfTurn };
}

/** The step's question again, when a setup is under way (none starts for a handoff). */
function showStep({ first }: IncomingMessage): Next {
  return first ? { result: { status: DialogTurnStatus.complete } } : 'askAgain';
}
