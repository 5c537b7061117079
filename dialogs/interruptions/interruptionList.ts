import type { AnswerChanges } from '../conversation/answerChanges';
import type { CountryOptions } from '../conversation/countryOptions';
import type { PlanReports } from '../conversation/planReports';
import type { Proposals } from '../conversation/proposals';
import type { QuestionAnswers } from '../conversation/questionAnswers';
import type { SetupActions } from '../conversation/setupActions';
import type { Handoffs } from '../handoff/handoffs';
import type { UnavailableAnswers } from '../conversation/unavailableAnswers';
import { AnotherCountry } from './anotherCountry';
import { Aside } from './aside';
import { CommandButton } from './commandButton';
import { ChangeOfMind } from './changeOfMind';
import { CommandInterruption } from './commandInterruption';
import { FinishedPlan } from './finishedPlan';
import { HandoffInterruption } from './handoffInterruption';
import type { Interruption } from './interruption';
import { NotSure } from './notSure';
import { OpenHandoff } from './openHandoff';
import { OtherAnswers } from './otherAnswers';
import { PendingChange } from './pendingChange';
import { PendingConfirmation } from './pendingConfirmation';
import { QuestionInterruption } from './questionInterruption';
import { SmallTalk } from './smallTalk';
import { TopicMenuReply } from './topicMenuReply';
import { UnavailableChoice } from './unavailableChoice';

export interface InterruptionParts {
  actions: SetupActions;
  reports: PlanReports;
  countryOptions: CountryOptions;
  answers: QuestionAnswers;
  proposals: Proposals;
  handoffs: Handoffs;
  changes: AnswerChanges;
  unavailable: UnavailableAnswers;
}

/**
 * What a message is, decided in this order: the first handler that matches takes it;
 * when none does, the message is the answer to the question being asked. The order is
 * the behaviour: a pending yes/no comes before everything, a command before a question,
 * a question before any answer read out of it.
 *
 * The handoff to a person has two places. An open handoff (the admin's words go to the
 * support thread, a person's reply comes back) is first of all: while the admin talks to
 * a person, "help", "yes", "Japan" or "thanks" are for that person, not for the setup,
 * and not even the finished plan or a pending restart/cancel may take them. Asking for a
 * person comes after the commands (a command word stays a command, and an open
 * confirmation keeps its yes/no) and before the question, small talk and answers, so that
 * "can I talk to someone about the exception platform?" is neither a question for the
 * knowledge base nor an answer read out of a sentence.
 */
export function interruptionList(parts: InterruptionParts): Interruption[] {
  const { actions, reports, countryOptions, answers, proposals, handoffs, changes, unavailable } =
    parts;
  const commands = new CommandInterruption(actions, reports, countryOptions);
  const buttons = new CommandButton(commands, answers);
  return [
    new OpenHandoff(handoffs),
    new FinishedPlan(actions, reports, commands, answers, handoffs),
    new PendingConfirmation(actions),
    new PendingChange(changes, actions),
    new TopicMenuReply(answers, buttons),
    buttons,
    commands,
    new HandoffInterruption(handoffs),
    new QuestionInterruption(answers),
    new SmallTalk(actions),
    new NotSure(actions),
    new UnavailableChoice(unavailable, actions),
    new OtherAnswers(proposals),
    new ChangeOfMind(changes),
    new AnotherCountry(proposals),
    new Aside(proposals, answers),
  ];
}
