import type { TurnContext } from 'botbuilder-core';
import type { ProvisioningRules } from '../../provisioning/provisioningRules';
import type { AnswerInterpreter } from '../answerInterpreter';
import { phrase, type Phrase, type PhraseRenderer } from '../phrase';
import type { Question } from '../question';
import { say } from '../say';
import { STEPS, type StepId } from '../setupDraft';
import { turnLanguage, type TurnLanguage } from '../turnLanguage';
import { attemptReport } from '../attemptReport';
import { ProposalReader, type ProposedAnswers } from './proposalReader';
import type { SetupSession } from './setupSession';

/** Below this many words a message is an answer to try ("finish", "acme"), not a remark. */
const STATEMENT_WORDS = 4;

/**
 * Answers a message volunteers besides the one being asked for ("partner,
 * subscription in Japan, subdomain acmejp"): when they go to other open
 * questions, what is kept for later, and what is reported right away.
 */
export class Proposals {
  private readonly reader: ProposalReader;

  constructor(
    private readonly rules: ProvisioningRules,
    private readonly phrases: PhraseRenderer,
    private readonly interpreter: AnswerInterpreter,
  ) {
    this.reader = new ProposalReader(rules, phrases);
  }

  /**
   * At the country confirmation, a message naming another supported country than the
   * one asked about ("no, it is Canada", even "yes, Canada" at "Is Mexico right?").
   */
  namesAnotherCountry(question: Question | undefined, proposed: ProposedAnswers): boolean {
    if (question?.id !== 'country.confirm' || !proposed.country) return false;
    const asked = question.text.params?.country;
    const askedCode = typeof asked === 'object' && 'country' in asked ? asked.country : undefined;
    return proposed.country !== askedCode;
  }

  /**
   * At a yes/no question, answers a message gives to later questions ("yes, and the
   * subdomain is acmejp") are kept for when those are asked; the yes/no goes to the step.
   */
  keepLaterAnswers(
    question: Question | undefined,
    session: SetupSession,
    proposed: ProposedAnswers,
  ) {
    if (!question?.yesNo) return;
    const { draft, proposals } = session;
    if (proposed.platform && !draft.platform) proposals.platform = proposed.platform;
    if (proposed.telephony && !draft.telephony) proposals.telephony = proposed.telephony;
    const subdomain = proposed.subdomain && this.rules.checkSubdomain(proposed.subdomain);
    if (subdomain && subdomain.ok && !draft.subdomain) proposals.subdomain = subdomain.subdomain;
  }

  /**
   * A sentence that proposes no answer and picks none of the question's choices
   * may be a remark about the setup rather than an answer ("the wizard doesn't
   * show up").
   */
  isAside(
    question: Question | undefined,
    text: string,
    proposed: ProposedAnswers,
    language: TurnLanguage,
  ): boolean {
    if (Object.keys(proposed).length || text.split(/\s+/).length < STATEMENT_WORDS) return false;
    return !question || !this.interpreter.picksChoice(question, text, language);
  }

  /** What a message proposes; a misspelt country counts while the country is still open. */
  read(context: TurnContext, text: string, session: SetupSession): ProposedAnswers {
    return this.reader.read(text, turnLanguage(context), { typos: !session.draft.country });
  }

  /**
   * Whether a message answers a question that is still open besides the one being
   * asked. An answer to the current question alone is left to its step, so that
   * it counts as asked (and "back" can return to it); so is any answer to a
   * confirmation. A country in a sentence at the country question counts too,
   * when the step alone would not find it ("I think it's Japn").
   */
  answersOtherQuestions(
    question: Question | undefined,
    session: SetupSession,
    proposed: ProposedAnswers,
    text: string,
  ): boolean {
    if (!question || question.yesNo) return false;
    const named: Partial<Record<StepId, boolean>> = {
      role: !!proposed.role,
      orderType: !!proposed.orderType,
      country: !!proposed.country || !!proposed.unsupportedCountry,
      platform: !!proposed.platform,
      telephony: !!proposed.telephony,
      subdomain: !!proposed.subdomain,
    };
    const countryInSentence =
      session.current === 'country' &&
      !!proposed.country &&
      this.rules.findCountry(text).kind === 'unknown';
    // "the subdomain is acmejp" at the subdomain question: the name, not the sentence.
    const subdomainInSentence =
      session.current === 'subdomain' && !!proposed.subdomain && proposed.subdomain !== text.trim();
    return (
      countryInSentence ||
      subdomainInSentence ||
      STEPS.some(
        (step) => named[step] && step !== session.current && session.draft[step] === undefined,
      )
    );
  }

  /** Reads a message and takes what it proposes (the first message of a setup). */
  async apply(context: TurnContext, session: SetupSession, text: string) {
    await this.use(context, session, this.read(context, text, session));
  }

  /** Takes what a message said for open questions, and says right away what it could not take. */
  async use(context: TurnContext, session: SetupSession, proposed: ProposedAnswers) {
    const { draft, proposals } = session;
    if (proposed.role && !draft.role) draft.role = proposed.role;
    if (proposed.orderType && !draft.orderType) draft.orderType = proposed.orderType;
    if (!draft.country) {
      if (proposed.country) proposals.country = proposed.country;
      if (proposed.unsupportedCountry) {
        attemptReport(context).unsupportedCountry(proposed.unsupportedCountry);
        await this.say(
          context,
          phrase('country.unsupported', {
            country: { country: proposed.unsupportedCountry, inSentence: true },
          }),
        );
      }
    }
    if (proposed.platform && !draft.platform) proposals.platform = proposed.platform;
    if (proposed.telephony && !draft.telephony) proposals.telephony = proposed.telephony;
    if (proposed.subdomain && (!draft.subdomain || session.current === 'subdomain'))
      await this.proposeSubdomain(context, session, proposed.subdomain);
  }

  /** A subdomain named in a sentence: kept to check later if valid, reported now with a fix if not. */
  private async proposeSubdomain(context: TurnContext, session: SetupSession, typed: string) {
    const check = this.rules.checkSubdomain(typed);
    if (check.ok) {
      session.proposals.subdomain = check.subdomain;
      return;
    }
    const suggestion = this.rules.subdomainSuggestion(typed);
    await this.say(
      context,
      phrase('subdomain.notTaken', {
        subdomain: check.subdomain,
        problem: phrase(`subdomain.problem.${check.reason}`, this.rules.subdomainLimits()),
      }),
    );
    if (suggestion) {
      session.proposals.subdomainSuggestion = suggestion;
      await this.say(context, phrase('subdomain.suggestionLater', { subdomain: suggestion }));
    }
  }

  private async say(context: TurnContext, p: Phrase): Promise<void> {
    await say(context, this.phrases, p);
  }
}
