import { normalizedWord } from '../../provisioning/normalizedCache';
import { normalizeText } from '../../provisioning/textNormalization';
import type { WordListKey } from '../../locales/translationKeys';
import type { ProvisioningRules } from '../../provisioning/provisioningRules';
import { phrase, type Phrase, type PhraseRenderer } from '../phrase';
import { stepHelp } from '../stepHelp';
import type { TurnLanguage } from '../turnLanguage';
import type { CountryOptions } from './countryOptions';
import type { SetupSession } from './setupSession';

/**
 * Topics a question can be about, most specific first: the words that name the
 * topic (a locale word list) and the answer. Country facts never come from here
 * but from the rules module (CountryOptions).
 */
/** Answers that are a text of their own (the subdomain's help needs its limits: see topicAnswer). */
type TopicAnswer =
  | 'answers.countryChange'
  | 'answers.dataCenter'
  | 'answers.solutionAssurance'
  | 'answers.controlledGa'
  | 'answers.exception'
  | 'answers.standard'
  | 'answers.telephony'
  | 'answers.chat'
  | 'pstnAddOn.help'
  | 'orderType.help'
  | 'subdomain.help';

const TOPICS: { words: WordListKey; answer: TopicAnswer }[] = [
  { words: 'words.topic.countryChange', answer: 'answers.countryChange' },
  { words: 'words.topic.dataCenter', answer: 'answers.dataCenter' },
  { words: 'words.topic.solutionAssurance', answer: 'answers.solutionAssurance' },
  { words: 'words.platform.controlled-ga', answer: 'answers.controlledGa' },
  { words: 'words.platform.exception', answer: 'answers.exception' },
  { words: 'words.telephony.webex-cc-pstn', answer: 'pstnAddOn.help' },
  { words: 'words.topic.telephony', answer: 'answers.telephony' },
  { words: 'words.platform.standard', answer: 'answers.standard' },
  { words: 'words.topic.chat', answer: 'answers.chat' },
  { words: 'words.subdomain', answer: 'subdomain.help' },
  { words: 'words.trial', answer: 'orderType.help' },
];

/**
 * Answers an admin's question from what the bot knows: a country's facts from the
 * rules, a few setup topics, or else the help of the step being asked. It never
 * takes the question as an answer (the step is asked again afterwards).
 */
export class QuestionAnswers {
  constructor(
    private readonly rules: ProvisioningRules,
    private readonly phrases: PhraseRenderer,
    private readonly countryOptions: CountryOptions,
  ) {}

  answer(text: string, session: SetupSession, language: TurnLanguage): string {
    const padded = ` ${normalizeText(text)} `;
    const topic = TOPICS.find((t) => this.mentions(padded, t.words, language));
    if (topic?.answer === 'answers.countryChange')
      return this.render(phrase(topic.answer), language);
    const country = this.rules.findCountryInText(text);
    if (country.kind !== 'unknown') return this.countryOptions.describeMatch(country, language);
    if (topic) return this.render(this.topicAnswer(topic.answer), language);
    const current = session.current ?? 'role';
    return [
      this.render(phrase('answers.unknown'), language),
      this.render(stepHelp(current, this.rules), language),
    ].join('\n');
  }

  private topicAnswer(key: TopicAnswer): Phrase {
    return key === 'subdomain.help' ? stepHelp('subdomain', this.rules) : phrase(key);
  }

  private mentions(padded: string, wordsKey: WordListKey, language: TurnLanguage): boolean {
    return this.phrases
      .wordList(wordsKey, language)
      .some((w) => padded.includes(` ${normalizedWord(w)} `));
  }

  private render(p: Phrase, language: TurnLanguage): string {
    return this.phrases.render(p, language);
  }
}
