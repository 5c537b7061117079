import type { Activity } from 'botbuilder-core';
import { phrase, type PhraseRenderer } from './phrase';
import { questionActivity, type Question } from './question';
import type { TurnLanguage } from './turnLanguage';

/** Longer choice lists are not sent again when a question is repeated: "pick from the list above". */
const LONG_LIST = 6;

/**
 * A question as the message that asks it, in the turn's language: with its place
 * in the setup ("Step 3 of 6"), its details, facts and choices. Asked again (after
 * help, a question or an answer that did not fit) it is short: its one-line form,
 * and a long list is not repeated.
 */
export class QuestionPresenter {
  constructor(private readonly phrases: PhraseRenderer) {}

  activity(question: Question, language: TurnLanguage, again = false): Partial<Activity> {
    const short = again && !!question.reask;
    // Only a question whose short form says "from the list above" leaves its list out.
    const omitList = short && question.choices.length > LONG_LIST;
    const lines = [
      this.withProgress(question, short ? question.reask! : question.text, language),
      ...(short ? [] : (question.details ?? []).map((d) => this.phrases.render(d, language))),
    ];
    return questionActivity(lines.join('\n'), {
      questionId: question.id,
      choices: omitList
        ? []
        : question.choices.map((c) => ({
            id: c.id,
            label: this.phrases.render(c.label, language),
            group: c.group && this.phrases.render(c.group, language),
          })),
      facts: question.facts && this.phrases.renderFacts(question.facts, language),
      freeText: question.freeText,
      progress: question.progress,
    });
  }

  private withProgress(question: Question, text: Question['text'], language: TurnLanguage) {
    if (!question.progress) return this.phrases.render(text, language);
    // The question as a phrase, not as its text: then the whole line is rendered once.
    return this.phrases.render(
      phrase('progress.question', { ...question.progress, question: text }),
      language,
    );
  }
}
