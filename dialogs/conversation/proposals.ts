import type { TurnContext } from 'botbuilder-core';
import type { ProvisioningRules } from '../../provisioning/provisioningRules';
import type { AnswerInterpreter } from '../answerInterpreter';
import { phrase, type Phrase, type PhraseRenderer } from '../phrase';
import type { Question } from '../question';
import { say } from '../say';
import { STEPS, type StepId } from '../setupDraft';
import { turnLanguage, type TurnLanguage } from '../turnLanguage';
import { noteUnsupportedCountry } from '../unsupportedCountryNote';
import { ProposalReader, type ProposedAnswers } from './proposalReader';
import type { SetupSession } from './setupSession';
import { UnavailableAnswers } from './unavailableAnswers';

/** Below this many words a message is an answer to try ("finish", "acme"), not a remark. */
const STATEMENT_WORDS = 4;

/**
 * Answers a message volunteers besides the one being asked for ("partner,
 * subscription in Japan, subdomain acmejp"): when they go to other open
 * questions, what is kept for later, and what is reported right away.
 */
export class Proposals {
  private readonly reader: ProposalReader;
  private readonly unavailable: UnavailableAnswers;

  constructor(
    private readonly rules: ProvisioningRules,
    private readonly phrases: PhraseRenderer,
    private readonly interpreter: AnswerInterpreter,
  ) {
    this.reader = new ProposalReader(rules, phrases);
    this.unavailable = new UnavailableAnswers(rules);
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
    language: TurnLanguage,
  ): boolean {
    if (!question) return false;
    if (question.yesNo) return this.namesAddOnAtItsQuestion(question, proposed, text, language);
    const named: Partial<Record<StepId, boolean>> = {
      role: !!proposed.role,
      orderType: !!proposed.orderType,
      pstnAddOn: proposed.pstnAddOn !== undefined,
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

  /**
   * At the add-on's own yes/no, a sentence that names the add-on as ordered or not ("we
   * bought the Cisco PSTN for Contact Center add-on") answers it, when it is no clear yes/no.
   */
  private namesAddOnAtItsQuestion(
    question: Question,
    proposed: ProposedAnswers,
    text: string,
    language: TurnLanguage,
  ): boolean {
    return (
      question.id === 'pstnAddOn' &&
      proposed.pstnAddOn !== undefined &&
      !this.interpreter.picksChoice(question, text, language)
    );
  }

  /** Reads a message and takes what it proposes (the first message of a setup). */
  async apply(context: TurnContext, session: SetupSession, text: string) {
    await this.use(context, session, this.read(context, text, session));
  }

  /**
   * Takes what a message said for open questions and acknowledges every part of it: what
   * was taken (a country to confirm later), then what could not be used and why.
   */
  async use(context: TurnContext, session: SetupSession, proposed: ProposedAnswers) {
    const taken: Phrase[] = [];
    const refused: Phrase[] = [];
    const { draft, proposals } = session;
    if (proposed.role && !draft.role) {
      draft.role = proposed.role;
      taken.push(phrase(`role.choice.${proposed.role}`));
    }
    if (proposed.orderType && !draft.orderType) {
      draft.orderType = proposed.orderType;
      taken.push(phrase(`orderType.choice.${proposed.orderType}`));
    }
    if (!draft.country && proposed.country) {
      proposals.country = proposed.country;
      taken.push(phrase('proposals.toConfirm', { value: { country: proposed.country } }));
    }
    const plan = {
      country: draft.country ?? proposals.country,
      orderType: draft.orderType,
      platform: draft.platform,
    };
    if (proposed.pstnAddOn !== undefined && draft.pstnAddOn === undefined) {
      const why = this.unavailable.pstnAddOn(plan, proposed.pstnAddOn);
      if (why) refused.push(why);
      else {
        proposals.pstnAddOn = proposed.pstnAddOn;
        taken.push(phrase(proposed.pstnAddOn ? 'proposals.addOn' : 'proposals.noAddOn'));
      }
    }
    if (proposed.platform && !draft.platform) {
      const why = this.unavailable.platform(plan, proposed.platform);
      if (why) refused.push(why);
      else {
        proposals.platform = proposed.platform;
        plan.platform = proposed.platform;
        taken.push(phrase(`platform.name.${proposed.platform}`));
      }
    }
    if (proposed.telephony && !draft.telephony) {
      const why = this.unavailable.telephony(plan, proposed.telephony);
      if (why) refused.push(why);
      else {
        proposals.telephony = proposed.telephony;
        taken.push(phrase(`telephony.name.${proposed.telephony}`));
      }
    }
    if (proposed.subdomain && (!draft.subdomain || session.current === 'subdomain')) {
      const subdomain = this.takeSubdomain(session, proposed.subdomain);
      if (subdomain) taken.push(phrase('proposals.subdomain', { subdomain }));
    }
    if (taken.length) await this.acknowledge(context, taken);
    if (proposed.unsupportedCountry && !draft.country) await this.refuseCountry(context, proposed);
    for (const why of refused) await this.say(context, why);
    if (proposed.subdomain && !taken.some((p) => p.key === 'proposals.subdomain'))
      await this.refuseSubdomain(context, session, proposed.subdomain);
  }

  private async acknowledge(context: TurnContext, taken: Phrase[]) {
    const language = turnLanguage(context);
    const items = taken.map((p) => this.phrases.render(p, language)).join(', ');
    await this.say(context, phrase('proposals.noted', { items }));
  }

  private async refuseCountry(context: TurnContext, proposed: ProposedAnswers) {
    noteUnsupportedCountry(context, proposed.unsupportedCountry!);
    await this.say(
      context,
      phrase('country.unsupported', {
        country: { country: proposed.unsupportedCountry!, inSentence: true },
      }),
    );
  }

  /** A valid subdomain named in a sentence, kept to check when the subdomain is asked. */
  private takeSubdomain(session: SetupSession, typed: string): string | undefined {
    const check = this.rules.checkSubdomain(typed);
    if (!check.ok) return undefined;
    session.proposals.subdomain = check.subdomain;
    return check.subdomain;
  }

  /** An invalid subdomain named in a sentence: reported now, with its valid form offered later. */
  private async refuseSubdomain(context: TurnContext, session: SetupSession, typed: string) {
    const check = this.rules.checkSubdomain(typed);
    if (check.ok || (session.draft.subdomain && session.current !== 'subdomain')) return;
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
