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
import { SetupLoop } from '../dialogs/conversation/setupLoop';
import { createAdapter } from '../channels/botframework/adapter';
import { messagesRoute } from '../channels/botframework/messagesRoute';
import { requestLimits } from '../server/app';
import { loadConfig } from '../server/config';
import { createHttpServer, listen } from '../server/httpServer';
import { createLogger } from '../server/logger';

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
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger('silent');
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
  const echo = {
    run: async (context: TurnContext) => {
      await userState.load(context);
      await runner.run(context);
      await conversationState.saveChanges(context);
      await userState.saveChanges(context);
    },
  };
  const adapter = createAdapter(config, log, async () => undefined);
  const routes = [messagesRoute(adapter, echo, requestLimits(config))];
  const server = createHttpServer({ routes, log });
  await listen(server, config.PORT, '127.0.0.1');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
