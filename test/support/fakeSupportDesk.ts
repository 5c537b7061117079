import type { TurnContext } from 'botbuilder';
import type {
  HandoffOpening,
  HandoffRequest,
  SupportDesk,
} from '../../dialogs/handoff/supportDesk';

/** A support desk in memory: records what the dialogs hand it. */
export class FakeSupportDesk implements SupportDesk {
  readonly opened: HandoffRequest[] = [];
  readonly relayed: { id: string; text: string }[] = [];
  readonly closed: string[] = [];
  /** Handoffs the support team closed: relaying to them answers false. */
  readonly closedBySupport = new Set<string>();
  failOpen = false;

  constructor(
    private readonly space: 'webex' | 'teams' | 'contact' | 'none' = 'webex',
    private readonly contactText?: string,
  ) {}

  async open(_context: TurnContext, request: HandoffRequest): Promise<HandoffOpening> {
    if (this.failOpen) throw new Error('support space unreachable');
    if (this.space === 'contact') return { kind: 'contact', contact: this.contactText! };
    if (this.space === 'none') return { kind: 'none' };
    this.opened.push(request);
    return { kind: 'opened', id: `thread-${this.opened.length}`, target: this.space };
  }

  async relay(_context: TurnContext, id: string, text: string): Promise<boolean> {
    if (this.closedBySupport.has(id)) return false;
    this.relayed.push({ id, text });
    return true;
  }

  async close(_context: TurnContext, id: string): Promise<void> {
    this.closed.push(id);
  }

  contact(): string | undefined {
    return this.contactText;
  }

  async hasTarget(): Promise<boolean> {
    return this.space === 'webex' || this.space === 'teams';
  }
}
