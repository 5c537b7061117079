import { z } from 'zod';
import {
  CardFactory,
  type Activity,
  type ResourceResponse,
  type StatePropertyAccessor,
  type TurnContext,
} from 'botbuilder';
import type { Logger } from './logger';
import type { ChannelProfile } from './render/channelProfile';
import { cardQuestionText } from './render/choiceCard';

/** The last question card shown in a conversation, so that it can be marked answered. */
export interface OpenCard {
  id: string;
  text: string;
  /** Its buttons' choices (cards remembered by an older version have none). */
  choices?: CardChoice[];
}

export interface CardChoice {
  id: string;
  label: string;
}

/** A button's data, as choiceCard sends it. */
const submitData = z.object({ choice: z.string() });
const submitAction = z.object({
  type: z.literal('Action.Submit'),
  title: z.string(),
  data: submitData,
});

/** The mark before the chosen answer on an answered card ("✔ Sweden"). */
const ANSWERED_MARK = '✔';

/**
 * In Teams (channels whose profile says `updatesAnsweredCards`) a card stays on screen after it was answered, and its buttons would
 * answer again. Once the admin answers, the old card is replaced by its question
 * and the answer chosen ("✔ Sweden"), or a note that it was answered when the message
 * picked none of its buttons (Teams `updateActivity`).
 */
export class AnsweredCards {
  constructor(
    private readonly openCard: StatePropertyAccessor<OpenCard | undefined>,
    private readonly log: Logger,
  ) {}

  /** Call with what was sent and the channel's responses: remembers the last card (true when one was). */
  async remember(
    context: TurnContext,
    profile: ChannelProfile,
    sent: Partial<Activity>[],
    responses: ResourceResponse[],
  ): Promise<boolean> {
    if (!profile.updatesAnsweredCards) return false;
    for (let i = sent.length - 1; i >= 0; i--) {
      const id = responses[i]?.id;
      const card = sent[i]!.attachments?.find(
        (a) => a.contentType === CardFactory.contentTypes.adaptiveCard,
      );
      if (id && card) {
        await this.openCard.set(context, {
          id,
          text: sent[i]!.text || cardQuestionText(card),
          choices: cardChoices(card.content),
        });
        return true;
      }
    }
    return false;
  }

  /**
   * Replaces the last card by plain text ending with the chosen answer, else with
   * `answeredNote`; failures are only logged.
   */
  async markAnswered(
    context: TurnContext,
    profile: ChannelProfile,
    /** The note added to the card (translated only when a card is marked). */
    answeredNote: () => string,
  ): Promise<void> {
    if (!profile.updatesAnsweredCards || context.activity.type !== 'message') return;
    const card = await this.openCard.get(context);
    if (!card) return;
    await this.openCard.delete(context);
    try {
      await context.updateActivity({
        id: card.id,
        type: 'message',
        text: `${card.text}\n\n${answeredLine(card, context.activity) ?? answeredNote()}`,
        attachments: [],
      });
    } catch (error) {
      this.log.debug({ err: error }, 'could not mark a card as answered');
    }
  }
}

/** The choices of a card's Action.Submit buttons, wherever they sit in its body. */
export function cardChoices(content: unknown): CardChoice[] {
  const found: CardChoice[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const action = submitAction.safeParse(node);
    if (action.success) found.push({ id: action.data.data.choice, label: action.data.title });
    else Object.values(node).forEach(visit);
  };
  visit(content);
  return found;
}

/** "✔ <label>" when the message picked one of the card's choices (a button, or its label typed). */
function answeredLine(card: OpenCard, activity: Partial<Activity>): string | undefined {
  const choices = card.choices ?? [];
  const submitted = submitData.safeParse(activity.value);
  const typed = activity.text?.trim().toLowerCase();
  const chosen = submitted.success
    ? choices.find((c) => c.id === submitted.data.choice)
    : choices.find((c) => typed && c.label.toLowerCase() === typed);
  return chosen ? `${ANSWERED_MARK} ${chosen.label}` : undefined;
}
