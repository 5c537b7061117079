import { attemptReport } from '../attemptReport';
import type { Proposals } from '../conversation/proposals';
import type { QuestionAnswers } from '../conversation/questionAnswers';
import type { Interruption, IncomingMessage, Next } from './interruption';

/**
 * A remark about the setup rather than an answer ("the wizard doesn't show up"): a
 * sentence that proposes no answer and picks none of the question's choices, answered
 * when the knowledge base has something on it. Before that, answers a yes/no reply
 * carries for later steps ("yes, and the subdomain is acmejp") are kept for them.
 */
export class Aside implements Interruption {
  readonly name = 'aside';

  constructor(
    private readonly proposals: Proposals,
    private readonly answers: QuestionAnswers,
  ) {}

  matches(message: IncomingMessage): boolean {
    const { text, question, session, language } = message;
    if (!text || message.first) return false;
    const proposed = message.proposed();
    this.proposals.keepLaterAnswers(question, session, proposed);
    return this.proposals.isAside(question, text, proposed, language);
  }

  async handle({ context, text, language }: IncomingMessage): Promise<Next> {
    const aside = this.answers.aside(text!, language, attemptReport(context));
    if (!aside) return 'toStep';
    await context.sendActivity(aside);
    return 'askAgain';
  }
}
