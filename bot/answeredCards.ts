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
}

/**
 * In Teams (channels whose profile says `updatesAnsweredCards`) a card stays on screen after it was answered, and its buttons would
 * answer again. Once the admin answers, the old card is replaced by its question
 * and a note that it was answered (Teams `updateActivity`).
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
        await this.openCard.set(context, { id, text: sent[i]!.text || cardQuestionText(card) });
        return true;
      }
    }
    return false;
  }

  /** Replaces the last card by plain text ending with `answeredNote`; failures are only logged. */
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
        text: `${card.text}\n\n${answeredNote()}`,
        attachments: [],
      });
    } catch (error) {
      this.log.debug({ err: error }, 'could not mark a card as answered');
    }
  }
}
