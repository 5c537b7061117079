import type { TurnContext } from 'botbuilder-core';
import type { CommandId } from '../insights/attemptRecord';
import { NO_REPORTER, type AttemptReporter } from '../insights/attemptReporter';
import type { Command } from './conversation/commands';

const ATTEMPT_REPORTER = Symbol('attemptReporter');

/** Set by the bot for each message turn; the dialogs report what happened to it. */
export function setAttemptReporter(context: TurnContext, reporter: AttemptReporter): void {
  context.turnState.set(ATTEMPT_REPORTER, reporter);
}

/** The turn's reporter, or one that reports nowhere (dialog tests, turns not recorded). */
export function attemptReport(context: TurnContext): AttemptReporter {
  return (context.turnState.get(ATTEMPT_REPORTER) as AttemptReporter | undefined) ?? NO_REPORTER;
}

/** A command as counted (the `command` label of wxcc_setup_commands_total). */
export function commandId(command: Command): CommandId {
  return command.kind === 'switchLanguage' ? 'language' : command.kind;
}
