import {
  Dialog,
  type DialogContext,
  type DialogReason,
  type DialogTurnResult,
} from 'botbuilder-dialogs';

export interface SetupLoopActions {
  /** Begins the step of the next open question (or the summary), or ends the setup. */
  askNext(dc: DialogContext): Promise<DialogTurnResult>;
  /** Takes the result of the step that just ended, then asks the next question. */
  record(dc: DialogContext, result: unknown): Promise<DialogTurnResult>;
}

/**
 * The setup's loop: one step dialog after the other, each a waterfall. It stays one
 * dialog instance for the whole setup: a waterfall restarting itself after every answer
 * would build two more DialogContexts (and an instance id) per turn.
 */
export class SetupLoop extends Dialog {
  constructor(
    id: string,
    private readonly actions: SetupLoopActions,
  ) {
    super(id);
  }

  override beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.actions.askNext(dc);
  }

  /**
   * Only when no step is under way, which the loop never leaves behind itself (a stack of
   * the nested shape saved with an empty step could): ask the open question.
   */
  override continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.actions.askNext(dc);
  }

  override resumeDialog(
    dc: DialogContext,
    _reason: DialogReason,
    result?: unknown,
  ): Promise<DialogTurnResult> {
    return this.actions.record(dc, result);
  }
}
