import { phrase } from '../phrase';
import type { SetupActions } from '../conversation/setupActions';
import { confirmationAnswer } from './confirmationAnswer';
import type { Interruption, IncomingMessage, Next } from './interruption';

/**
 * The admin's answer to "restart/cancel and lose your answers?": a clear yes does it, a
 * clear no keeps everything, anything unclear asks again. Another command drops the
 * question and goes down the list as usual.
 */
export class PendingConfirmation implements Interruption {
  readonly name = 'pending confirmation';

  constructor(private readonly actions: SetupActions) {}

  matches({ session, context, command }: IncomingMessage): boolean {
    if (!session.pendingCommand || context.activity.type !== 'message') return false;
    if (!command) return true;
    delete session.pendingCommand;
    return false;
  }

  async handle({ context, session, language, ...message }: IncomingMessage): Promise<Next> {
    const command = session.pendingCommand!;
    const meaning = confirmationAnswer(
      context,
      `${command}.confirm`,
      language,
      this.actions.phrases,
    );
    if (meaning === 'yes' || meaning === 'no') delete session.pendingCommand;
    if (meaning === 'yes')
      return this.actions.execute({ context, session, language, ...message }, command);
    if (meaning === 'no') {
      await this.actions.say(context, 'commands.kept');
      return 'askAgain';
    }
    await this.actions.say(context, 'answer.unclearYesNo', { hint: phrase('answer.noHint') });
    return this.actions.askToConfirm(context, session, command);
  }
}
