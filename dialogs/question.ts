import type { Activity } from 'botbuilder-core';
import type { Phrase } from './phrase';

/** A choice as the dialogs define it: a stable id and phrases, no channel specifics. */
export interface ChoiceOption {
  id: string;
  label: Phrase;
  /** Heading this choice is listed under (e.g. the region of a country). */
  group?: Phrase;
  /**
   * Locale key of a word list that also picks this choice (besides its label in
   * every language, its id and its number).
   */
  synonyms?: string;
}

/** A question kept in dialog state; rendered anew each time it is shown. */
export interface Question {
  text: Phrase;
  /** Labelled values shown with the question (the summary's answers). */
  facts?: { title: Phrase; value: Phrase }[];
  choices: ChoiceOption[];
  /** Whether an answer outside the choices is accepted (a country name, a subdomain). */
  freeText: boolean;
}

/** A choice rendered in the user's language, as the channel renderer receives it. */
export interface RenderedChoice {
  id: string;
  label: string;
  group?: string;
}

/** The neutral payload the bot's renderer turns into buttons, a card or a numbered list. */
export const QUESTION_CONTENT_TYPE = 'application/vnd.wxcc.question+json';

export interface RenderedFact {
  title: string;
  value: string;
}

export interface QuestionContent {
  choices: RenderedChoice[];
  facts?: RenderedFact[];
  freeText: boolean;
}

export function questionActivity(text: string, content: QuestionContent): Partial<Activity> {
  return {
    type: 'message',
    text,
    inputHint: 'expectingInput',
    attachments:
      content.choices.length || content.facts?.length
        ? [{ contentType: QUESTION_CONTENT_TYPE, content }]
        : undefined,
  };
}

export function questionContentOf(activity: Partial<Activity>): QuestionContent | undefined {
  const attachment = activity.attachments?.find((a) => a.contentType === QUESTION_CONTENT_TYPE);
  return attachment?.content as QuestionContent | undefined;
}
