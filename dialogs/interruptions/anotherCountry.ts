import type { Proposals } from '../conversation/proposals';
import type { Interruption, IncomingMessage, Next } from './interruption';

/** "No, it is Canada" at "Is Mexico the right country?": Canada is confirmed instead. */
export class AnotherCountry implements Interruption {
  readonly name = 'another country';

  constructor(private readonly proposals: Proposals) {}

  matches(message: IncomingMessage): boolean {
    return (
      !!message.text && this.proposals.namesAnotherCountry(message.question, message.proposed())
    );
  }

  async handle({ session, ...message }: IncomingMessage): Promise<Next> {
    session.proposals.country = message.proposed().country;
    return 'askNext';
  }
}
