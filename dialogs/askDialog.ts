import {
  Dialog,
  type DialogContext,
  type DialogInstance,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder-core';
import { AnswerInterpreter, type Answer } from './answerInterpreter';
import type { AnswerValidators } from './answerValidator';
import type { PhraseRenderer } from './phrase';
import type { Question } from './question';
import { QuestionPresenter } from './questionPresenter';
import { say } from './say';
import { turnLanguage } from './turnLanguage';
import { readAnswer } from './userAnswer';

export type { Answer } from './answerInterpreter';

interface AskState {
  question: Question;
  /** Answers tried at this question so far. */
  attempts?: number;
}

/**
 * Asks one question and waits until the answer fits it. Every step dialog asks
 * through this, so every question understands numbers, ordinals, labels in both
 * languages and card submits, takes a yes/no only when it is clear, and answers
 * the same way to empty messages and attachments.
 */
export class AskDialog extends Dialog<Question> {
  private readonly presenter: QuestionPresenter;
  private readonly interpreter: AnswerInterpreter;

  constructor(
    dialogId: string,
    private readonly phrases: PhraseRenderer,
    private readonly validators: AnswerValidators = {},
  ) {
    super(dialogId);
    this.presenter = new QuestionPresenter(phrases);
    this.interpreter = new AnswerInterpreter(phrases);
  }

  override async beginDialog(dc: DialogContext, question?: Question): Promise<DialogTurnResult> {
    if (!question) throw new Error(`${this.id} needs a question`);
    (dc.activeDialog!.state as AskState).question = question;
    await this.send(dc.context, question, !!question.again);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as AskState;
    const { question } = state;
    if (dc.context.activity.type !== 'message') return Dialog.EndOfTurn;
    const userAnswer = readAnswer(dc.context.activity);
    const interpreted = this.interpreter.interpret(question, userAnswer, turnLanguage(dc.context));
    if ('why' in interpreted) {
      await say(dc.context, this.phrases, interpreted.why);
    } else {
      state.attempts = (state.attempts ?? 0) + 1;
      const valid = await this.validate(dc.context, question, interpreted.answer, state.attempts);
      if (valid) return dc.endDialog(valid);
    }
    await this.send(dc.context, question, true);
    return Dialog.EndOfTurn;
  }

  private async validate(
    context: TurnContext,
    question: Question,
    answer: Answer,
    attempt: number,
  ): Promise<Answer | undefined> {
    const validator = this.validators[question.id];
    return validator ? validator.validate(context, answer, attempt) : answer;
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    await this.send(context, (instance.state as AskState).question, true);
  }

  private async send(context: TurnContext, question: Question, again: boolean): Promise<void> {
    await context.sendActivity(this.presenter.activity(question, turnLanguage(context), again));
  }
}
