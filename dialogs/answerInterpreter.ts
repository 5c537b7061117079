import { recognizeChoice, type ChoiceVocabulary, type OrdinalVocabulary } from './choiceRecognizer';
import { KnownWords } from './knownWords';
import { misspeltChoice } from './misspeltChoice';
import { phrase, type Phrase, type PhraseRenderer } from './phrase';
import type { Question } from './question';
import type { TurnLanguage } from './turnLanguage';
import type { UserAnswer } from './userAnswer';
import { recognizeYesNo, yesNoWords } from './yesNoRecognizer';

/** What a question returns: one of its choices, or free text where the question allows it. */
export type Answer = { kind: 'choice'; id: string } | { kind: 'text'; text: string };

/**
 * How every question reads a message: its choices by number, ordinal, label in
 * any language, abbreviation or card submit; a one-letter typo of exactly one choice
 * where the answer must be a choice; a yes/no only when it is clear; free text where
 * the question allows it.
 */
export class AnswerInterpreter {
  private readonly known: KnownWords;

  constructor(private readonly phrases: PhraseRenderer) {
    this.known = new KnownWords(phrases);
  }

  /** Whether the text picks one of the question's choices, or is a clear yes/no to it. */
  picksChoice(question: Question, text: string, language: TurnLanguage): boolean {
    const result = this.interpret(question, { kind: 'text', text }, language);
    return 'answer' in result && result.answer.kind === 'choice';
  }

  /** The answer a message gives to the question, or why it gives none. */
  interpret(
    question: Question,
    answer: UserAnswer,
    language: TurnLanguage,
  ): { answer: Answer } | { why: Phrase } {
    if (answer.kind === 'choice') {
      const ownButton = !answer.question || answer.question === question.id;
      return ownButton && question.choices.some((c) => c.id === answer.id)
        ? { answer }
        : { why: phrase('answer.staleChoice') };
    }
    if (answer.kind !== 'text') return { why: phrase(`answer.${answer.kind}`) };
    if (question.yesNo) return this.yesNo(answer.text, question, language);
    const vocabulary = this.vocabulary(question, language);
    const id = recognizeChoice(answer.text, vocabulary, this.ordinals(language));
    if (id) return { answer: { kind: 'choice', id } };
    if (question.freeText) return { answer };
    const typo = misspeltChoice(answer.text, vocabulary, (w) => this.known.has(w, language));
    if (typo) return { answer: { kind: 'choice', id: typo } };
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
        ...this.phrases.renderAll(choice.label, language),
        ...(choice.synonyms ? this.phrases.wordList(choice.synonyms, language) : []),
        ...(choice.abbreviations ? this.phrases.wordList(choice.abbreviations, language) : []),
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
}
