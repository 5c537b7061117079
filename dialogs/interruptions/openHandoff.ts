import type { Handoffs } from '../handoff/handoffs';
import type { Interruption, IncomingMessage, Next } from './interruption';

/**
 * A handoff to a person under way: while it is open, everything the admin types goes to
 * the support thread ("continue setup" ends it), the answer to "what do you need?" starts
 * it, and a person's reply or closing (an event the support desk sends in) reaches the
 * admin. First in the list: a message meant for the person is never read as a command,
 * a yes/no, a question or an answer.
 */
export class OpenHandoff implements Interruption {
  readonly name = 'open handoff';
  /** The admin is talking to a person: no welcome to a new setup. */
  readonly replacesWelcome = true;

  constructor(private readonly handoffs: Handoffs) {}

  matches(message: IncomingMessage): boolean {
    return this.handoffs.isOpenFor(message);
  }

  handle(message: IncomingMessage): Promise<Next> {
    return this.handoffs.continueOpen(message);
  }
}
