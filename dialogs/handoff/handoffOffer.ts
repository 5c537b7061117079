import type { Activity, TurnContext } from 'botbuilder-core';
import { KNOWLEDGE_LOCALES } from '../../knowledge/knowledgeSchema';
import type { KnowledgeSearch } from '../../knowledge/knowledgeSearch';
import type { ProvisioningRules } from '../../provisioning/provisioningRules';
import { phrase, type PhraseRenderer } from '../phrase';
import { turnLanguage } from '../turnLanguage';
import type { HandoffState } from './handoffState';

/** Questions in a row the bot could not answer before it offers a person. */
const UNANSWERED_BEFORE_OFFER = 2;

/**
 * When the bot offers (never starts) a handoff: at a country the source table does not
 * cover, and after two of the admin's questions in a row that it could not answer.
 */
export class HandoffOffer {
  constructor(
    private readonly rules: ProvisioningRules,
    private readonly knowledge: KnowledgeSearch,
    private readonly phrases: PhraseRenderer,
  ) {}

  /** Whether this message earns the offer; counts unanswered questions in `state`. */
  earned(state: HandoffState, text: string, isQuestion: boolean, step?: string): boolean {
    if (step === 'country' && !isQuestion)
      return this.rules.findCountry(text).kind === 'unsupported';
    if (!isQuestion) {
      if (state.unanswered) state.unanswered = 0;
      return false;
    }
    state.unanswered = this.answerable(text) ? 0 : (state.unanswered ?? 0) + 1;
    if (state.unanswered < UNANSWERED_BEFORE_OFFER) return false;
    state.unanswered = 0;
    return true;
  }

  /**
   * Shows the offer once this turn, just before its next question (after the step's own
   * answer), when `helps` (a support space or a contact is configured).
   */
  showBeforeQuestion(context: TurnContext, helps: () => Promise<boolean>): void {
    const text = this.phrases.render(phrase('handoff.offer'), turnLanguage(context));
    let shown = false;
    context.onSendActivities(async (_ctx, activities, next) => {
      const at = activities.findIndex((a) => a.inputHint === 'expectingInput');
      if (!shown && at >= 0) {
        shown = true;
        if (!(await helps())) return next();
        activities.splice(at, 0, { type: 'message', text } as Partial<Activity>);
      }
      return next();
    });
  }

  /** Whether the bot has an answer: a country's facts or a knowledge entry. */
  private answerable(text: string): boolean {
    if (this.rules.findCountryInText(text).kind !== 'unknown') return true;
    return KNOWLEDGE_LOCALES.some(
      (locale) => this.knowledge.search(text, locale).kind === 'answer',
    );
  }
}
