import type { Activity } from 'botbuilder-core';
import {
  KNOWLEDGE_LOCALES,
  type KnowledgeEntry,
  type KnowledgeLocale,
} from '../../knowledge/knowledgeSchema';
import type { KnowledgeResult, KnowledgeSearch } from '../../knowledge/knowledgeSearch';
import {
  NO_REPORTER,
  type AttemptReporter,
  type QuestionResult,
} from '../../insights/attemptReporter';
import type { CountryCode } from '../../provisioning/identifiers';
import type { CountryMatch, ProvisioningRules } from '../../provisioning/provisioningRules';
import { normalizeText } from '../../common/textNormalization';
import { phrase, type PhraseRenderer } from '../phrase';
import { infoActivity } from '../question';
import type { TurnLanguage } from '../turnLanguage';
import { HELP_CHOICE, TOPIC_CHOICE } from './commandChoices';
import type { CountryOptions } from './countryOptions';

/**
 * The reply to a question; `menu` lists the choice ids of an "is it one of these?" menu
 * in the order shown, so that the admin's next "2" or a topic's name refers to it.
 */
export interface QuestionReply {
  activity: Partial<Activity>;
  menu?: string[];
}

/** The topic counted when a question was answered with a country's facts from the rules. */
export const COUNTRY_FACTS_TOPIC = 'country-facts';

/** The knowledge topic on what to do when the country is not in the table. */
export const UNSUPPORTED_COUNTRY_TOPIC = 'unsupported-country-next';

/** What the conversation knows that a question may refer to. */
export interface QuestionSetting {
  /** The country the admin just named that the table does not have ("what do I do then?"). */
  unsupportedCountry?: CountryCode;
  /** The plan's country, answered or being confirmed: "which data center will it be?" is about it. */
  planCountry?: string;
}

/** An answer decided by the country a question is about, with the topic it is counted as. */
interface CountryAnswer {
  activity: Partial<Activity>;
  topic: string;
}

/**
 * Answers an admin's question without leaving the step: a country's facts from
 * the rules (never from prose), else the sourced knowledge base. Below the search's
 * confidence it offers the closest topics and help; outside the setup it declines
 * in one line. It never takes the question as an answer.
 */
export class QuestionAnswers {
  constructor(
    private readonly rules: ProvisioningRules,
    private readonly phrases: PhraseRenderer,
    private readonly countryOptions: CountryOptions,
    private readonly knowledge: KnowledgeSearch,
  ) {}

  answer(
    text: string,
    language: TurnLanguage,
    report: AttemptReporter = NO_REPORTER,
    setting: QuestionSetting = {},
  ): QuestionReply {
    const result = this.knowledge.search(text, knowledgeLocale(language));
    const country = this.rules.findCountryInText(text);
    const about = this.aboutCountry(text, language, result, country, setting);
    if (about) {
      report.questionAsked({ kind: 'answered', topic: about.topic });
      return { activity: about.activity };
    }
    const countryFacts =
      country.kind !== 'unknown' && result.kind !== 'out-of-scope'
        ? [this.countryOptions.describeMatch(country, language)]
        : [];
    // "Can I change the country later if I pick Japan?": the topic's answer, then Japan's facts.
    report.questionAsked(questionResult(result, countryFacts.length > 0, text));
    if (result.kind === 'answer')
      return { activity: this.topic(result.entry, language, countryFacts) };
    if (countryFacts.length) return { activity: message(countryFacts.join('\n')) };
    if (result.kind === 'out-of-scope') return { activity: this.declined(language) };
    const menu = [...result.closest.map((entry) => `${TOPIC_CHOICE}${entry.id}`), HELP_CHOICE];
    const choices = menu.map((id) => ({ id, label: this.menuLabel(id, language) }));
    const activity = infoActivity(this.phrases.render(phrase('answers.unsure'), language), {
      choices,
    });
    return { activity, menu };
  }

  /**
   * A question about a country, answered from the rules: what a supported country has (its
   * data center, platforms, telephony: "does Mexico get the exception platform?") is that
   * country's facts, even where a general topic matched; such a question that names no country
   * ("which data center will it be?") gets the topic and the plan's country; a country the table lacks, named or
   * just refused ("what do I do then?"), gets what to do next. Never for an off-topic question.
   */
  private aboutCountry(
    text: string,
    language: TurnLanguage,
    result: KnowledgeResult,
    country: CountryMatch,
    setting: QuestionSetting,
  ): CountryAnswer | undefined {
    if (this.knowledge.isOffTopic(text, knowledgeLocale(language))) return undefined;
    const topic = result.kind === 'answer' ? result.entry : undefined;
    if (country.kind === 'supported' && (!topic || topic.perCountry)) {
      const facts = this.countryOptions.describeMatch(country, language);
      return { activity: message(facts), topic: COUNTRY_FACTS_TOPIC };
    }
    if (country.kind === 'unknown' && topic?.perCountry && setting.planCountry) {
      const plan = this.rules.findCountry(setting.planCountry);
      if (plan.kind === 'supported') {
        const facts = this.countryOptions.describeMatch(plan, language);
        return { activity: this.topic(topic, language, [facts]), topic: topic.id };
      }
    }
    const unsupported = country.kind === 'unsupported';
    if (!unsupported && (topic || !setting.unsupportedCountry)) return undefined;
    const next = this.knowledge.entry(UNSUPPORTED_COUNTRY_TOPIC);
    if (!next) return undefined;
    const notCovered = unsupported ? [this.countryOptions.describeMatch(country, language)] : [];
    return { activity: this.topic(next, language, notCovered), topic: next.id };
  }

