import type { TurnContext } from 'botbuilder';
import type {
  HandoffOpening,
  HandoffRequest,
  SupportDesk,
} from '../../dialogs/handoff/supportDesk';
import { ContactOnlyDesk } from '../../dialogs/handoff/supportDesk';
import type { HandoffStore } from '../../state/handoffStore';
import type { ChannelSupportDesk } from './handoffDelivery';

/**
 * The support desk the dialogs see, over every channel's support-desk target: a new
 * handoff goes to the first desk with a space, those set in the environment first (the
 * Webex room of HANDOFF_WEBEX_ROOM_ID wins over a registered Teams channel); neither
 * gives the contact text (or says none is configured). A handoff stays with the desk
 * that opened it (the store knows its target).
 */
export class HandoffDesks implements SupportDesk {
  private readonly desks: ChannelSupportDesk[];
  private readonly contactDesk: ContactOnlyDesk;

  constructor(
    desks: readonly ChannelSupportDesk[],
    private readonly contactText?: string,
    private readonly store?: Pick<HandoffStore, 'byThread'>,
  ) {
    this.desks = [
      ...desks.filter((d) => d.setIn === 'environment'),
      ...desks.filter((d) => d.setIn !== 'environment'),
    ];
    this.contactDesk = new ContactOnlyDesk(contactText);
  }

  /** Which target a new handoff goes to now (for the start-up log). */
  async activeTarget(): Promise<string> {
    const desk = await this.current();
    if (desk) return desk.target;
    return this.contactText ? 'contact' : 'none';
  }

  async open(context: TurnContext, request: HandoffRequest): Promise<HandoffOpening> {
    return ((await this.current()) ?? this.contactDesk).open(context, request);
  }

  async relay(context: TurnContext, id: string, text: string): Promise<boolean> {
    const desk = await this.owner(id);
    return desk ? desk.relay(context, id, text) : false;
  }

  async close(context: TurnContext, id: string): Promise<void> {
    await (await this.owner(id))?.close(context, id);
  }

  contact(): string | undefined {
    return this.contactText;
  }

  async hasTarget(): Promise<boolean> {
    return !!(await this.current());
  }

  private async current(): Promise<ChannelSupportDesk | undefined> {
    for (const desk of this.desks) if (await desk.hasTarget()) return desk;
    return undefined;
  }

  /** The desk that opened a handoff (by its record; the only desk when there is one). */
  private async owner(id: string): Promise<SupportDesk | undefined> {
    if (this.desks.length <= 1 || !this.store) return this.desks[0];
    const record = await this.store.byThread(id);
    return this.desks.find((d) => d.target === record?.target);
  }
}
