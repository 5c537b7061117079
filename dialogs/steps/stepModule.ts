import type { Dialog } from 'botbuilder-dialogs';
import type { z } from 'zod';
import type { ProvisioningRules } from '../../provisioning/provisioningRules';
import type { RuledAnswers } from '../../provisioning/setupAnswers';
import type { AnswerValidators } from '../answerValidator';
import type { Proposals } from '../conversation/setupSession';
import type { PlanFact } from '../planFacts';
import type { Phrase } from '../phrase';
import type { StepDependencies } from '../stepDialog';

/**
 * Everything about one step of the setup, in its own folder under dialogs/steps/: the
 * registry (registry.ts) lists the modules in the order they are asked, and the
 * answers type, the plan, the facts, the help and the progress are derived from it.
 * Adding a step is one folder with its module, plus its texts in the locale files.
 */
export interface StepModule<Id extends string = string, Answer extends z.ZodType = z.ZodType> {
  readonly id: Id;
  /** The answer's schema: the answers type is derived from it, a step's result parsed with it. */
  readonly answer: Answer;
  /** The dialog that asks it; its id is the step's id. */
  readonly dialog: new (deps: StepDependencies) => Dialog;
  /** Validators of its questions, by question id. */
  validators?(deps: StepDependencies): AnswerValidators;
  /**
   * What the step's dialog begins with besides the draft and progress (default: what an
   * earlier message proposed for it, as `proposal`).
   */
  options?(start: StepStart): Record<string, unknown>;
  /** Said when a change drops this answer and the step no longer applies. */
  noLongerApplies?(): Phrase;
  /** Counted with another step in "Step N of M" (the PSTN add-on with the country). */
  readonly countsWith?: string;
  /**
   * Whether the step is asked for these answers (default: always). Steps that exist
   * only for some plans ask the rules module.
   */
  applies?(answers: RuledAnswers, rules: ProvisioningRules): boolean;
  /** How the answer shows in status, the summary, the finished and the shared plan. */
  facts(value: z.infer<Answer>, rules: ProvisioningRules): PlanFact[];
  /**
   * The step's help for this plan (only what its country offers), with every parameter
   * its text needs; `question` is the step's question being asked (a confirmation has
   * help of its own).
   */
  help(rules: ProvisioningRules, answers: RuledAnswers, question?: string): Phrase;
  /**
   * A typical answer as an admin types it, in any of the bot's languages, for a plan
   * that has every earlier step's example: what the tests' simulated admins answer when
   * a test does not care about this step.
   */
  readonly example: string;
}

/** What a step's options are made from when it begins. */
export interface StepStart {
  draft: RuledAnswers;
  /** What earlier messages proposed for open steps. */
  proposals: Proposals;
  /** Who holds a subdomain in the directory: this admin's current plan. */
  holder: string;
  rules: ProvisioningRules;
}

/** Declares a step module, keeping its id and answer type precise for the registry. */
export function defineStep<const Id extends string, Answer extends z.ZodType>(
  module: StepModule<Id, Answer>,
): StepModule<Id, Answer> {
  return module;
}
