import type { Activity } from 'botbuilder-core';
import type { ProvisioningRules } from '../../provisioning/provisioningRules';
import type { SetupPlan } from '../setupPlan';
import { phrase, type Phrase, type PhraseRenderer } from '../phrase';
import { planFacts, type FactName } from '../planFacts';
import { infoActivity } from '../question';
import { openSteps, stepApplies, type SetupAnswers, type StepId } from '../setupDraft';
import { stepModule } from '../steps/registry';
import type { TurnLanguage } from '../turnLanguage';
import type { SetupSession } from './setupSession';

/**
 * The plan as the admin asks for it between the questions ("status": the answers
 * so far and what is left) and after finishing ("share": the plan as text to copy
 * and send, a card that can be forwarded where the channel has cards).
 */
export class PlanReports {
  constructor(
    private readonly rules: ProvisioningRules,
    private readonly phrases: PhraseRenderer,
  ) {}

  status(session: SetupSession, language: TurnLanguage): Partial<Activity> {
    const facts = planFacts(session.draft, this.rules);
    const open = openSteps(session.draft, this.rules);
    const heading = facts.length ? phrase('status.heading') : phrase('status.nothingYet');
    const footer = open.length
      ? phrase('status.remaining', { steps: this.stepList(open, language) })
      : phrase('status.complete');
    return this.report(heading, facts, [footer], language);
  }

  share(plan: SetupPlan, language: TurnLanguage): Partial<Activity> {
    const footer: Phrase[] = [
      phrase('share.steps', {
        country: { country: plan.country },
        subdomain: plan.subdomain,
      }),
      ...(plan.role === 'partner' ? [phrase('share.chatForCustomer')] : []),
    ];
    return this.report(phrase('share.heading'), planFacts(plan, this.rules), footer, language);
  }

  /** The finished plan, as "status" shows it once the setup is finished. */
  finished(plan: SetupPlan, language: TurnLanguage): Partial<Activity> {
    const facts = planFacts(plan, this.rules);
    return this.report(phrase('finished.heading'), facts, [phrase('finished.footer')], language);
  }

  /**
   * Some facts of the finished plan ("which data center did we get?"), or undefined when
   * the plan shows none of them (the PSTN add-on of a plan where it does not apply).
   */
  finishedFacts(
    plan: SetupPlan,
    names: readonly FactName[],
    language: TurnLanguage,
  ): Partial<Activity> | undefined {
    const wanted = new Set(names.map((name) => `summary.fact.${name}`));
    const facts = planFacts(plan, this.rules).filter((f) => wanted.has(f.title.key));
    if (!facts.length) return undefined;
    return this.report(phrase('finished.factHeading'), facts, [], language);
  }

  /** A heading, the facts under it, then the lines after them. */
  private report(
    heading: Phrase,
    facts: ReturnType<typeof planFacts>,
    footer: Phrase[],
    language: TurnLanguage,
  ) {
    return infoActivity(this.phrases.render(heading, language), {
      choices: [],
      facts: this.phrases.renderFacts(facts, language),
      footer: footer.map((line) => this.phrases.render(line, language)).join('\n') || undefined,
    });
  }

  /**
   * What to say when a change made later answers impossible: which ones no longer apply
   * (where their step says so) and which will be asked again.
   */
  droppedNotices(draft: SetupAnswers, dropped: StepId[], language: TurnLanguage): Phrase[] {
    const gone = dropped.filter((s) => !stepApplies(s, draft, this.rules));
    const notices = gone.flatMap((step) => stepModule(step).noLongerApplies?.() ?? []);
    const others = dropped.filter((s) => !gone.includes(s));
    if (others.length)
      notices.push(phrase('changes.askAgain', { answers: this.stepList(others, language) }));
    return notices;
  }

  /** "platform, telephony option and subdomain": steps named in a sentence. */
  stepList(steps: StepId[], language: TurnLanguage): string {
    const names = steps.map((s) => this.phrases.render(phrase(`status.stepName.${s}`), language));
    return new Intl.ListFormat(language.locale, { type: 'conjunction' }).format(names);
  }
}
