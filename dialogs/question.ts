import type { Activity } from 'botbuilder-core';
import type { WordListKey } from '../locales/translationKeys';
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
  synonyms?: WordListKey;
  /**
   * Locale key of a word list of abbreviations ("sub", "std"): at this question they pick
   * the choice like a synonym; elsewhere they are too short to be read on their own.
   */
  abbreviations?: WordListKey;
}

/** Where a question stands in the setup: "Step 3 of 6". */
export interface Progress {
  step: number;
  of: number;
}

/**
 * Which question is asked: a step id, or a step's follow-up (`country.confirm`),
 * or a command's confirmation (`restart.confirm`). Tests and tools read it.
 */
export type QuestionId = string;

/** A question kept in dialog state; rendered anew each time it is shown. */
export interface Question {
  id: QuestionId;
  text: Phrase;
  /** A short line used when the question is asked again after help or an error. */
  reask?: Phrase;
  /** Lines under the question that explain its choices (kept out of the button labels). */
  details?: Phrase[];
  /** Labelled values shown with the question (the summary's answers). */
  facts?: { title: Phrase; value: Phrase }[];
  choices: ChoiceOption[];
  /** Whether an answer outside the choices is accepted (a country name, a subdomain). */
  freeText: boolean;
  /** A yes/no question: only a clear yes or a clear no answers it. */
  yesNo?: boolean;
  /** What to say when a yes/no answer is unclear: how the admin can find out. */
  unsureHint?: Phrase;
  progress?: Progress;
  /** Asked again right after an answer that did not fit: shown in its short form. */
  again?: boolean;
  /** What the question is about, for a question the admin asks at it ("which data center is that?"). */
  about?: { country?: string };
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

/** A link to show: a button where the channel has cards, else a link in the text (or its title). */
export interface RenderedLink {
  title: string;
  url?: string;
}

export interface QuestionContent {
  /** Which question this is (absent for a message that only shows facts, links or topics). */
  questionId?: QuestionId;
  choices: RenderedChoice[];
  facts?: RenderedFact[];
  links?: RenderedLink[];
  /** Text shown after the facts and buttons (what is left to answer, the steps to take). */
  footer?: string;
  freeText: boolean;
  progress?: Progress;
}

export function questionActivity(text: string, content: QuestionContent): Partial<Activity> {
  return {
    type: 'message',
    text,
    inputHint: 'expectingInput',
    attachments: [{ contentType: QUESTION_CONTENT_TYPE, content }],
  };
}

/** A message with buttons, facts or links that is not itself a question (an answer, a shared plan). */
export function infoActivity(
  text: string,
  content: Omit<QuestionContent, 'questionId' | 'freeText'>,
): Partial<Activity> {
  return {
    ...questionActivity(text, { ...content, freeText: true }),
    inputHint: 'acceptingInput',
  };
}

export function questionContentOf(activity: Partial<Activity>): QuestionContent | undefined {
  const attachment = activity.attachments?.find((a) => a.contentType === QUESTION_CONTENT_TYPE);
  return attachment?.content as QuestionContent | undefined;
}
