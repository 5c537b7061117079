import type { Proposals } from '../conversation/proposals';
import type { Interruption, IncomingMessage, Next } from './interruption';

/**
 * A message with answers to questions still open besides the one being asked ("partner,
 * subscription in Japan, subdomain acmejp"), and every answer-like first message: what it
 * gives is taken or kept for its step, and the first open question is asked.
 */
export class OtherAnswers implements Interruption {
  readonly name = 'other answers';

  constructor(private readonly proposals: Proposals) {}

  matches(message: IncomingMessage): boolean {
    const { text, first, kind, command, question, session, language } = message;
    if (!text) return false;
    if (first) return !kind && !command;
    const proposed = message.proposed();
    return this.proposals.answersOtherQuestions(question, session, proposed, text, language);
  }

  async handle(message: IncomingMessage): Promise<Next> {
    await this.proposals.use(message.context, message.session, message.proposed());
    return 'askNext';
  }
}