  /**
   * Which entry of a menu the admin's text names: its number as shown ("2", "2.") or its
   * label (what a suggested-action button sends). `outOfRange` for a number the menu lacks.
   */
  menuChoice(menu: readonly string[], text: string, language: TurnLanguage): MenuChoice {
    const number = /^(\d{1,3})[.)]?$/.exec(text.trim());
    if (number) {
      const id = menu[Number(number[1]) - 1];
      return id ? { kind: 'choice', id } : { kind: 'outOfRange', count: menu.length };
    }
    const typed = normalizeText(text);
    const id = menu.find((entry) => normalizeText(this.menuLabel(entry, language)) === typed);
    return id ? { kind: 'choice', id } : { kind: 'none' };
  }

  /** What to say when a number is not in the menu. */
  menuNumberHint(count: number, language: TurnLanguage): Partial<Activity> {
    return message(this.phrases.render(phrase('answers.menuNumber', { count }), language));
  }

  private menuLabel(id: string, language: TurnLanguage): string {
    if (id === HELP_CHOICE) return this.phrases.render(phrase('answers.helpButton'), language);
    const entry = this.knowledge.entry(id.slice(TOPIC_CHOICE.length));
    return entry ? entry.title[knowledgeLocale(language)] : id;
  }

  /**
   * A statement that is no answer but plainly about a setup topic ("the wizard
   * doesn't show up") gets that topic's answer; one about something else entirely
   * ("a recipe for ...") is declined. Anything less clear is left to the step.
   */
  aside(
    text: string,
    language: TurnLanguage,
    report: AttemptReporter = NO_REPORTER,
  ): Partial<Activity> | undefined {
    const locale = knowledgeLocale(language);
    if (this.knowledge.isOffTopic(text, locale)) {
      report.questionAsked({ kind: 'out-of-scope' });
      return this.declined(language);
    }
    const result = this.knowledge.search(text, locale);
    if (result.kind !== 'answer') return undefined;
    report.questionAsked({ kind: 'answered', topic: result.entry.id });
    return this.topic(result.entry, language);
  }

  private declined(language: TurnLanguage): Partial<Activity> {
    return message(this.phrases.render(phrase('answers.outOfScope'), language));
  }

  /** A topic's answer by its id (a topic button was pressed), or undefined for an unknown id. */
  topicById(id: string, language: TurnLanguage): Partial<Activity> | undefined {
    const entry = this.knowledge.entry(id);
    return entry && this.topic(entry, language);
  }

  private topic(
    entry: KnowledgeEntry,
    language: TurnLanguage,
    more: string[] = [],
  ): Partial<Activity> {
    const locale = knowledgeLocale(language);
    const text = [entry.answer[locale], ...more].join('\n');
    const links = this.knowledge.links(entry, locale).map(({ title, url }) => ({ title, url }));
    return links.length ? infoActivity(text, { choices: [], links }) : message(text);
  }
}

/** What became of a question, as counted for the operator (the topic's id, or why none). */
function questionResult(
  result: KnowledgeResult,
  withCountryFacts: boolean,
  text: string,
): QuestionResult {
  if (result.kind === 'answer') return { kind: 'answered', topic: result.entry.id };
  if (withCountryFacts) return { kind: 'answered', topic: COUNTRY_FACTS_TOPIC };
  if (result.kind === 'out-of-scope') return { kind: 'out-of-scope' };
  return { kind: 'unanswered', text };
}

/** The knowledge base is written in its own languages; any other language reads the first. */
function knowledgeLocale(language: TurnLanguage): KnowledgeLocale {
  const written = KNOWLEDGE_LOCALES.find((locale) => locale === language.locale);
  return written ?? KNOWLEDGE_LOCALES[0];
}

export type MenuChoice =
  { kind: 'choice'; id: string } | { kind: 'outOfRange'; count: number } | { kind: 'none' };

function message(text: string): Partial<Activity> {
  return { type: 'message', text };
}
