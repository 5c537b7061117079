import { Dialog } from 'botbuilder-dialogs';
import { attemptReport } from '../attemptReport';
import type { QuestionAnswers } from '../conversation/questionAnswers';
import type { Interruption, IncomingMessage, Next } from './interruption';

/** The admin's own question: answered from the rules or the knowledge base, never taken as an answer. */
export class QuestionInterruption implements Interruption {
  readonly name = 'question';

  constructor(private readonly answers: QuestionAnswers) {}

  matches({ kind }: IncomingMessage): boolean {
    return kind === 'question';
  }

  /**
   * An "is it one of these?" menu ends the turn without the step's question: two numbered
   * lists at once made a "1" meant for the menu answer the step. At the first message the
   * question is asked all the same (no step is open yet), so the menu is not kept.
   */
  async handle({
    context,
    session,
    text,
    language,
    first,
    question,
  }: IncomingMessage): Promise<Next> {
    const reply = this.answers.answer(text!, language, attemptReport(context), {
      unsupportedCountry: session.unsupportedCountry,
      planCountry: session.draft.country ?? question?.about?.country ?? session.proposals.country,
    });
    await context.sendActivity(reply.activity);
    if (!reply.menu || first) return 'askAgain';
    session.topicMenu = reply.menu;
    return { result: Dialog.EndOfTurn };
  }
}
