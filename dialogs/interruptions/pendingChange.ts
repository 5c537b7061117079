import { phrase } from '../phrase';
import type { AnswerChanges } from '../conversation/answerChanges';
import type { SetupActions } from '../conversation/setupActions';
import { confirmationAnswer } from './confirmationAnswer';
import type { Interruption, IncomingMessage, Next } from './interruption';

/**
 * The admin's answer to "changing to X clears your answer about Y. Change it?": a clear
 * yes makes the change, a clear no keeps every answer, anything unclear asks again.
 * Another command drops the question and goes down the list as usual.
 */
export class PendingChange implements Interruption {
  readonly name = 'pending change';

  constructor(
    private readonly changes: AnswerChanges,
    private readonly actions: SetupActions,
  ) {}

  matches({ session, context, command }: IncomingMessage): boolean {
    if (!session.pendingChange || context.activity.type !== 'message') return false;
    if (!command) return true;
    delete session.pendingChange;
    return false;
  }

  async handle({ context, session, language }: IncomingMessage): Promise<Next> {
    const changes = session.pendingChange!;
    const meaning = confirmationAnswer(context, 'change.confirm', language, this.actions.phrases);
    if (meaning === 'unclear') {
      await this.actions.say(context, 'answer.unclearYesNo', { hint: phrase('answer.noHint') });
      return this.changes.askToConfirm(context, session, changes);
    }
    delete session.pendingChange;
    if (meaning === 'yes') return this.changes.apply(context, session, changes);
    await this.actions.say(context, 'changes.kept');
    return 'askAgain';
  }
}
