import type { UnavailableAnswers } from '../conversation/unavailableAnswers';
import type { SetupActions } from '../conversation/setupActions';
import type { Interruption, IncomingMessage, Next } from './interruption';

/**
 * An option of the step being asked that this plan cannot have ("Controlled GA" for
 * Japan, "PSTN" on a trial): the rule that rules it out is said, instead of "that isn't
 * one of the options", and the question is asked again.
 */
export class UnavailableChoice implements Interruption {
  readonly name = 'unavailable choice';

  constructor(
    private readonly unavailable: UnavailableAnswers,
    private readonly actions: SetupActions,
  ) {}

  matches(message: IncomingMessage): boolean {
    return this.why(message) !== undefined;
  }

  async handle(message: IncomingMessage): Promise<Next> {
    await this.actions.sayPhrase(message.context, this.why(message)!);
    return 'askAgain';
  }

  private why({ text, question, session, proposed }: IncomingMessage) {
    const step = session.current;
    if (!text || !step || !question || question.id !== step) return undefined;
    const value = Reflect.get(proposed(), step);
    if (value === undefined || question.choices.some((c) => c.id === String(value)))
      return undefined;
    return this.unavailable.forStep(session.draft, step, value);
  }
}
