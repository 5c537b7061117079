import {
  ActivityTypes,
  Channels,
  CloudAdapterBase,
  type StatePropertyAccessor,
  type TurnContext,
} from 'botbuilder';
import {
  DialogSet,
  DialogTurnStatus,
  runDialog,
  type Dialog,
  type DialogState,
  type DialogStateManagerConfiguration,
} from 'botbuilder-dialogs';
import { getActiveDialogContext, isFromParentToSkill } from 'botbuilder-dialogs/lib/dialogHelper';

/** Where botbuilder-dialogs keeps the memory scopes of a turn (dialogStateManager.js). */
const STATE_MANAGER_CONFIGURATION = 'DialogStateManagerConfiguration';

/**
 * Runs the root dialog of a turn as botbuilder-dialogs' runDialog does (continue the
 * active dialog, else begin it; then a "BotState" trace), without its per-turn work that
 * changes nothing here: a new DialogSet, one more DialogStateManager whose scopes load and
 * save nothing (the bot saves its states itself), memory scopes rebuilt every turn (they
 * hold no state: built once, shared), and the state snapshot for a trace that the Bot
 * Framework adapter drops on every channel but the Emulator. A turn from a parent bot
 * (skill) goes through runDialog itself, for its cancel and reprompt handling.
 */
export class RootDialogRunner {
  private readonly dialogs: DialogSet;
  private memoryScopes: DialogStateManagerConfiguration | undefined;

  constructor(
    private readonly dialog: Dialog,
    private readonly dialogState: StatePropertyAccessor<DialogState>,
  ) {
    this.dialogs = new DialogSet(dialogState).add(dialog);
  }

  async run(context: TurnContext): Promise<void> {
    if (isFromParentToSkill(context)) return runDialog(this.dialog, context, this.dialogState);
    if (this.memoryScopes) context.turnState.set(STATE_MANAGER_CONFIGURATION, this.memoryScopes);
    const dc = await this.dialogs.createContext(context);
    this.memoryScopes ??= context.turnState.get(STATE_MANAGER_CONFIGURATION) as
      DialogStateManagerConfiguration | undefined;
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.dialog.id);
    if (traceIsDelivered(context)) {
      await context.sendActivity({
        type: ActivityTypes.Trace,
        name: 'BotState',
        label: 'Bot State',
        valueType: 'https://www.botframework.com/schemas/botState',
        value: getActiveDialogContext(dc).state.getMemorySnapshot(),
      });
    }
  }
}

/** The Bot Framework adapters send trace activities to the Emulator only; other adapters get them all. */
function traceIsDelivered(context: TurnContext): boolean {
  return (
    !(context.adapter instanceof CloudAdapterBase) ||
    context.activity.channelId === Channels.Emulator
  );
}
