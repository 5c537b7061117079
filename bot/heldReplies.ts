import type { Activity, ResourceResponse } from 'botbuilder';

interface Held {
  activities: Partial<Activity>[];
  send: () => Promise<ResourceResponse[]>;
}

/**
 * The replies of one turn, held until its state is committed: a turn that loses a race
 * for the conversation (an eTag conflict at the save) or fails has said nothing, instead
 * of showing the next question and then asking for the answer again.
 */
export class HeldReplies {
  private held: Held[] | undefined = [];

  /** True while replies are held (until released or dropped). */
  get holding(): boolean {
    return this.held !== undefined;
  }

  /** Holds a send; answers with empty ids, as the channel's ids are known only once sent. */
  hold(
    activities: Partial<Activity>[],
    send: () => Promise<ResourceResponse[]>,
  ): ResourceResponse[] {
    this.held!.push({ activities: [...activities], send });
    return activities.map(() => ({ id: '' }));
  }

  /** Sends what was held, in order; later sends of the turn go out at once. */
  async release(): Promise<{ activities: Partial<Activity>[]; responses: ResourceResponse[] }[]> {
    const held = this.held ?? [];
    this.held = undefined;
    const sent = [];
    for (const { activities, send } of held) sent.push({ activities, responses: await send() });
    return sent;
  }

  /** Forgets what was held (the turn failed or lost its race); later sends go out at once. */
  drop(): void {
    this.held = undefined;
  }
}
