import { attemptReport, commandId } from '../attemptReport';
import { stepHelp } from '../stepHelp';
import type { Command } from '../conversation/commands';
import type { CountryOptions } from '../conversation/countryOptions';
import type { PlanReports } from '../conversation/planReports';
import type { SetupActions } from '../conversation/setupActions';
import type { Interruption, IncomingMessage, Next } from './interruption';

/** A command typed at any step: help, back, restart, cancel, language, options, status, share. */
export class CommandInterruption implements Interruption {
  readonly name = 'command';

  constructor(
    private readonly actions: SetupActions,
    private readonly reports: PlanReports,
    private readonly countryOptions: CountryOptions,
  ) {}

  matches({ command }: IncomingMessage): boolean {
    return !!command;
  }

  handle(message: IncomingMessage): Promise<Next> {
    return this.run(message, message.command!);
  }

  async run(message: IncomingMessage, command: Command): Promise<Next> {
    const { context, session, language } = message;
    attemptReport(context).commandUsed(commandId(command));
    switch (command.kind) {
      case 'help':
        await this.actions.sayPhrase(
          context,
          stepHelp(
            session.current ?? 'role',
            this.actions.rules,
            session.draft,
            message.question?.id,
          ),
        );
        return 'askAgain';
      case 'options':
        await context.sendActivity(this.countryOptions.describe(command.countryText, language));
        return 'askAgain';
      case 'switchLanguage':
        await language.switchTo(command.locale);
        // The first message's welcome is already in the new language.
        if (!message.first) await this.actions.say(context, 'commands.languageSwitched');
        return 'askAgain';
      case 'back':
        return this.actions.goBack(message);
      case 'status':
        await context.sendActivity(this.reports.status(session, language));
        return 'askAgain';
      case 'share':
        if (session.lastPlan)
          await context.sendActivity(this.reports.share(session.lastPlan, language));
        else await this.actions.say(context, 'share.nothing');
        return 'askAgain';
      case 'restart':
      case 'cancel':
        return this.actions.restartOrCancel(message, command.kind);
    }
  }
}
