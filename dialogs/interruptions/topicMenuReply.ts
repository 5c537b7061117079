import { Dialog } from 'botbuilder-dialogs';
import type { QuestionAnswers } from '../conversation/questionAnswers';
import type { CommandButton } from './commandButton';
import type { Interruption, IncomingMessage, Next } from './interruption';

/**
 * The reply to an "is it one of these?" menu: a number or an entry's name picks that
 * entry, as its button would. Anything else drops the menu and goes down the list, so
 * the step's answer still works; a number never reaches the step while a menu is open.
 */
export class TopicMenuReply implements Interruption {
  readonly name = 'topic menu reply';

  constructor(
    private readonly answers: QuestionAnswers,
    private readonly buttons: CommandButton,
  ) {}

  matches({ session, text, language }: IncomingMessage): boolean {
    if (!session.topicMenu) return false;
    const chosen = text && this.answers.menuChoice(session.topicMenu, text, language);
    if (chosen && chosen.kind !== 'none') return true;
    delete session.topicMenu;
    return false;
  }

  async handle(message: IncomingMessage): Promise<Next> {
    const { session, text, language, context } = message;
    const chosen = this.answers.menuChoice(session.topicMenu!, text!, language);
    if (chosen.kind === 'outOfRange') {
      await context.sendActivity(this.answers.menuNumberHint(chosen.count, language));
      return { result: Dialog.EndOfTurn };
    }
    delete session.topicMenu;
    return this.buttons.handle({
      ...message,
      button: chosen.kind === 'choice' ? chosen.id : undefined,
    });
  }
}
