import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder-core';
import type { ProvisioningRules } from '../../provisioning/provisioningRules';
import { buildSetupPlan, type PlanAnswers, type SetupPlan } from '../../provisioning/setupPlan';
import type { SubdomainDirectory } from '../../provisioning/subdomainDirectory';
import { holderOf } from '../holder';
import { phrase, type PhraseRenderer } from '../phrase';
import { planFacts } from '../planFacts';
import { questionActivity } from '../question';
import type { SetupDraft } from '../setupDraft';
import { turnLanguage } from '../turnLanguage';

export const SETUP_COMPLETED_EVENT = 'setupCompleted';

/** Finish: claim the subdomain, report the plan as an event, and tell the admin what comes next in Control Hub. */
export class SetupCompletion {
  constructor(
    private readonly rules: ProvisioningRules,
    private readonly phrases: PhraseRenderer,
    private readonly directory: SubdomainDirectory,
    private readonly newId: () => string = randomUUID,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async complete(
    context: TurnContext,
    draft: SetupDraft,
  ): Promise<'completed' | 'subdomain-taken'> {
    const language = turnLanguage(context);
    const plan = buildSetupPlan(draft as PlanAnswers, this.rules, {
      id: this.newId(),
      locale: language.locale,
      completedAt: this.now(),
    });
    if (!(await this.directory.claim(plan.subdomain, holderOf(context)))) {
      await context.sendActivity(
        this.phrases.render(phrase('subdomain.justTaken', { subdomain: plan.subdomain }), language),
      );
      return 'subdomain-taken';
    }
    const facts = this.phrases.renderFacts(planFacts(draft, this.rules), language);
    const done = questionActivity(this.phrases.render(this.donePhrase(plan), language), {
      choices: [],
      facts,
      freeText: true,
    });
    await context.sendActivities([
      { ...done, inputHint: 'acceptingInput' },
      { type: 'event', name: SETUP_COMPLETED_EVENT, value: plan },
    ]);
    return 'completed';
  }

  private donePhrase(plan: SetupPlan) {
    return phrase('done.text', {
      subdomain: plan.subdomain,
      country: { country: plan.country },
      dataCenter: phrase(`dataCenter.${plan.dataCenter}`),
      voice: phrase(`done.voice.${plan.telephony}`),
    });
  }
}
