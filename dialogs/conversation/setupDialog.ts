import type { StatePropertyAccessor, TurnContext } from 'botbuilder-core';
import {
  ComponentDialog,
  Dialog,
  DialogEvents,
  DialogTurnStatus,
  type DialogEvent,
  type DialogContext,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import type { ProvisioningRules } from '../../provisioning/provisioningRules';
import type { SubdomainDirectory } from '../../provisioning/subdomainDirectory';
import { phrase, PhraseRenderer, type ParamsOf, type Phrase } from '../phrase';
import { say } from '../say';
import type { TranslationKey } from '../../locales/translationKeys';
import type { Question } from '../question';
import { QuestionPresenter } from '../questionPresenter';
import { AnswerInterpreter } from '../answerInterpreter';
import {
  answerCount,
  droppedAnswers,
  nextStep,
  progressOf,
  STEPS,
  withAnswer,
  withoutAnswer,
  type StepId,
} from '../setupDraft';
import { stepHelp } from '../stepHelp';
import { AskDialog } from '../askDialog';
import {
  ASK,
  yesNoQuestion,
  type StepDependencies,
  type StepOptions,
  type StepResult,
} from '../stepDialog';
import type { SubdomainOptions } from '../steps/subdomainDialog';
import { STEP_LIST } from '../steps/stepList';
import { SummaryDialog, type SummaryAction } from '../steps/summaryDialog';
import { turnLanguage, type TurnLanguage } from '../turnLanguage';
import { readAnswer } from '../userAnswer';
import { recognizeYesNo, yesNoWords } from '../yesNoRecognizer';
import { recognizeCommand, type Command } from './commands';
import { CountryOptions } from './countryOptions';
import { Proposals } from './proposals';
import { messageKind } from './messageKind';
import { SetupLoop } from './setupLoop';
import { flattenNestedSteps } from './nestedStepStack';
import { QuestionAnswers } from './questionAnswers';
import { PlanReports } from './planReports';
import { HELP_CHOICE, SHARE_CHOICE, TOPIC_CHOICE } from './commandChoices';
import type { KnowledgeSearch } from '../../knowledge/knowledgeSearch';
import { SetupCompletion, type RecordFinishedPlan } from './setupCompletion';
import { newSession, planHolder, type SetupSession } from './setupSession';
import { HandoffHandler } from '../handoff/handoffHandler';
import type { HandoffState } from '../handoff/handoffState';
import { ContactOnlyDesk, type HandoffRecorder, type SupportDesk } from '../handoff/supportDesk';

export interface SetupDialogDependencies {
  rules: ProvisioningRules;
  directory: SubdomainDirectory;
  sessions: StatePropertyAccessor<SetupSession>;
  recordSetup: RecordFinishedPlan;
  /** The sourced answers to admins' questions (knowledge/). */
  knowledge: KnowledgeSearch;
  newId?: () => string;
  now?: () => Date;
  /** Handoff to a person (dialogs/handoff); without it, requests get "no contact configured". */
  handoff?: {
    desk?: SupportDesk;
    state: StatePropertyAccessor<HandoffState>;
    recordHandoff?: HandoffRecorder;
    now?: () => number;
  };
}

const LOOP = 'setup.loop';
/** Restart and cancel ask first once this many answers would be lost. */
const CONFIRM_LOSING_ANSWERS = 3;

/**
 * The whole guided setup: asks the first open question, records the answer, and
 * loops until the summary is finished. Everything that is not an answer to the
 * question being asked is handled here, in one place, whatever state the step is
 * in: commands (help, back, restart, cancel, language, options), greetings, the
 * admin's own questions, and messages carrying answers to other questions.
 */
export class SetupDialog extends ComponentDialog {
  private readonly rules: ProvisioningRules;
  private readonly phrases: PhraseRenderer;
  private readonly presenter: QuestionPresenter;
  private readonly sessions: StatePropertyAccessor<SetupSession>;
  private readonly proposals: Proposals;
  private readonly countryOptions: CountryOptions;
  private readonly answers: QuestionAnswers;
  private readonly reports: PlanReports;
  private readonly completion: SetupCompletion;
  private readonly directory: SubdomainDirectory;
  private readonly handoff?: HandoffHandler;

  constructor(deps: SetupDialogDependencies) {
    super('setup');
    this.rules = deps.rules;
    this.phrases = new PhraseRenderer(deps.rules);
    this.presenter = new QuestionPresenter(this.phrases);
    this.sessions = deps.sessions;
    this.directory = deps.directory;
    this.countryOptions = new CountryOptions(deps.rules, this.phrases);
    this.answers = new QuestionAnswers(
      deps.rules,
      this.phrases,
      this.countryOptions,
      deps.knowledge,
    );
    this.reports = new PlanReports(deps.rules, this.phrases);
    if (deps.handoff)
      this.handoff = new HandoffHandler({
        ...deps.handoff,
        desk: deps.handoff.desk ?? new ContactOnlyDesk(),
        sessions: deps.sessions,
        rules: deps.rules,
        phrases: this.phrases,
        knowledge: deps.knowledge,
      });
    this.proposals = new Proposals(deps.rules, this.phrases, new AnswerInterpreter(this.phrases));
    this.completion = new SetupCompletion(
      deps.rules,
      this.phrases,
      deps.directory,
      deps.recordSetup,
      deps.newId,
      deps.now,
    );
    const stepDeps: StepDependencies = {
      rules: deps.rules,
      phrases: this.phrases,
      directory: deps.directory,
    };
    this.addDialog(new AskDialog(ASK, this.phrases));
    for (const { dialog } of STEP_LIST) this.addDialog(new dialog(stepDeps));
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
    if (await this.handoff?.matches(innerDc)) return this.handoff!.handle(innerDc);
    const context = innerDc.context;
    const previous = await this.sessions.get(context);
    const text = messageText(context);
    const language = turnLanguage(context);
    const command = text ? this.command(text, language) : undefined;
    const kind = text && !command ? messageKind(text, language, this.phrases) : undefined;
    const lastPlan = previous?.lastPlan;
    if (lastPlan && (command?.kind === 'share' || pressed(context) === SHARE_CHOICE)) {
      await context.sendActivity(this.reports.share(lastPlan, language));
      return { status: DialogTurnStatus.complete };
    }
    if (kind === 'thanks' && lastPlan) {
      await this.say(context, 'done.thanks', {
        subdomain: lastPlan.subdomain,
        country: { country: lastPlan.country, inSentence: true },
      });
      return { status: DialogTurnStatus.complete };
    }
    const session = newSession(previous);
    // A first message "svenska" switches before the welcome, so that it is in Swedish.
    if (command?.kind === 'switchLanguage') await language.switchTo(command.locale);
    await this.say(context, previous?.welcomed ? 'setup.again' : 'welcome');
    if (kind === 'question') await this.answerQuestion(context, session, text!);
    else if (text && !command && !kind) await this.proposals.apply(context, session, text);
    else if (command) await this.answerFirstCommand(context, session, command);
    await this.sessions.set(context, session);
    return innerDc.beginDialog(LOOP);
  }

  /** A command as the first message is answered before the first question (nothing to go back to yet). */
  private async answerFirstCommand(context: TurnContext, session: SetupSession, command: Command) {
    const language = turnLanguage(context);
    if (command.kind === 'help') await this.sayPhrase(context, stepHelp('role', this.rules));
    if (command.kind === 'back') await this.say(context, 'commands.backAtStart');
    if (command.kind === 'status')
      await context.sendActivity(this.reports.status(session, language));
    if (command.kind === 'share') await this.say(context, 'share.nothing');
    if (command.kind === 'options')
      await context.sendActivity(this.countryOptions.describe(command.countryText, language));
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
    if (await this.handoff?.matches(innerDc)) return this.handoff!.handle(innerDc);
    const context = innerDc.context;
    const session = await this.session(context);
    if (session.pendingCommand && context.activity.type === 'message') {
      const settled = await this.settlePendingCommand(innerDc, session);
      if (settled) return settled;
    }
    const button = pressed(context);
    if (button && isCommandChoice(button)) return this.pressCommandButton(innerDc, session, button);
    const text = messageText(context);
    if (!text) return super.onContinueDialog(innerDc);
    const language = turnLanguage(context);
    const command = this.command(text, language);
    if (command) return this.runCommand(innerDc, session, command);

    const kind = messageKind(text, language, this.phrases);
    if (kind === 'question') {
      await this.answerQuestion(context, session, text);
      return this.reprompt(innerDc);
    }
    if (kind && kind !== 'unsure') {
      await this.say(context, `smallTalk.${kind}`);
      return this.reprompt(innerDc);
    }
    const proposed = this.proposals.read(context, text, session);
    const question = activeQuestion(innerDc);
    // "not sure yet": at a yes/no question the step says how to find out; elsewhere
    // (unless the message still names an answer, "probably Japan") the help.
    if (kind === 'unsure' && !question?.yesNo && !Object.keys(proposed).length) {
      await this.say(context, 'smallTalk.unsure');
      await this.sayPhrase(context, stepHelp(session.current ?? 'role', this.rules));
      return this.reprompt(innerDc);
    }
    if (this.proposals.answersOtherQuestions(question, session, proposed, text)) {
      await this.proposals.use(context, session, proposed);
      return this.restartLoop(innerDc);
    }
    if (this.proposals.namesAnotherCountry(question, proposed)) {
      // "no, it is Canada" at "Is Mexico the right country?": confirm Canada instead.
      session.proposals.country = proposed.country;
      return this.restartLoop(innerDc);
    }
    this.proposals.keepLaterAnswers(question, session, proposed);
    const aside =
      this.proposals.isAside(question, text, proposed, language) &&
      this.answers.aside(text, language);
    if (aside) {
      await context.sendActivity(aside);
      return this.reprompt(innerDc);
    }
    return super.onContinueDialog(innerDc);
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
    const options: StepOptions<unknown> = {
      draft: session.draft,
      proposal: this.proposals.proposalFor(session, next),
      progress: progressOf(next),
    };
    if (next !== 'subdomain') return dc.beginDialog(next, options);
    const subdomain: SubdomainOptions = {
      ...options,
      proposal: session.proposals.subdomain,
      holder: planHolder(dc.context, session),
      suggestion: session.proposals.subdomainSuggestion,
    };
    return dc.beginDialog(next, subdomain);
  }

  private async record(dc: DialogContext, result: unknown): Promise<DialogTurnResult> {
    const session = await this.session(dc.context);
    const current = session.current!;
    if (current === 'summary')
      return this.afterSummary(dc, session, (result as StepResult<SummaryAction>).value);
    const { value, asked } = result as StepResult<never>;
    const before = session.draft;
    session.draft = withAnswer(session.draft, current, value, this.rules);
    await this.tellDropped(dc.context, droppedAnswers(before, session.draft, current));
    delete session.proposals[current as keyof typeof session.proposals];
    if (current === 'subdomain') delete session.proposals.subdomainSuggestion;
    if (asked) session.history.push(current);
    return this.askNext(dc);
  }

  /** A change that makes later answers impossible says which ones will be asked again. */
  private async tellDropped(context: TurnContext, dropped: StepId[]) {
    if (dropped.includes('pstnAddOn')) await this.say(context, 'changes.pstnAddOnDropped');
    const others = dropped.filter((s) => s !== 'pstnAddOn');
    if (!others.length) return;
    const answers = this.reports.stepList(others, turnLanguage(context));
    await this.say(context, 'changes.askAgain', { answers });
  }

  private async afterSummary(dc: DialogContext, session: SetupSession, action: SummaryAction) {
    if (action.action === 'change') {
      session.changing = { draft: session.draft, history: [...session.history] };
      await this.forget(dc.context, session, action.step);
      return this.askNext(dc);
    }
    const outcome = await this.completion.complete(
      dc.context,
      session.draft,
      planHolder(dc.context, session),
    );
    if (outcome.kind === 'subdomain-taken') {
      session.draft = withoutAnswer(session.draft, 'subdomain');
      return this.askNext(dc);
    }
    await this.sessions.set(dc.context, { ...newSession(session), lastPlan: outcome.plan });
    return dc.endDialog();
  }

  private async runCommand(innerDc: DialogContext, session: SetupSession, command: Command) {
    const context = innerDc.context;
    switch (command.kind) {
      case 'help':
        await this.sayPhrase(context, stepHelp(session.current ?? 'role', this.rules));
        return this.reprompt(innerDc);
      case 'options':
        await context.sendActivity(
          this.countryOptions.describe(command.countryText, turnLanguage(context)),
        );
        return this.reprompt(innerDc);
      case 'switchLanguage':
        await turnLanguage(context).switchTo(command.locale);
        await this.say(context, 'commands.languageSwitched');
        return this.reprompt(innerDc);
      case 'back':
        return this.goBack(innerDc, session);
      case 'status':
        await context.sendActivity(this.reports.status(session, turnLanguage(context)));
        return this.reprompt(innerDc);
      case 'share':
        if (session.lastPlan)
          await context.sendActivity(this.reports.share(session.lastPlan, turnLanguage(context)));
        else await this.say(context, 'share.nothing');
        return this.reprompt(innerDc);
      case 'restart':
      case 'cancel':
        if (answerCount(session.draft) >= CONFIRM_LOSING_ANSWERS) {
          return this.askToConfirm(context, session, command.kind);
        }
        return this.execute(innerDc, session, command.kind);
    }
  }

  private async askToConfirm(
    context: TurnContext,
    session: SetupSession,
    command: 'restart' | 'cancel',
  ): Promise<DialogTurnResult> {
    session.pendingCommand = command;
    await context.sendActivity(
      this.presenter.activity(this.confirmQuestion(session, command), turnLanguage(context)),
    );
    return Dialog.EndOfTurn;
  }

  private confirmQuestion(session: SetupSession, command: 'restart' | 'cancel'): Question {
    return {
      ...yesNoQuestion(
        `${command}.confirm`,
        phrase(`commands.${command}Confirm`, { count: answerCount(session.draft) }),
      ),
      progress: session.current && progressOf(session.current),
    };
  }

  /**
   * The admin's answer to "restart/cancel and lose your answers?": a clear yes
   * does it, a clear no keeps everything, anything unclear asks again. Another
   * command drops the question and is handled as usual (undefined).
   */
  private async settlePendingCommand(
    innerDc: DialogContext,
    session: SetupSession,
  ): Promise<DialogTurnResult | undefined> {
    const context = innerDc.context;
    const command = session.pendingCommand!;
    const answer = readAnswer(context.activity);
    const language = turnLanguage(context);
    if (answer.kind === 'text' && this.command(answer.text, language)) {
      delete session.pendingCommand;
      return undefined;
    }
    const ownButton =
      answer.kind === 'choice' && (!answer.question || answer.question === `${command}.confirm`);
    const meaning =
      answer.kind === 'choice'
        ? ownButton
          ? answer.id
          : 'unclear'
        : answer.kind === 'text'
          ? recognizeYesNo(
              answer.text,
              yesNoWords((key) => this.phrases.wordList(key, language)),
            )
          : 'unclear';
    if (meaning === 'yes' || meaning === 'no') delete session.pendingCommand;
    if (meaning === 'yes') return this.execute(innerDc, session, command);
    if (meaning === 'no') {
      await this.say(context, 'commands.kept');
      return this.reprompt(innerDc);
    }
    await this.say(context, 'answer.unclearYesNo', { hint: phrase('answer.noHint') });
    return this.askToConfirm(context, session, command);
  }

  private async execute(
    innerDc: DialogContext,
    session: SetupSession,
    command: 'restart' | 'cancel',
  ): Promise<DialogTurnResult> {
    const context = innerDc.context;
    await this.releaseHold(context, session);
    await this.sessions.set(context, newSession(session));
    if (command === 'cancel') {
      await this.say(context, 'commands.cancelled');
      return innerDc.cancelAllDialogs();
    }
    await this.say(context, 'commands.restarted');
    return this.restartLoop(innerDc);
  }

  private async goBack(innerDc: DialogContext, session: SetupSession) {
    const question = activeQuestion(innerDc);
    if (question?.yesNo && question.id.endsWith('.confirm') && session.current !== 'summary') {
      // Back from a confirmation goes to the question it confirms, in the same step.
      delete session.proposals[session.current as keyof typeof session.proposals];
      return this.restartLoop(innerDc);
    }
    if (session.changing) {
      // Back from a change made at the summary: the summary again, every answer as it was.
      session.draft = session.changing.draft;
      session.history = session.changing.history;
      delete session.changing;
      return this.restartLoop(innerDc);
    }
    const previous = session.history.pop() ?? this.lastGivenBefore(session);
    if (!previous) {
      await this.say(innerDc.context, 'commands.backAtStart');
      return this.reprompt(innerDc);
    }
    await this.forget(innerDc.context, session, previous);
    return this.restartLoop(innerDc);
  }

  /** The last step before the current one that has an answer (given in a sentence, never asked). */
  private lastGivenBefore(session: SetupSession): StepId | undefined {
    const current = session.current === 'summary' ? STEPS.length : STEPS.indexOf(session.current!);
    return STEPS.slice(0, current)
      .filter((step) => session.draft[step] !== undefined)
      .pop();
  }

  /** Drops one answer (and a subdomain's hold) so that its step is asked again. */
  private async forget(context: TurnContext, session: SetupSession, step: StepId) {
    if (step === 'subdomain') await this.releaseHold(context, session);
    session.draft = withoutAnswer(session.draft, step);
    delete session.proposals[step as keyof typeof session.proposals];
  }

  private async releaseHold(context: TurnContext, session: SetupSession) {
    if (session.draft.subdomain)
      await this.directory.release(session.draft.subdomain, planHolder(context, session));
  }

  private async answerQuestion(context: TurnContext, session: SetupSession, text: string) {
    await context.sendActivity(this.answers.answer(text, session, turnLanguage(context)));
  }

  /** A topic, help or share button (from an answer or the closing message): the step stays. */
  private async pressCommandButton(innerDc: DialogContext, session: SetupSession, id: string) {
    if (id === HELP_CHOICE) return this.runCommand(innerDc, session, { kind: 'help' });
    if (id === SHARE_CHOICE) return this.runCommand(innerDc, session, { kind: 'share' });
    const context = innerDc.context;
    const topic = this.answers.topicById(id.slice(TOPIC_CHOICE.length), turnLanguage(context));
    if (topic) await context.sendActivity(topic);
    return this.reprompt(innerDc);
  }

  private async reprompt(innerDc: DialogContext): Promise<DialogTurnResult> {
    await innerDc.repromptDialog();
    return Dialog.EndOfTurn;
  }

  private async restartLoop(innerDc: DialogContext): Promise<DialogTurnResult> {
    await innerDc.cancelAllDialogs();
    return innerDc.beginDialog(LOOP);
  }

  /** The way into the Service Setup wizard, once role and order type are known (again after a change). */
  private async showWayIntoWizard(context: TurnContext, session: SetupSession) {
    const { role, orderType } = session.draft;
    if (!role || !orderType || session.accessShownFor === `${role}/${orderType}`) return;
    session.accessShownFor = `${role}/${orderType}`;
    await this.say(context, `access.${role}.${orderType}`);
  }

  private async session(context: TurnContext): Promise<SetupSession> {
    return this.sessions.get(context, newSession());
  }

  private async say<K extends TranslationKey>(
    context: TurnContext,
    key: K,
    ...params: ParamsOf<K>
  ) {
    await this.sayPhrase(context, phrase(key, ...params));
  }

  private async sayPhrase(context: TurnContext, p: Phrase) {
    await say(context, this.phrases, p);
  }
}

/** The id of a button pressed (a card submit), if the message is one. */
function pressed(context: TurnContext): string | undefined {
  if (context.activity.type !== 'message') return undefined;
  const answer = readAnswer(context.activity);
  return answer.kind === 'choice' ? answer.id : undefined;
}

function isCommandChoice(id: string): boolean {
  return id === HELP_CHOICE || id === SHARE_CHOICE || id.startsWith(TOPIC_CHOICE);
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
