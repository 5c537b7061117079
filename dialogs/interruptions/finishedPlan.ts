import { DialogTurnStatus } from 'botbuilder-dialogs';
import { attemptReport } from '../attemptReport';
import type { FactName } from '../planFacts';
import { phrase } from '../phrase';
import { infoActivity } from '../question';
import type { SetupPlan } from '../setupPlan';
import {
  HELP_CHOICE,
  NEW_SETUP_CHOICE,
  SHARE_CHOICE,
  TOPIC_CHOICE,
} from '../conversation/commandChoices';
import { asksToShare } from '../conversation/commands';
import { factsAskedOfPlan } from '../conversation/planQuestion';
import type { PlanReports } from '../conversation/planReports';
import type { QuestionAnswers } from '../conversation/questionAnswers';
import type { SetupActions } from '../conversation/setupActions';
import type { Handoffs } from '../handoff/handoffs';
import type { CommandInterruption } from './commandInterruption';
import type { Interruption, IncomingMessage, Next } from './interruption';

/** The knowledge topic an answer from the finished plan counts as (the attempt record). */
const FACT_TOPICS: Record<FactName, string> = {
  role: 'partner-or-customer',
  orderType: 'trial-vs-subscription',
  pstnAddOn: 'pstn-add-on',
  country: 'country-of-operation',
  dataCenter: 'data-center',
  platform: 'platforms',
  telephony: 'telephony',
  subdomain: 'subdomain',
};

const DONE: Next = { result: { status: DialogTurnStatus.complete } };

/**
 * After Finish, the conversation is about the finished plan until the admin asks for a
 * new setup ("new setup", "start over", "ny konfiguration", "börja om", the button):
 * `status` shows the plan, `share` hands it over, a question about it ("which data
 * center did we get?") is answered from it, other questions from the knowledge base,
 * a greeting or any other message says the plan is finished and how to start another.
 * Nothing starts a new setup silently. Only a request for a person is left to the
 * handoff handler (the setup dialog then ends the turn without a new setup too).
 */
export class FinishedPlan implements Interruption {
  readonly name = 'finished plan';
  /** Answers instead of the welcome of a new setup. */
  readonly replacesWelcome = true;

  constructor(
    private readonly actions: SetupActions,
    private readonly reports: PlanReports,
    private readonly commands: CommandInterruption,
    private readonly answers: QuestionAnswers,
    private readonly handoffs: Handoffs,
  ) {}

  matches(message: IncomingMessage): boolean {
    const { first, session } = message;
    if (!first || !session.lastPlan || !session.aboutLastPlan) return false;
    return !this.handoffs.isRequest(message);
  }

  async handle(message: IncomingMessage): Promise<Next> {
    const { context, session, command, button, kind, text, language } = message;
    const plan = session.lastPlan!;
    const report = attemptReport(context);
    if (command?.kind === 'restart' || button === NEW_SETUP_CHOICE) {
      report.commandUsed('restart');
      delete session.aboutLastPlan;
      await this.actions.say(context, 'setup.again');
      return 'askNext';
    }
    if (command?.kind === 'switchLanguage') {
      report.commandUsed('language');
      await language.switchTo(command.locale);
      await this.actions.say(context, 'commands.languageSwitched');
      return DONE;
    }
    if (command?.kind === 'options') {
      await this.commands.run(message, command);
      return DONE;
    }
    const sharing =
      command?.kind === 'share' ||
      button === SHARE_CHOICE ||
      (!!text && !command && asksToShare(text, language, this.actions.phrases, false));
    if (sharing) {
      report.commandUsed('share');
      await context.sendActivity(this.reports.share(plan, language));
      return DONE;
    }
    if (command?.kind === 'status') {
      report.commandUsed('status');
      await context.sendActivity(this.reports.finished(plan, language));
      return DONE;
    }
    if (command?.kind === 'help' || button === HELP_CHOICE) {
      report.commandUsed('help');
      await this.withButtons(message, plan, 'finished.help');
      return DONE;
    }
    if (command?.kind === 'back' || command?.kind === 'cancel') {
      report.commandUsed(command.kind);
      await this.withButtons(message, plan, 'finished.closed');
      return DONE;
    }
    if (button?.startsWith(TOPIC_CHOICE)) {
      const topic = this.answers.topicById(button.slice(TOPIC_CHOICE.length), language);
      if (topic) await context.sendActivity(topic);
      return DONE;
    }
    if (kind === 'thanks') {
      await this.actions.say(context, 'done.thanks', planParams(plan));
      return DONE;
    }
    if (kind === 'greeting') {
      await this.withButtons(message, plan, 'finished.greeting');
      return DONE;
    }
    if (text && kind === 'question') {
      const asked = factsAskedOfPlan(text, language, this.actions.phrases);
      const facts = asked.length ? this.reports.finishedFacts(plan, asked, language) : undefined;
      if (facts) {
        report.questionAsked({ kind: 'answered', topic: FACT_TOPICS[asked[0]!] });
        await context.sendActivity(facts);
      } else {
        await context.sendActivity(this.answers.answer(text, language, report).activity);
      }
      return DONE;
    }
    const aside = text ? this.answers.aside(text, language, report) : undefined;
    if (aside) await context.sendActivity(aside);
    else await this.withButtons(message, plan, 'finished.about');
    return DONE;
  }

  /** A line about the finished plan, with the buttons for a new setup and for sharing. */
  private async withButtons(
    { context, language }: IncomingMessage,
    plan: SetupPlan,
    key: 'finished.help' | 'finished.closed' | 'finished.greeting' | 'finished.about',
  ) {
    const render = (p: ReturnType<typeof phrase>) => this.actions.phrases.render(p, language);
    await context.sendActivity(
      infoActivity(render(phrase(key, planParams(plan))), {
        choices: [
          { id: NEW_SETUP_CHOICE, label: render(phrase('finished.newSetupButton')) },
          { id: SHARE_CHOICE, label: render(phrase('share.button')) },
        ],
      }),
    );
  }
}

function planParams(plan: SetupPlan) {
  return { subdomain: plan.subdomain, country: { country: plan.country, inSentence: true } };
}
