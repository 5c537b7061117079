import { MemoryStorage, type TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  Dialog,
  WaterfallDialog,
  type DialogContext,
  type DialogState,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import { LastWriteWinsUserState, OptimisticConversationState } from '../bot/optimisticState';
import { RootDialogRunner } from '../bot/rootDialogRunner';
import type { TurnHandler } from '../bot/turnHandler';
import { SetupLoop } from '../dialogs/conversation/setupLoop';
import { serveFloor } from './floorHost';

/** Sends the admin's message back and waits for the next one, which it ends with. */
class EchoQuestion extends Dialog {
  override async beginDialog(dc: DialogContext) {
    await dc.context.sendActivity(dc.context.activity.text ?? '');
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return dc.endDialog(dc.context.activity.text);
  }
}

/** Shaped as SetupDialog: a component whose loop (SetupLoop) begins a step (a waterfall) that asks a question. */
class EchoWizard extends ComponentDialog {
  constructor() {
    super('wizard');
    this.addDialog(new EchoQuestion('ask'));
    this.addDialog(
      new WaterfallDialog('step', [
        async (step) => step.beginDialog('ask'),
        async (step) => step.endDialog(step.result),
      ]),
    );
    const askAgain = (dc: DialogContext) => dc.beginDialog('step');
    this.addDialog(new SetupLoop('loop', { askNext: askAgain, record: askAgain }));
    this.initialDialogId = 'loop';
  }
}

/**
 * The benchmark's second floor: the first floor's echo, run through botbuilder-dialogs
 * by the bot's own runner in the shape of the bot's dialogs, with both state scopes (the
 * bot's own state classes) in memory, read and saved every turn. What this costs over the
 * first floor is what botbuilder-dialogs and state cost before any logic of the bot.
 */
function dialogFloor(): TurnHandler {
  const storage = new MemoryStorage();
  // The bot's own state classes: eTag-checked conversation state, written without a JSON
  // compare in a message turn (as the bot's), and user state.
  const conversationState = new OptimisticConversationState(
    storage,
    (context) => context.activity.type === 'message',
  );
  const userState = new LastWriteWinsUserState(storage);
  const runner = new RootDialogRunner(
    new EchoWizard(),
    conversationState.createProperty<DialogState>('dialogState'),
  );
  return {
    run: async (context: TurnContext) => {
      await userState.load(context);
      await runner.run(context);
      await conversationState.saveChanges(context);
      await userState.saveChanges(context);
    },
  };
}

serveFloor(dialogFloor());
