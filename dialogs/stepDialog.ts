import { z } from 'zod';
import { WaterfallDialog, type WaterfallStep, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { ProvisioningRules } from '../provisioning/provisioningRules';
import type { SubdomainDirectory } from '../provisioning/subdomainDirectory';
import type { Answer } from './askDialog';
import { phrase, type ParamsOf, type Phrase, type PhraseRenderer } from './phrase';
import type { TranslationKey } from '../locales/translationKeys';
import type { ChoiceOption, Progress, Question } from './question';
import type { SetupAnswers } from './steps/registry';
import { say } from './say';

/** What every step dialog is given: the answers so far and, maybe, a value read from an earlier message. */
export interface StepOptions<T> {
  draft: SetupAnswers;
  proposal?: T;
  /** Why the rules chose the proposal without a question, said when it is taken. */
  because?: Phrase;
  /** Where this step stands in the setup, shown with its questions. */
  progress?: Progress;
  /** Set when the step asks again after an answer that did not fit: its short form is enough. */
  again?: boolean;
}

/** What every step dialog returns: its answer, and whether the admin was asked (so "back" can return to it). */
export interface StepResult<T> {
  value: T;
  asked: boolean;
}

/** A step's result as it comes back through the dialog stack; its value is checked by the step's schema. */
export const stepResultSchema = z.object({ value: z.unknown(), asked: z.boolean() });

export interface StepDependencies {
  rules: ProvisioningRules;
  phrases: PhraseRenderer;
  /** Which subdomains are taken (the subdomain step holds the one chosen). */
  directory: SubdomainDirectory;
}

/** The id of the AskDialog that the steps ask through; it sits next to them, in the dialog that runs them. */
export const ASK = 'ask';

/**
 * Base of the step dialogs: one waterfall, one way to ask, one way to say things.
 * Subclasses hold the conversation of their step and nothing else. A step is a plain
 * waterfall beside the others (not a component of its own): every level of components
 * builds new DialogContexts on every turn, the largest cost of a turn (see bench/).
 */
export abstract class StepDialog<T> extends WaterfallDialog<StepOptions<T>> {
  protected constructor(
    id: string,
    protected readonly deps: StepDependencies,
    steps: WaterfallStep[],
  ) {
    super(id, steps);
  }

  protected get rules(): ProvisioningRules {
    return this.deps.rules;
  }

  protected options(step: WaterfallStepContext): StepOptions<T> {
    return step.options as StepOptions<T>;
  }

  protected async say<K extends TranslationKey>(
    step: WaterfallStepContext,
    key: K,
    ...params: ParamsOf<K>
  ) {
    await this.sayPhrase(step, phrase(key, ...params));
  }

  protected async sayPhrase(step: WaterfallStepContext, p: Phrase) {
    await say(step.context, this.deps.phrases, p);
  }

  protected ask(step: WaterfallStepContext, question: Question) {
    const options = this.options(step);
    const { progress, again } = options;
    options.again = false; // only the step's first question is the one asked again
    return step.beginDialog(ASK, { progress, again, ...question });
  }

  protected finish(step: WaterfallStepContext, value: T, asked: boolean) {
    const result: StepResult<T> = { value, asked };
    return step.endDialog(result);
  }

  /**
   * Starts this step's questions over (without the earlier proposal), e.g. after
   * an answer that did not fit.
   */
  protected askAgain(step: WaterfallStepContext, options: StepOptions<T>) {
    return step.replaceDialog(this.id, { ...options, proposal: undefined, again: true });
  }
}

export function answerOf(step: WaterfallStepContext): Answer {
  return step.result as Answer;
}

/** The id of the choice the previous question returned (for questions without free text). */
export function chosenId<T extends string>(step: WaterfallStepContext): T {
  const answer = answerOf(step);
  if (answer.kind !== 'choice') throw new Error('expected a choice answer');
  return answer.id as T;
}

export function choice(id: string, label: Phrase, extra: Partial<ChoiceOption> = {}): ChoiceOption {
  return { id, label, ...extra };
}

/** A yes/no question; `unsureHint` tells an admin who is not sure how to find out. */
export function yesNoQuestion(
  id: string,
  text: Phrase,
  extra: Pick<Question, 'reask' | 'unsureHint'> = {},
): Question {
  return {
    id,
    text,
    choices: [choice('yes', phrase('choice.yes')), choice('no', phrase('choice.no'))],
    freeText: false,
    yesNo: true,
    ...extra,
  };
}
