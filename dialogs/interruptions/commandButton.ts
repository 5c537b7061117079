import { HELP_CHOICE, SHARE_CHOICE, TOPIC_CHOICE } from '../conversation/commandChoices';
import type { QuestionAnswers } from '../conversation/questionAnswers';
import type { CommandInterruption } from './commandInterruption';
import type { Interruption, IncomingMessage, Next } from './interruption';

/** A topic, help or share button (under an answer or the closing message): the step stays. */
export class CommandButton implements Interruption {
  readonly name = 'command button';

  constructor(
    private readonly commands: CommandInterruption,
    private readonly answers: QuestionAnswers,
  ) {}

  matches({ button }: IncomingMessage): boolean {
    return (
      !!button &&
      (button === HELP_CHOICE || button === SHARE_CHOICE || button.startsWith(TOPIC_CHOICE))
    );
  }

  async handle(message: IncomingMessage): Promise<Next> {
    const { button, context, language } = message;
    if (button === HELP_CHOICE) return this.commands.run(message, { kind: 'help' });
    if (button === SHARE_CHOICE) return this.commands.run(message, { kind: 'share' });
    const topic = this.answers.topicById(button!.slice(TOPIC_CHOICE.length), language);
    if (topic) await context.sendActivity(topic);
    return 'askAgain';
  }
}
