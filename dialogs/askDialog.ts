import {
  Dialog,
  type DialogContext,
  type DialogInstance,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder-core';
import type { ChoiceVocabulary } from './choiceRecognizer';
import { recognizeChoice } from './choiceRecognizer';
import { phrase, type PhraseRenderer } from './phrase';
import { questionActivity, type Question } from './question';
import { turnLanguage } from './turnLanguage';
import { readAnswer, type UserAnswer } from './userAnswer';

/** What a question returns: one of its choices, or free text where the question allows it. */
export type Answer = { kind: 'choice'; id: string } | { kind: 'text'; text: string };

interface AskState {
  question: Question;
}

/**
 * Asks one question and waits until the answer fits it. Every step dialog asks
 * through this, so every question understands numbers, labels in both languages,
 * card submits, and answers the same way to empty messages and attachments.
 */
export class AskDialog extends Dialog<Question> {
  constructor(
    dialogId: string,
    private readonly phrases: PhraseRenderer,
  ) {
    super(dialogId);
  }

  override async beginDialog(dc: DialogContext, question?: Question): Promise<DialogTurnResult> {
    if (!question) throw new Error(`${this.id} needs a question`);
    (dc.activeDialog!.state as AskState).question = question;
    await this.send(dc.context, question);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const { question } = dc.activeDialog!.state as AskState;
    if (dc.context.activity.type !== 'message') return Dialog.EndOfTurn;
    const answer = this.interpret(dc.context, question, readAnswer(dc.context.activity));
    if (answer) return dc.endDialog(answer);
    await this.explainMiss(dc.context, question, readAnswer(dc.context.activity));
    await this.send(dc.context, question);
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    await this.send(context, (instance.state as AskState).question);
  }

  private interpret(
    context: TurnContext,
    question: Question,
    answer: UserAnswer,
  ): Answer | undefined {
    if (answer.kind === 'choice') {
      return question.choices.some((c) => c.id === answer.id) ? answer : undefined;
    }
    if (answer.kind !== 'text') return undefined;
    const id = recognizeChoice(answer.text, this.vocabulary(context, question));
    if (id) return { kind: 'choice', id };
    return question.freeText ? answer : undefined;
  }

  private vocabulary(context: TurnContext, question: Question): ChoiceVocabulary[] {
    const language = turnLanguage(context);
    return question.choices.map((choice) => ({
      id: choice.id,
      words: [
        choice.id,
        ...this.phrases.renderAll(choice.label, language),
        ...(choice.synonyms ? this.phrases.wordList(choice.synonyms, language) : []),
      ],
    }));
  }

  private async explainMiss(
    context: TurnContext,
    question: Question,
    answer: UserAnswer,
  ): Promise<void> {
    const reason =
      answer.kind === 'choice'
        ? 'staleChoice'
        : answer.kind === 'text'
          ? 'notAChoice'
          : answer.kind;
    const language = turnLanguage(context);
    await context.sendActivity(
      this.phrases.render(phrase(`answer.${reason}`, { count: question.choices.length }), language),
    );
  }

  private async send(context: TurnContext, question: Question): Promise<void> {
    const language = turnLanguage(context);
    const text = this.phrases.render(question.text, language);
    const choices = question.choices.map((c) => ({
      id: c.id,
      label: this.phrases.render(c.label, language),
      group: c.group && this.phrases.render(c.group, language),
    }));
    const facts = question.facts && this.phrases.renderFacts(question.facts, language);
    await context.sendActivity(
      questionActivity(text, { choices, facts, freeText: question.freeText }),
    );
  }
}
