import type { StatePropertyAccessor, TurnContext } from 'botbuilder-core';
import { Dialog } from 'botbuilder-dialogs';
import type { ProvisioningRules } from '../../provisioning/provisioningRules';
import type { SubdomainDirectory } from '../../provisioning/subdomainDirectory';
import type { TranslationKey } from '../../locales/translationKeys';
import { phrase, type ParamsOf, type Phrase, type PhraseRenderer } from '../phrase';
import type { Question } from '../question';
import { QuestionPresenter } from '../questionPresenter';
import { attemptReport } from '../attemptReport';
import { say } from '../say';
import { answerCount, progressOf, STEPS, withoutAnswer, type StepId } from '../setupDraft';
import { yesNoQuestion } from '../stepDialog';
import { turnLanguage } from '../turnLanguage';
import type { IncomingMessage, Next } from '../interruptions/interruption';
import { newSession, planHolder, type SetupSession } from './setupSession';

/** Restart and cancel ask first once this many answers would be lost. */
const CONFIRM_LOSING_ANSWERS = 3;

export type LosingCommand = 'restart' | 'cancel';

/**
 * What the interruptions do to the setup itself: say a sentence, go back, forget an
 * answer, restart or cancel (asking first when answers would be lost).
 */
export class SetupActions {
  private readonly presenter: QuestionPresenter;

  constructor(
    readonly rules: ProvisioningRules,
    readonly phrases: PhraseRenderer,
    private readonly directory: SubdomainDirectory,
    private readonly sessions: StatePropertyAccessor<SetupSession>,
  ) {
    this.presenter = new QuestionPresenter(phrases);
  }

  async say<K extends TranslationKey>(context: TurnContext, key: K, ...params: ParamsOf<K>) {
    await this.sayPhrase(context, phrase(key, ...params));
  }

  async sayPhrase(context: TurnContext, p: Phrase) {
    await say(context, this.phrases, p);
  }

  /** Restart or cancel: at once, or after a yes when answers would be lost. */
  async restartOrCancel(message: IncomingMessage, command: LosingCommand): Promise<Next> {
    if (!message.first && answerCount(message.session.draft) >= CONFIRM_LOSING_ANSWERS)
      return this.askToConfirm(message.context, message.session, command);
    return this.execute(message, command);
  }

  async askToConfirm(
    context: TurnContext,
    session: SetupSession,
    command: LosingCommand,
  ): Promise<Next> {
    session.pendingCommand = command;
    return this.askYesNo(
      context,
      session,
      yesNoQuestion(`${command}.confirm`, this.confirmText(session, command)),
    );
  }

  /** A yes/no the setup asks itself (not a step's): the turn ends waiting for it. */
  async askYesNo(context: TurnContext, session: SetupSession, question: Question): Promise<Next> {
    const progress = session.current && progressOf(session.current);
    await context.sendActivity(
      this.presenter.activity({ ...question, progress }, turnLanguage(context)),
    );
    return { result: Dialog.EndOfTurn };
  }

  async execute(message: IncomingMessage, command: LosingCommand): Promise<Next> {
    const { context, session, dc } = message;
    // At the start there is nothing to restart or cancel: the first question is asked.
    if (message.first) return 'askNext';
    await this.releaseHold(context, session);
    await this.sessions.set(context, newSession(session));
    if (command === 'cancel') {
      attemptReport(context).cancelled();
      await this.say(context, 'commands.cancelled');
      return { result: await dc.cancelAllDialogs() };
    }
    await this.say(context, 'commands.restarted');
    return 'askNext';
  }

  /** Back: out of a confirmation, out of a change, or to the last answer given. */
  async goBack(message: IncomingMessage): Promise<Next> {
    const { question, session, context } = message;
    if (question?.yesNo && question.id.endsWith('.confirm') && session.current !== 'summary') {
      // Back from a confirmation goes to the question it confirms, in the same step.
      Reflect.deleteProperty(session.proposals, session.current!);
      return 'askNext';
    }
    // Back from a change of mind, or from a change begun at the summary: every answer as it was.
    const before = session.undo ?? session.changing;
    if (before) {
      session.draft = before.draft;
      session.history = before.history;
      delete session.undo;
      delete session.changing;
      await this.say(context, 'changes.undone');
      return 'askNext';
    }
    const { step: previous, keptCountry } = previousAnswered(session);
    // The confirmed country stays: only "change country" on the summary or a restart changes it.
    if (keptCountry)
      await this.say(context, 'commands.backKeepsCountry', {
        country: { country: keptCountry, inSentence: true },
      });
    if (!previous) {
      if (!keptCountry) await this.say(context, 'commands.backAtStart');
      return 'askAgain';
    }
    await this.forget(context, session, previous);
    return 'askNext';
  }

  /** Drops one answer (and a subdomain's hold) so that its step is asked again. */
  async forget(context: TurnContext, session: SetupSession, step: StepId) {
    if (step === 'subdomain') await this.releaseHold(context, session);
    session.draft = withoutAnswer(session.draft, step);
    Reflect.deleteProperty(session.proposals, step);
  }

  async releaseHold(context: TurnContext, session: SetupSession) {
    if (session.draft.subdomain)
      await this.directory.release(session.draft.subdomain, planHolder(context, session));
  }

  private confirmText(session: SetupSession, command: LosingCommand): Phrase {
    return phrase(`commands.${command}Confirm`, { count: answerCount(session.draft) });
  }
}

/**
 * Where "back" goes: the last step before the current one that the admin answered (the
 * history of asked steps, newest first; then answers given in a sentence, never asked),
 * passing over a step whose answer is gone. The confirmed country is passed over too, and
 * named in `keptCountry`: going back never un-confirms it.
 */
function previousAnswered(session: SetupSession): { step?: StepId; keptCountry?: string } {
  const current = session.current === 'summary' ? STEPS.length : STEPS.indexOf(session.current!);
  const answeredBefore = (step: StepId) =>
    STEPS.indexOf(step) < current && session.draft[step] !== undefined;
  const country = session.draft.country;
  let keptCountry: string | undefined;
  const take = (step: StepId): boolean => {
    if (!answeredBefore(step)) return false;
    if (step !== 'country') return true;
    keptCountry = country;
    return false;
  };
  while (session.history.length) {
    const step = session.history.pop()!;
    if (take(step)) return { step, ...(keptCountry ? { keptCountry } : {}) };
  }
  const given = STEPS.slice(0, current).filter(take).pop();
  return { ...(given ? { step: given } : {}), ...(keptCountry ? { keptCountry } : {}) };
}
