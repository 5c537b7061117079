import type { TurnContext } from 'botbuilder-core';
import type { Answer } from './answerInterpreter';

/**
 * The second half of botbuilder's prompt contract: an answer the question recognised
 * (one of its choices, or free text) is not yet a valid one. The validator returns the
 * answer to use, or undefined after telling the admin why not; the question is then
 * asked again in its short form. `attempt` counts the answers tried at this question
 * (1 for the first).
 */
export interface AnswerValidator {
  validate(context: TurnContext, answer: Answer, attempt: number): Promise<Answer | undefined>;
}

/**
 * Validators by the id of the question they check (a question saved before its
 * validator existed is checked too).
 */
export type AnswerValidators = Readonly<Record<string, AnswerValidator>>;
