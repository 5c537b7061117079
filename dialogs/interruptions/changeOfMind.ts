import type { AnswerChanges } from '../conversation/answerChanges';
import type { Interruption, IncomingMessage, Next } from './interruption';

/**
 * Another value for a step already answered, at any question ("actually Japan after
 * all", "I want Webex Calling actually" at the subdomain, "Webex Calling" at the
 * summary): the answer changes instead of the message being taken for the question
 * being asked.
 */
export class ChangeOfMind implements Interruption {
  readonly name = 'change of mind';

  constructor(private readonly changes: AnswerChanges) {}

  matches(message: IncomingMessage): boolean {
    if (!message.text || message.first) return false;
    return this.changes.changes(message.session, message.proposed()).length > 0;
  }

  async handle({ context, session, ...message }: IncomingMessage): Promise<Next> {
    const changes = this.changes.changes(session, message.proposed());
    if (this.changes.clears(session, changes).length)
      return this.changes.askToConfirm(context, session, changes);
    return this.changes.apply(context, session, changes);
  }
}
