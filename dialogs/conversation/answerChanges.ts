import type { TurnContext } from 'botbuilder-core';
import type { ProvisioningRules } from '../../provisioning/provisioningRules';
import { phrase, type Phrase } from '../phrase';
import { droppedAnswers, STEPS, withAnswer, type SetupAnswers, type StepId } from '../setupDraft';
import { stepModule } from '../steps/registry';
import { turnLanguage } from '../turnLanguage';
import type { PlanReports } from './planReports';
import type { ProposedAnswers } from './proposalReader';
import type { SetupActions } from './setupActions';
import type { SetupSession } from './setupSession';
import { UnavailableAnswers } from './unavailableAnswers';

/** Another value for an answered step, as a message gives it. */
export type AnswerChange = { step: StepId; value: unknown };

/**
 * A change of mind at any question ("actually Japan after all", "change telephony to
 * Webex Calling", a value typed at the summary): the answer is changed, what it makes
 * impossible is said and asked again, and `back` undoes the whole change. The country
 * and the subdomain are not set here: their steps confirm and check them again.
 */
export class AnswerChanges {
  private readonly unavailable: UnavailableAnswers;

  constructor(
    private readonly rules: ProvisioningRules,
    private readonly actions: SetupActions,
    private readonly reports: PlanReports,
  ) {
    this.unavailable = new UnavailableAnswers(rules);
  }

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
    const items = new Intl.ListFormat(language.locale, { type: 'conjunction' }).format(
      taken.map((p) => this.actions.phrases.render(p, language)),
    );
    await this.actions.say(context, 'changes.changed', { items });
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
    { step, value }: AnswerChange,
  ): Promise<Phrase> {
    if (step === 'country' || step === 'subdomain') {
      await this.actions.forget(context, session, step);
      session.draft = this.rules.validAnswers(session.draft);
      Reflect.set(session.proposals, step, value);
      return step === 'country'
        ? phrase('proposals.toConfirm', { value: { country: String(value) } })
        : phrase('proposals.subdomain', { subdomain: String(value) });
    }
    session.draft = withAnswer(session.draft, step, value, this.rules);
    if (step === 'pstnAddOn') return phrase(value ? 'proposals.addOn' : 'proposals.noAddOn');
    return stepModule(step).facts(value as never, this.rules)[0]!.value;
  }

  private whyNot(draft: SetupAnswers, { step, value }: AnswerChange): Phrase | undefined {
    const plan = { country: draft.country, orderType: draft.orderType, platform: draft.platform };
    return this.unavailable.forStep(plan, step, value);
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
