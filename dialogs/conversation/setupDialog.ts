import type { StatePropertyAccessor, TurnContext } from 'botbuilder-core';
import {
  ComponentDialog,
  Dialog,
  DialogEvents,
  type DialogEvent,
  type DialogContext,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import type { KnowledgeSearch } from '../../knowledge/knowledgeSearch';
import type { ProvisioningRules } from '../../provisioning/provisioningRules';
import type { SubdomainDirectory } from '../../provisioning/subdomainDirectory';
import { AnswerInterpreter } from '../answerInterpreter';
import { AskDialog } from '../askDialog';
import type { IncomingMessage, Interruption } from '../interruptions/interruption';
import { AnswerChanges } from './answerChanges';
import { UnavailableAnswers } from './unavailableAnswers';
import { interruptionList } from '../interruptions/interruptionList';
import { Handoffs } from '../handoff/handoffs';
import { emptyHandoffState, type HandoffState } from '../handoff/handoffState';
import { ContactOnlyDesk, type SupportDesk } from '../handoff/supportDesk';
import { PhraseRenderer } from '../phrase';
import type { Question } from '../question';
import { droppedAnswers, nextStep, progressOf, withAnswer, withoutAnswer } from '../setupDraft';
import { ASK, stepResultSchema, type StepDependencies } from '../stepDialog';
import { STEP_MODULES, stepModule, stepValidators } from '../steps/registry';
import {
  SummaryDialog,
  summaryActionSchema,
  type SummaryAction,
} from '../steps/summary/summaryDialog';
import { turnLanguage, type TurnLanguage } from '../turnLanguage';
import { readAnswer } from '../userAnswer';
import { recognizeCommand, type Command } from './commands';
import { CountryOptions } from './countryOptions';
import { messageKind } from './messageKind';
import { flattenNestedSteps } from './nestedStepStack';
import { PlanReports } from './planReports';
import type { ProposedAnswers } from './proposalReader';
import { Proposals } from './proposals';
import { QuestionAnswers } from './questionAnswers';
import { SetupActions } from './setupActions';
import { SetupCompletion, type RecordFinishedPlan } from './setupCompletion';
import { SetupLoop } from './setupLoop';
import { rememberUnsupportedCountry } from '../unsupportedCountryNote';
import {
  forgetProposal,
  newSession,
  planHolder,
  proposalOf,
  type SetupSession,
} from './setupSession';

export interface SetupDialogDependencies {
  rules: ProvisioningRules;
  directory: SubdomainDirectory;
  sessions: StatePropertyAccessor<SetupSession>;
  recordSetup: RecordFinishedPlan;
  /** The sourced answers to admins' questions (knowledge/). */
  knowledge: KnowledgeSearch;
  /** The id of a holder's plan (default: planIdOf, derived from the holder). */
  planId?: (holder: string) => string;
  now?: () => Date;
  /** The admin's handoffs to a person in this conversation (dialogs/handoff). */
  handoffs: StatePropertyAccessor<HandoffState>;
  /**
   * Where handoffs go: the channels' support desks (a Webex space, a Teams channel).
   * Unset: a request gets the honest "no support contact is configured".
   */
  supportDesk?: SupportDesk;
}

const LOOP = 'setup.loop';

/**
 * The whole guided setup: asks the first open question, records the answer, and
 * loops until the summary is finished. A message that is not simply the answer to the
 * question being asked (a command, a question of the admin's, answers to other steps,
 * ...) is taken by the first interruption of the ordered list that matches
 * (interruptions/interruptionList.ts); the first message of a setup goes through the
 * same list.
 */
export class SetupDialog extends ComponentDialog {
  private readonly rules: ProvisioningRules;
  private readonly phrases: PhraseRenderer;
  private readonly sessions: StatePropertyAccessor<SetupSession>;
  private readonly proposals: Proposals;
  private readonly reports: PlanReports;
  private readonly completion: SetupCompletion;
  private readonly actions: SetupActions;
  private readonly interruptions: Interruption[];
  private readonly handoffs: StatePropertyAccessor<HandoffState>;

  constructor(deps: SetupDialogDependencies) {
    super('setup');
    this.rules = deps.rules;
    this.phrases = new PhraseRenderer(deps.rules);
    this.sessions = deps.sessions;
    const countryOptions = new CountryOptions(deps.rules, this.phrases);
    this.reports = new PlanReports(deps.rules, this.phrases);
    this.proposals = new Proposals(deps.rules, this.phrases, new AnswerInterpreter(this.phrases));
    this.actions = new SetupActions(deps.rules, this.phrases, deps.directory, deps.sessions);
    const unavailable = new UnavailableAnswers(deps.rules);
    this.interruptions = interruptionList({
      actions: this.actions,
      reports: this.reports,
      countryOptions,
      answers: new QuestionAnswers(deps.rules, this.phrases, countryOptions, deps.knowledge),
      proposals: this.proposals,
      handoffs: new Handoffs({
        desk: deps.supportDesk ?? new ContactOnlyDesk(),
        rules: deps.rules,
        phrases: this.phrases,
        knowledge: deps.knowledge,
        now: () => (deps.now ? deps.now().getTime() : Date.now()),
      }),
      changes: new AnswerChanges(deps.rules, this.actions, this.reports, unavailable),
      unavailable,
    });
    this.handoffs = deps.handoffs;
    this.completion = new SetupCompletion(
      deps.rules,
      this.phrases,
      deps.directory,
      deps.recordSetup,
      deps.planId,
      deps.now,
    );
    const stepDeps: StepDependencies = {
      rules: deps.rules,
      phrases: this.phrases,
      directory: deps.directory,
    };
    this.addDialog(new AskDialog(ASK, this.phrases, stepValidators(stepDeps)));
    for (const { dialog } of STEP_MODULES) this.addDialog(new dialog(stepDeps));
    this.addDialog(new SummaryDialog(stepDeps));
    this.addDialog(
      new SetupLoop(LOOP, {
        askNext: (dc) => this.askNext(dc),
        record: (dc, result) => this.record(dc, result),
      }),
    );
    this.initialDialogId = LOOP;
  }

  protected override async onBeginDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const context = innerDc.context;
    const previous = await this.sessions.get(context);
    const session = newSession(previous);
    const message = await this.incoming(innerDc, session, true);
    const handler = this.interruptions.find((h) => h.matches(message));
    // After Finish the finished plan stays the subject until a new setup is asked for.
    const aboutLastPlan = !!session.aboutLastPlan;
    if (!handler?.replacesWelcome && !aboutLastPlan) {
      // A first message "svenska" switches before the welcome, so that it is in Swedish.
      const command = message.command;
      if (command?.kind === 'switchLanguage') await message.language.switchTo(command.locale);
      await this.actions.say(context, previous?.welcomed ? 'setup.again' : 'welcome');
    }
    const next = handler ? await handler.handle(message) : 'askNext';
    if (typeof next === 'object') return next.result;
    if (session.aboutLastPlan) return innerDc.endDialog();
    rememberUnsupportedCountry(context, session, message.kind === 'question');
    await this.sessions.set(context, session);
    return innerDc.beginDialog(LOOP);
  }

  /**
   * botbuilder-dialogs raises versionChanged for every conversation in progress once the
   * code of any dialog here changes (a deploy). Left unhandled it failed the turn (it
   * reports the change through a telemetry client the root dialog set lacks). Saved
   * conversations go on: steps keep their ids, and onContinueDialog brings a stack of the
   * nested shape into today's. A step removed or renamed, or a waterfall whose steps were
   * reordered, would need such a rewrite too.
   */
  protected override async onPreBubbleEvent(_dc: DialogContext, e: DialogEvent): Promise<boolean> {
    return e.name === DialogEvents.versionChanged;
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    flattenNestedSteps(innerDc.stack);
    const session = await this.session(innerDc.context);
    const message = await this.incoming(innerDc, session, false);
    const result = await this.take(innerDc, message);
    rememberUnsupportedCountry(innerDc.context, session, message.kind === 'question');
    return result;
  }

  /** The first interruption that matches takes the message, else the active step. */
  private async take(innerDc: DialogContext, message: IncomingMessage): Promise<DialogTurnResult> {
    const handler = this.interruptions.find((h) => h.matches(message));
    const next = handler ? await handler.handle(message) : 'toStep';
    if (typeof next === 'object') return next.result;
    switch (next) {
      case 'toStep':
        return super.onContinueDialog(innerDc);
      case 'askAgain':
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      case 'askNext':
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(LOOP);
    }
  }

  /** The message of this turn as the interruptions read it. */
  private async incoming(
    dc: DialogContext,
    session: SetupSession,
    first: boolean,
  ): Promise<IncomingMessage> {
    const context = dc.context;
    const handoff = await this.handoffs.get(context, emptyHandoffState());
    const language = turnLanguage(context);
    const text = messageText(context);
    const command = text ? this.command(text, language) : undefined;
    let proposed: ProposedAnswers | undefined;
    return {
      dc,
      context,
      session,
      handoff,
      language,
      first,
      text,
      button: pressed(context),
      command,
      kind: text && !command ? messageKind(text, language, this.phrases) : undefined,
      question: first ? undefined : activeQuestion(dc),
      proposed: () => (proposed ??= text ? this.proposals.read(context, text, session) : {}),
    };
  }

  private command(text: string, language: TurnLanguage): Command | undefined {
    return recognizeCommand(
      text,
      language,
      this.phrases,
      (country) => this.rules.findCountry(country).kind !== 'unknown',
    );
  }

  private async askNext(dc: DialogContext): Promise<DialogTurnResult> {
    const session = await this.session(dc.context);
    session.draft = this.rules.validAnswers(session.draft);
    const next = nextStep(session.draft, this.rules);
    await this.showWayIntoWizard(dc.context, session);
    session.current = next ?? 'summary';
    if (!next) {
      delete session.changing;
      return dc.beginDialog('summary', { draft: session.draft, progress: progressOf('summary') });
    }
    const start = {
      draft: session.draft,
      proposals: session.proposals,
      holder: planHolder(dc.context, session),
      rules: this.rules,
    };
    const options = stepModule(next).options?.(start) ?? { proposal: proposalOf(session, next) };
    return dc.beginDialog(next, { ...options, draft: session.draft, progress: progressOf(next) });
  }

  private async record(dc: DialogContext, result: unknown): Promise<DialogTurnResult> {
    const session = await this.session(dc.context);
    const current = session.current!;
    const { value, asked } = stepResultSchema.parse(result);
    if (current === 'summary')
      return this.afterSummary(dc, session, summaryActionSchema.parse(value));
    const before = session.draft;
    session.draft = withAnswer(session.draft, current, value, this.rules);
    const dropped = droppedAnswers(before, session.draft, current);
    for (const notice of this.reports.droppedNotices(
      session.draft,
      dropped,
      turnLanguage(dc.context),
    ))
      await this.actions.sayPhrase(dc.context, notice);
    forgetProposal(session, current);
    delete session.undo;
    if (asked) session.history.push(current);
    return this.askNext(dc);
  }

  private async afterSummary(dc: DialogContext, session: SetupSession, action: SummaryAction) {
    if (action.action === 'change') {
      session.changing = { draft: session.draft, history: [...session.history] };
      delete session.undo;
      await this.actions.forget(dc.context, session, action.step);
      return this.askNext(dc);
    }
    // A conversation saved at its summary before a step was added has that step open:
    // ask it (then the summary again) rather than finish a plan without its answer.
    if (nextStep(session.draft, this.rules)) return this.askNext(dc);
    const outcome = await this.completion.complete(
      dc.context,
      session.draft,
      planHolder(dc.context, session),
    );
    if (outcome.kind === 'subdomain-taken') {
      session.draft = withoutAnswer(session.draft, 'subdomain');
      return this.askNext(dc);
    }
    await this.sessions.set(dc.context, {
      ...newSession(session),
      lastPlan: outcome.plan,
      aboutLastPlan: true,
    });
    return dc.endDialog();
  }

  /** The way into the Service Setup wizard, once role and order type are known (again after a change). */
  private async showWayIntoWizard(context: TurnContext, session: SetupSession) {
    const { role, orderType } = session.draft;
    if (!role || !orderType || session.accessShownFor === `${role}/${orderType}`) return;
    session.accessShownFor = `${role}/${orderType}`;
    await this.actions.say(context, `access.${role}.${orderType}`);
  }

  private async session(context: TurnContext): Promise<SetupSession> {
    return this.sessions.get(context, newSession());
  }
}

/** The id of a button pressed (a card submit), if the message is one. */
function pressed(context: TurnContext): string | undefined {
  if (context.activity.type !== 'message') return undefined;
  const answer = readAnswer(context.activity);
  return answer.kind === 'choice' ? answer.id : undefined;
}

function messageText(context: TurnContext): string | undefined {
  if (context.activity.type !== 'message') return undefined;
  return context.activity.text?.trim() || undefined;
}

/** The question the innermost active dialog is waiting on, if any. */
function activeQuestion(dc: DialogContext): Question | undefined {
  // Each read of `child` builds a new DialogContext: read it once per level.
  let current = dc;
  for (let child = dc.child; child; child = child.child) current = child;
  return (current.activeDialog?.state as { question?: Question } | undefined)?.question;
}
