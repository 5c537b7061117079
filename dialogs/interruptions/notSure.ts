import { stepHelp } from '../stepHelp';
import type { SetupActions } from '../conversation/setupActions';
import type { Interruption, IncomingMessage, Next } from './interruption';

/**
 * "Not sure yet" at a question that is not yes/no, naming no answer either ("probably
 * Japan" is an answer): no hurry, and the step's help. At a yes/no question the step
 * itself says how to find out.
 */
export class NotSure implements Interruption {
  readonly name = 'not sure';

  constructor(private readonly actions: SetupActions) {}

  matches(message: IncomingMessage): boolean {
    if (message.kind !== 'unsure' || message.first || message.question?.yesNo) return false;
    return !Object.keys(message.proposed()).length;
  }

  async handle({ context, session, question }: IncomingMessage): Promise<Next> {
    await this.actions.say(context, 'smallTalk.unsure');
    await this.actions.sayPhrase(
      context,
      stepHelp(session.current ?? 'role', this.actions.rules, session.draft, question?.id),
    );
    return 'askAgain';
  }
}
