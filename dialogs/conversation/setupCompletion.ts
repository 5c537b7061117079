import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder-core';
import type { ProvisioningRules } from '../../provisioning/provisioningRules';
import { buildSetupPlan, type SetupPlan } from '../setupPlan';
import type { SubdomainDirectory } from '../../provisioning/subdomainDirectory';
import { phrase, type PhraseRenderer } from '../phrase';
import { dataCenterPhrase } from '../planFacts';
import type { SetupAnswers } from '../steps/registry';
import { infoActivity } from '../question';
import { say } from '../say';
import { turnLanguage } from '../turnLanguage';
import { SHARE_CHOICE } from './commandChoices';

export const SETUP_COMPLETED_EVENT = 'setupCompleted';

export type Completion = { kind: 'completed'; plan: SetupPlan } | { kind: 'subdomain-taken' };

/** Who finished a plan: one admin in one conversation on one channel. */
export interface PlanFinisher {
  channelId: string;
  userId: string;
  userName?: string;
  conversationId: string;
}

/** Keeps a finished plan in the log of finished setups, with who finished it. */
export type RecordFinishedPlan = (plan: SetupPlan, finishedBy: PlanFinisher) => Promise<void>;

/**
 * Finish: claim the subdomain in the bot's own directory and record the plan right
 * away, in this one place (so a turn that runs out of time after the claim still
 * records it), then report it as an event and tell the admin what comes next in
 * Control Hub, where only Check Availability confirms the subdomain with Webex.
 */
export class SetupCompletion {
  constructor(
    private readonly rules: ProvisioningRules,
    private readonly phrases: PhraseRenderer,
    private readonly directory: SubdomainDirectory,
    private readonly record: RecordFinishedPlan,
    private readonly newId: () => string = randomUUID,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async complete(context: TurnContext, draft: SetupAnswers, holder: string): Promise<Completion> {
    const language = turnLanguage(context);
    // Read now: after the claim the turn may be over (past its deadline) and its context gone.
    const finishedBy = finisherOf(context);
    const plan = buildSetupPlan(draft, this.rules, {
      id: this.newId(),
      locale: language.locale,
      completedAt: this.now(),
    });
    if (!(await this.directory.claim(plan.subdomain, holder))) {
      await say(
        context,
        this.phrases,
        phrase('subdomain.justTaken', { subdomain: plan.subdomain }),
      );
      return { kind: 'subdomain-taken' };
    }
    await this.record(plan, finishedBy);
    await context.sendActivities([
      infoActivity(this.phrases.render(this.donePhrase(plan), language), {
        choices: [
          { id: SHARE_CHOICE, label: this.phrases.render(phrase('share.button'), language) },
        ],
      }),
      { type: 'event', name: SETUP_COMPLETED_EVENT, value: plan },
    ]);
    return { kind: 'completed', plan };
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

function finisherOf(context: TurnContext): PlanFinisher {
  const { channelId, from, conversation } = context.activity;
  return { channelId, userId: from.id, userName: from.name, conversationId: conversation.id };
}
