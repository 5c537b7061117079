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
import { planIdOf } from './setupSession';

export const SETUP_COMPLETED_EVENT = 'setupCompleted';

export type Completion = { kind: 'completed'; plan: SetupPlan } | { kind: 'subdomain-taken' };

/** Who finished a plan: one admin in one conversation on one channel. */
export interface PlanFinisher {
  channelId: string;
  userId: string;
  userName?: string;
  conversationId: string;
}

/**
 * Keeps a finished plan in the log of finished setups, with who finished it, once per
 * plan id; resolves with the plan the log holds (the first one recorded under that id).
 */
export type RecordFinishedPlan = (plan: SetupPlan, finishedBy: PlanFinisher) => Promise<SetupPlan>;

/** Where a turn notes that its finish has begun, or that it may no longer begin. */
const FINISHING = Symbol('setupCompletion.finishing');

/** A finish asked for in a turn that the bot has given up on (past its deadline). */
export class FinishAfterDeadlineError extends Error {
  constructor() {
    super('the turn was given up before its finish began');
    this.name = 'FinishAfterDeadlineError';
  }
}

/**
 * For the bot when it gives a turn up: true when the turn's finish has begun claiming
 * and recording (so that an apology does not say "nothing was changed"). A finish that
 * has not begun by then never begins in that turn.
 */
export function stopFinishing(context: TurnContext): boolean {
  if (context.turnState.get(FINISHING) === 'started') return true;
  context.turnState.set(FINISHING, 'stopped');
  return false;
}

/**
 * Finish: claim the subdomain in the bot's own directory and record the plan right
 * away, in this one place (so a turn that runs out of time after the claim still
 * records it), then report it as an event and tell the admin what comes next in
 * Control Hub, where only Check Availability confirms the subdomain with Webex.
 *
 * Idempotent: the plan id comes from the plan's holder (planIdOf), the claim succeeds
 * again for the same holder and the log keeps the first record of an id, so a finish
 * retried after a timeout, a crash or a store failure repeats the same confirmation.
 */
export class SetupCompletion {
  constructor(
    private readonly rules: ProvisioningRules,
    private readonly phrases: PhraseRenderer,
    private readonly directory: SubdomainDirectory,
    private readonly record: RecordFinishedPlan,
    private readonly planId: (holder: string) => string = planIdOf,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async complete(context: TurnContext, draft: SetupAnswers, holder: string): Promise<Completion> {
    const language = turnLanguage(context);
    // Read now: after the claim the turn may be over (past its deadline) and its context gone.
    const finishedBy = finisherOf(context);
    if (context.turnState.get(FINISHING) === 'stopped') throw new FinishAfterDeadlineError();
    context.turnState.set(FINISHING, 'started');
    const built = buildSetupPlan(draft, this.rules, {
      id: this.planId(holder),
      locale: language.locale,
      completedAt: this.now(),
    });
    if (!(await this.directory.claim(built.subdomain, holder))) {
      context.turnState.delete(FINISHING);
      await say(
        context,
        this.phrases,
        phrase('subdomain.justTaken', { subdomain: built.subdomain }),
      );
      return { kind: 'subdomain-taken' };
    }
    // A repeated finish confirms the plan as first recorded (its completedAt included).
    const plan = await this.record(built, finishedBy);
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
