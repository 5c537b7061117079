import { attemptReport } from '../attemptReport';
import type { PlanReports } from '../conversation/planReports';
import type { SetupActions } from '../conversation/setupActions';
import { SHARE_CHOICE } from '../conversation/commandChoices';
import type { Interruption, IncomingMessage, Next } from './interruption';
import { DialogTurnStatus } from 'botbuilder-dialogs';

/**
 * Right after a finished setup: "share" (typed or its button) hands the plan over and
 * "thanks" names it, without starting a new setup.
 */
export class FinishedPlan implements Interruption {
  readonly name = 'finished plan';
  /** Answers instead of the welcome of a new setup. */
  readonly replacesWelcome = true;

  constructor(
    private readonly actions: SetupActions,
    private readonly reports: PlanReports,
  ) {}

  matches({ first, session, command, button, kind }: IncomingMessage): boolean {
    if (!first || !session.lastPlan) return false;
    return command?.kind === 'share' || button === SHARE_CHOICE || kind === 'thanks';
  }

  async handle({ context, session, kind, language }: IncomingMessage): Promise<Next> {
    const plan = session.lastPlan!;
    if (kind === 'thanks') {
      await this.actions.say(context, 'done.thanks', {
        subdomain: plan.subdomain,
        country: { country: plan.country, inSentence: true },
      });
    } else {
      attemptReport(context).commandUsed('share');
      await context.sendActivity(this.reports.share(plan, language));
    }
    return { result: { status: DialogTurnStatus.complete } };
  }
}
