import type { TurnContext } from 'botbuilder-core';
import type { ProvisioningRules } from '../../provisioning/provisioningRules';
import { phrase, type Phrase } from '../phrase';
import type { Next } from '../interruptions/interruption';
import {
  droppedAnswers,
  STEPS,
  withAnswer,
  withoutAnswer,
  type SetupAnswers,
  type StepId,
} from '../setupDraft';
import { yesNoQuestion } from '../stepDialog';
import { stepModule } from '../steps/registry';
import { turnLanguage } from '../turnLanguage';
import type { PlanReports } from './planReports';
import type { ProposedAnswers } from './proposalReader';
import type { SetupActions } from './setupActions';
import type { SetupSession } from './setupSession';
import type { UnavailableAnswers } from './unavailableAnswers';

/** Another value for an answered step, as a message gives it. */
export type AnswerChange = { step: StepId; value: unknown };

/**
 * A change of mind at any question ("actually Japan after all", "change telephony to
 * Webex Calling", a value typed at the summary): the answer is changed, what it makes
 * impossible is said and asked again, and `back` undoes the whole change. A change that
 * clears other answers is confirmed first. The country
 * and the subdomain are not set here: their steps confirm and check them again.
 */
export class AnswerChanges {
  constructor(
    private readonly rules: ProvisioningRules,
    private readonly actions: SetupActions,
    private readonly reports: PlanReports,
    private readonly unavailable: UnavailableAnswers,
  ) {}

  /** The answered steps the message gives a different value for. */
  changes(session: SetupSession, proposed: ProposedAnswers): AnswerChange[] {
    const { draft } = session;
    return STEPS.flatMap((step) => {
      const value = this.proposedValue(step, proposed, draft);
      return draft[step] !== undefined && value !== undefined && value !== draft[step]
        ? [{ step, value }]
        : [];
    });
  }

  /**
   * The answers the changes would clear besides their own steps (a platform change clears
   * the telephony option): the change is then confirmed first.
   */
  clears(session: SetupSession, changes: AnswerChange[]): StepId[] {
    let draft = session.draft;
    for (const change of changes) {
      if (this.whyNot(draft, change)) continue;
      draft = this.throughItsStep(draft, change)
        ? this.rules.validAnswers(withoutAnswer(draft, change.step))
        : withAnswer(draft, change.step, change.value, this.rules);
    }
    const changed = changes.map((c) => c.step);
    return droppedAnswers(session.draft, draft, changed[0]!).filter((s) => !changed.includes(s));
  }

  /** "Changing to Exception platform clears your telephony option answer. Change it?" */
  async askToConfirm(
    context: TurnContext,
    session: SetupSession,
    changes: AnswerChange[],
  ): Promise<Next> {
    session.pendingChange = changes;
    const language = turnLanguage(context);
    const allowed = changes.filter((c) => !this.whyNot(session.draft, c));
    const text = phrase('changes.confirm', {
      items: { list: allowed.map((c) => this.valuePhrase(c)), join: 'and' },
      answers: this.reports.stepList(this.clears(session, changes), language),
    });
    return this.actions.askYesNo(context, session, yesNoQuestion('change.confirm', text));
  }

  async apply(context: TurnContext, session: SetupSession, changes: AnswerChange[]) {
    const before = { draft: session.draft, history: [...session.history] };
    const taken: Phrase[] = [];
    for (const change of changes) {
      const why = this.whyNot(session.draft, change);
      if (why) await this.actions.sayPhrase(context, why);
      else taken.push(await this.change(context, session, change));
    }
    if (!taken.length) return 'askAgain' as const;
    const language = turnLanguage(context);
    await this.actions.say(context, 'changes.changed', { items: { list: taken, join: 'and' } });
    const changed = changes.map((c) => c.step);
    const dropped = droppedAnswers(before.draft, session.draft, changed[0]!).filter(
      (step) => !changed.includes(step),
    );
    for (const notice of this.reports.droppedNotices(session.draft, dropped, language))
      await this.actions.sayPhrase(context, notice);
    session.undo = before;
    return 'askNext' as const;
  }

  private async change(
    context: TurnContext,
    session: SetupSession,
    change: AnswerChange,
  ): Promise<Phrase> {
    const { step, value } = change;
    if (this.throughItsStep(session.draft, change)) {
      await this.actions.forget(context, session, step);
      session.draft = this.rules.validAnswers(session.draft);
      Reflect.set(session.proposals, step, value);
    } else {
      session.draft = withAnswer(session.draft, step, value, this.rules);
    }
    return this.valuePhrase(change);
  }

  /**
   * A value its step must confirm or check is not set here but handed to the step: the
   * country (confirmed), the subdomain (checked), a platform only Solution Assurance can
   * ask for (its yes/no).
   */
  private throughItsStep(draft: SetupAnswers, { step, value }: AnswerChange): boolean {
    if (step === 'country' || step === 'subdomain') return true;
    if (step !== 'platform' || !draft.country) return false;
    const platform = this.rules.platformsOf(draft.country).find((p) => p.id === value);
    return !!platform?.requiresSolutionAssurance;
  }

  /** The new value as the acknowledgement names it. */
  private valuePhrase({ step, value }: AnswerChange): Phrase {
    if (step === 'country')
      return phrase('proposals.toConfirm', { value: { country: String(value) } });
    if (step === 'subdomain') return phrase('proposals.subdomain', { subdomain: String(value) });
    if (step === 'pstnAddOn') return phrase(value ? 'proposals.addOn' : 'proposals.noAddOn');
    return stepModule(step).facts(value as never, this.rules)[0]!.value;
  }

  private whyNot(draft: SetupAnswers, { step, value }: AnswerChange): Phrase | undefined {
    return this.unavailable.forStep(draft, step, value);
  }

  private proposedValue(step: StepId, proposed: ProposedAnswers, draft: SetupAnswers): unknown {
    if (step === 'country') return correctedCountry(proposed, draft) ?? proposed.country;
    if (step === 'subdomain') {
      const check = proposed.subdomain ? this.rules.checkSubdomain(proposed.subdomain) : undefined;
      return check?.ok ? check.subdomain : undefined;
    }
    return Reflect.get(proposed, step);
  }
}

/**
 * The country a message puts in place of the answer given, when it names both ("UK was
 * wrong, it's Japan"): the one other country named besides the answer.
 */
function correctedCountry(proposed: ProposedAnswers, draft: SetupAnswers) {
  const named = proposed.countries ?? [];
  const others = named.filter((code) => code !== draft.country);
  return named.length > others.length && others.length === 1 ? others[0] : undefined;
}
