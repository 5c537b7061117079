import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder-core';
import type { ProvisioningRules } from '../../provisioning/provisioningRules';
import { buildSetupPlan, type PlanAnswers, type SetupPlan } from '../../provisioning/setupPlan';
import type { SubdomainDirectory } from '../../provisioning/subdomainDirectory';
import { phrase, type PhraseRenderer } from '../phrase';
import { dataCenterPhrase } from '../planFacts';
import type { SetupAnswers } from '../../provisioning/setupAnswers';
import { turnLanguage } from '../turnLanguage';
import type { FinishedPlan } from './setupSession';

export const SETUP_COMPLETED_EVENT = 'setupCompleted';

export type Completion = { kind: 'completed'; plan: FinishedPlan } | { kind: 'subdomain-taken' };

/**
 * Finish: record the plan (the bot's own directory keeps its subdomain for it),
 * report it as an event, and tell the admin what comes next in Control Hub, where
 * only Check Availability confirms the subdomain with Webex.
 */
export class SetupCompletion {
  constructor(
    private readonly rules: ProvisioningRules,
    private readonly phrases: PhraseRenderer,
    private readonly directory: SubdomainDirectory,
    private readonly newId: () => string = randomUUID,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async complete(context: TurnContext, draft: SetupAnswers, holder: string): Promise<Completion> {
    const language = turnLanguage(context);
    const plan = buildSetupPlan(draft as PlanAnswers, this.rules, {
      id: this.newId(),
      locale: language.locale,
      completedAt: this.now(),
    });
    if (!(await this.directory.claim(plan.subdomain, holder))) {
      await context.sendActivity(
        this.phrases.render(phrase('subdomain.justTaken', { subdomain: plan.subdomain }), language),
      );
      return { kind: 'subdomain-taken' };
    }
    await context.sendActivities([
      {
        type: 'message',
        text: this.phrases.render(this.donePhrase(plan), language),
        inputHint: 'acceptingInput',
      },
      { type: 'event', name: SETUP_COMPLETED_EVENT, value: plan },
    ]);
    return { kind: 'completed', plan: { subdomain: plan.subdomain, country: plan.country } };
  }

  private donePhrase(plan: SetupPlan) {
    return phrase('done.text', {
      subdomain: plan.subdomain,
      country: { country: plan.country, inSentence: true },
      dataCenter: dataCenterPhrase(this.rules.dataCenterOf(plan.country)),
      voice: phrase(`done.voice.${plan.telephony}`),
      chat: phrase(`done.chat.${plan.role}`),
    });
  }
}
