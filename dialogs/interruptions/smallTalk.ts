import type { SetupActions } from '../conversation/setupActions';
import type { Interruption, IncomingMessage, Next } from './interruption';

/** A greeting or a thank-you in the middle of a setup (the first message is answered by the welcome). */
export class SmallTalk implements Interruption {
  readonly name = 'small talk';

  constructor(private readonly actions: SetupActions) {}

  matches({ kind, first }: IncomingMessage): boolean {
    return !first && (kind === 'greeting' || kind === 'thanks');
  }

  async handle({ context, kind }: IncomingMessage): Promise<Next> {
    await this.actions.say(context, `smallTalk.${kind as 'greeting' | 'thanks'}`);
    return 'askAgain';
  }
}
