import type { TurnContext } from 'botbuilder';
import type {
  HandoffOpening,
  HandoffRequest,
  SupportDesk,
} from '../../dialogs/handoff/supportDesk';
import { ContactOnlyDesk } from '../../dialogs/handoff/supportDesk';

/** A desk whose space may be configured later (a Teams channel registered at run time). */
export interface OptionalDesk extends SupportDesk {
  /** Whether its space is known now. */
  hasTarget(): Promise<boolean>;
}

/**
 * Picks the support space per request: the Webex room in the environment wins over a
 * registered Teams channel; neither gives the contact text (or says none is configured).
 * A handoff stays with the desk that opened it (ids are prefixed with the target).
 */
export class HandoffDesks implements SupportDesk {
  private readonly contactDesk: ContactOnlyDesk;

  constructor(
    private readonly desks: { webex?: SupportDesk; teams?: OptionalDesk },
    private readonly contactText?: string,
  ) {
    this.contactDesk = new ContactOnlyDesk(contactText);
  }

  /** Which target a new handoff goes to now (for the start-up log). */
  async activeTarget(): Promise<'webex' | 'teams' | 'contact' | 'none'> {
    if (this.desks.webex) return 'webex';
    if (await this.desks.teams?.hasTarget()) return 'teams';
    return this.contactText ? 'contact' : 'none';
  }

  async open(context: TurnContext, request: HandoffRequest): Promise<HandoffOpening> {
    return (await this.current()).open(context, request);
  }

  async relay(context: TurnContext, id: string, text: string): Promise<boolean> {
    const desk = this.owner(id);
    return desk ? desk.relay(context, id, text) : false;
  }

  async close(context: TurnContext, id: string): Promise<void> {
    await this.owner(id)?.close(context, id);
  }

  contact(): string | undefined {
    return this.contactText;
  }

  async hasTarget(): Promise<boolean> {
    const target = await this.activeTarget();
    return target === 'webex' || target === 'teams';
  }

  private async current(): Promise<SupportDesk> {
    const target = await this.activeTarget();
    if (target === 'webex') return this.desks.webex!;
    if (target === 'teams') return this.desks.teams!;
    return this.contactDesk;
  }

  /** Both desks keep their records in the same store: either can answer for a thread it owns. */
  private owner(id: string): SupportDesk | undefined {
    return id.startsWith(TEAMS_THREAD_PREFIX) ? this.desks.teams : this.desks.webex;
  }
}

/** Teams handoff ids start with this (Webex message ids never do). */
export const TEAMS_THREAD_PREFIX = 'teams:';
