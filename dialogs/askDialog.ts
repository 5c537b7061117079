import {
  Dialog,
  type DialogContext,
  type DialogInstance,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder-core';
import { recognizeChoice, type ChoiceVocabulary, type OrdinalVocabulary } from './choiceRecognizer';
import { phrase, type Phrase, type PhraseRenderer } from './phrase';
import type { Question } from './question';
import { QuestionPresenter } from './questionPresenter';
import { turnLanguage, type TurnLanguage } from './turnLanguage';
import { readAnswer, type UserAnswer } from './userAnswer';
import { recognizeYesNo, yesNoWords } from './yesNoRecognizer';

/** What a question returns: one of its choices, or free text where the question allows it. */
export type Answer = { kind: 'choice'; id: string } | { kind: 'text'; text: string };

interface AskState {
  question: Question;
}

/**
 * Asks one question and waits until the answer fits it. Every step dialog asks
 * through this, so every question understands numbers, ordinals, labels in both
 * languages and card submits, takes a yes/no only when it is clear, and answers
 * the same way to empty messages and attachments.
 */
export class AskDialog extends Dialog<Question> {
  private readonly presenter: QuestionPresenter;

  constructor(
    dialogId: string,
    private readonly phrases: PhraseRenderer,
  ) {
    super(dialogId);
    this.presenter = new QuestionPresenter(phrases);
  }

  override async beginDialog(dc: DialogContext, question?: Question): Promise<DialogTurnResult> {
    if (!question) throw new Error(`${this.id} needs a question`);
    (dc.activeDialog!.state as AskState).question = question;
    await this.send(dc.context, question, !!question.again);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const { question } = dc.activeDialog!.state as AskState;
    if (dc.context.activity.type !== 'message') return Dialog.EndOfTurn;
    const userAnswer = readAnswer(dc.context.activity);
    const interpreted = this.interpret(dc.context, question, userAnswer);
    if ('answer' in interpreted) return dc.endDialog(interpreted.answer);
    await this.say(dc.context, interpreted.why);
    await this.send(dc.context, question, true);
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    await this.send(context, (instance.state as AskState).question, true);
  }

  private interpret(
    context: TurnContext,
    question: Question,
    answer: UserAnswer,
  ): { answer: Answer } | { why: Phrase } {
    if (answer.kind === 'choice') {
      return question.choices.some((c) => c.id === answer.id)
        ? { answer }
        : { why: phrase('answer.staleChoice') };
    }
    if (answer.kind !== 'text') return { why: phrase(`answer.${answer.kind}`) };
    const language = turnLanguage(context);
    if (question.yesNo) return this.yesNo(answer.text, question, language);
    const id = recognizeChoice(
      answer.text,
      this.vocabulary(question, language),
      this.ordinals(language),
    );
    if (id) return { answer: { kind: 'choice', id } };
    if (question.freeText) return { answer };
    return { why: phrase('answer.notAChoice', { count: question.choices.length }) };
  }

  private yesNo(text: string, question: Question, language: TurnLanguage) {
    const meaning = recognizeYesNo(
      text,
      yesNoWords((key) => this.phrases.wordList(key, language)),
    );
    if (meaning !== 'unclear') return { answer: { kind: 'choice', id: meaning } as Answer };
    return {
      why: phrase('answer.unclearYesNo', {
        hint: question.unsureHint ?? phrase('answer.noHint'),
      }),
    };
  }

  private vocabulary(question: Question, language: TurnLanguage): ChoiceVocabulary[] {
    return question.choices.map((choice) => ({
      id: choice.id,
      words: [
        choice.id,
        ...this.phrases.renderAll(choice.label, language),
        ...(choice.synonyms ? this.phrases.wordList(choice.synonyms, language) : []),
      ],
    }));
  }

  private ordinals(language: TurnLanguage): OrdinalVocabulary {
    return {
      ordinals: this.phrases.wordListsByLocale('words.ordinals', language),
      last: this.phrases.wordList('words.last', language),
      fillers: this.phrases.wordList('words.ordinalFillers', language),
    };
  }

  private async say(context: TurnContext, why: Phrase): Promise<void> {
    await context.sendActivity(this.phrases.render(why, turnLanguage(context)));
  }

  private async send(context: TurnContext, question: Question, again: boolean): Promise<void> {
    await context.sendActivity(this.presenter.activity(question, turnLanguage(context), again));
  }
}
