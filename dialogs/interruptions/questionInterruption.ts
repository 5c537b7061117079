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

  async handle({ context, session, text, language }: IncomingMessage): Promise<Next> {
    await context.sendActivity(
      this.answers.answer(text!, session, language, attemptReport(context)),
    );
    return 'askAgain';
  }
}
