import type { CountryOptions } from '../conversation/countryOptions';
import type { PlanReports } from '../conversation/planReports';
import type { Proposals } from '../conversation/proposals';
import type { QuestionAnswers } from '../conversation/questionAnswers';
import type { SetupActions } from '../conversation/setupActions';
import { AnotherCountry } from './anotherCountry';
import { Aside } from './aside';
import { CommandButton } from './commandButton';
import { CommandInterruption } from './commandInterruption';
import { FinishedPlan } from './finishedPlan';
import type { Interruption } from './interruption';
import { NotSure } from './notSure';
import { OtherAnswers } from './otherAnswers';
import { PendingConfirmation } from './pendingConfirmation';
import { QuestionInterruption } from './questionInterruption';
import { SmallTalk } from './smallTalk';

export interface InterruptionParts {
  actions: SetupActions;
  reports: PlanReports;
  countryOptions: CountryOptions;
  answers: QuestionAnswers;
  proposals: Proposals;
}

/**
 * What a message is, decided in this order: the first handler that matches takes it;
 * when none does, the message is the answer to the question being asked. The order is
 * the behaviour: a pending yes/no comes before everything, a command before a question,
 * a question before any answer read out of it.
 */
export function interruptionList(parts: InterruptionParts): Interruption[] {
  const { actions, reports, countryOptions, answers, proposals } = parts;
  const commands = new CommandInterruption(actions, reports, countryOptions);
  return [
    new FinishedPlan(actions, reports),
    new PendingConfirmation(actions),
    new CommandButton(commands, answers),
    commands,
    new QuestionInterruption(answers),
    new SmallTalk(actions),
    new NotSure(actions),
    new OtherAnswers(proposals),
    new AnotherCountry(proposals),
    new Aside(proposals, answers),
  ];
}
