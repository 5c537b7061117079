import type { Handoffs } from '../handoff/handoffs';
import type { Interruption, IncomingMessage, Next } from './interruption';

/**
 * "talk to a person", "prata med en person", "can I talk to someone about ...": asks
 * once what is needed (unless the message says it), then hands the plan so far to the
 * support team (dialogs/handoff). After the commands, so that "help" stays help; before
 * the question, so that "can I talk to someone?" is no question for the knowledge base.
 */
export class HandoffInterruption implements Interruption {
  readonly name = 'handoff';
  /** A first message asking for a person gets the person, not the welcome. */
  readonly replacesWelcome = true;

  constructor(private readonly handoffs: Handoffs) {}

  matches(message: IncomingMessage): boolean {
    return this.handoffs.isRequest(message);
  }

  handle(message: IncomingMessage): Promise<Next> {
    return this.handoffs.request(message);
  }
}
