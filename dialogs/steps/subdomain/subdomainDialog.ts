import type { WaterfallStepContext } from 'botbuilder-dialogs';
import { SubdomainCheckFailedError } from '../../../provisioning/subdomainDirectory';
import { KnownWords } from '../../knownWords';
import { phrase } from '../../phrase';
import { turnLanguage, type TurnLanguage } from '../../turnLanguage';
import { echoUserText } from '../../userTextEcho';
import type { Question } from '../../question';
import {
  answerOf,
  choice,
  chosenId,
  StepDialog,
  yesNoQuestion,
  type StepDependencies,
  type StepOptions,
} from '../../stepDialog';
import { subdomainAfterLead } from './subdomainInSentence';

export interface SubdomainOptions extends StepOptions<string> {
  /** Who holds a subdomain in the directory: this admin's current plan. */
  holder: string;
  /** A valid name offered as a button: the fixed form of an invalid one typed earlier. */
  suggestion?: string;
  /** Set when asking again because this subdomain was taken. */
  taken?: string;
  alternatives?: string[];
}

/** The name waiting for the admin's yes (step values of the waterfall). */
interface Unconfirmed {
  subdomain?: string;
}

/**
 * The organization's subdomain: syntax from the rules, availability from the directory.
 * A name more likely a slip than a choice ("2", "ok", "standard") is asked back before it
 * is held.
 */
export class SubdomainDialog extends StepDialog<string> {
  private readonly known: KnownWords;

  constructor(deps: StepDependencies) {
    super('subdomain', deps, [
      (step) => this.askSubdomain(step),
      (step) => this.checkSubdomain(step),
      (step) => this.checkConfirmation(step),
    ]);
    this.known = new KnownWords(deps.phrases);
  }

  private askSubdomain(step: WaterfallStepContext) {
    const options = step.options as SubdomainOptions;
    if (options.proposal) return step.next({ kind: 'text', text: options.proposal });
    return this.ask(step, this.question(options));
  }

  private question({ taken, alternatives = [], suggestion }: SubdomainOptions): Question {
    const offered = taken ? alternatives : suggestion ? [suggestion] : [];
    const text = !taken
      ? phrase('subdomain.question')
      : phrase(alternatives.length ? 'subdomain.takenWithAlternatives' : 'subdomain.taken', {
          subdomain: taken,
        });
    return {
      id: 'subdomain',
      text,
      reask: phrase('subdomain.reask'),
      choices: offered.map((name) =>
        choice(name, phrase('subdomain.alternative', { subdomain: name })),
      ),
      freeText: true,
    };
  }

  private async checkSubdomain(step: WaterfallStepContext) {
    const options = step.options as SubdomainOptions;
    const answer = answerOf(step);
    const language = turnLanguage(step.context);
    const typed = answer.kind === 'choice' ? answer.id : this.nameIn(answer.text, language);
    if (answer.kind === 'text' && this.deps.phrases.isOneOf(typed, 'words.finish', language)) {
      // "finish" after going back from the summary: the admin means the summary, not a name.
      await this.say(step, 'subdomain.notFinishYet', { text: echoUserText(typed) });
      return this.askAgain(step, options);
    }
    const check = this.rules.checkSubdomain(typed);
    if (!check.ok) {
      await this.say(step, `subdomain.problem.${check.reason}`, this.rules.subdomainLimits());
      // A name with a stray character gets a fixed form; a sentence does not.
      const words = typed.trim().split(/\s+/).length;
      const suggestion = words <= 2 ? this.rules.subdomainSuggestion(typed) : undefined;
      if (suggestion) await this.say(step, 'subdomain.suggestion', { subdomain: suggestion });
      const next: SubdomainOptions = { ...options, taken: undefined, suggestion };
      return this.askAgain(step, next);
    }
    if (answer.kind === 'text' && this.needsConfirmation(check.subdomain, language)) {
      (step.values as Unconfirmed).subdomain = check.subdomain;
      return this.ask(
        step,
        yesNoQuestion(
          'subdomain.confirm',
          phrase('subdomain.confirm', { subdomain: check.subdomain }),
        ),
      );
    }
    return this.holdAndFinish(step, check.subdomain, options);
  }

  private async checkConfirmation(step: WaterfallStepContext) {
    const options = step.options as SubdomainOptions;
    if (chosenId<string>(step) !== 'yes') return this.askAgain(step, options);
    return this.holdAndFinish(step, (step.values as Unconfirmed).subdomain!, options);
  }

  /** The name typed, or the one word after a leading phrase ("let's go with adatum"). */
  private nameIn(text: string, language: TurnLanguage): string {
    const leads = this.deps.phrases.wordList('words.subdomainLeads', language);
    return subdomainAfterLead(text, leads) ?? text;
  }

  /** Digits only, very short (the rules say what), or a word that means something else. */
  private needsConfirmation(subdomain: string, language: TurnLanguage): boolean {
    return this.rules.subdomainNeedsConfirmation(subdomain) || this.known.has(subdomain, language);
  }

  private async holdAndFinish(
    step: WaterfallStepContext,
    subdomain: string,
    options: SubdomainOptions,
  ) {
    const held = await this.hold(subdomain, options.holder);
    if (held === 'unchecked') {
      await this.say(step, 'subdomain.checkFailed', { subdomain });
      return this.askAgain(step, options);
    }
    if (held) return this.finish(step, subdomain, !options.proposal);
    const next: SubdomainOptions = {
      ...options,
      proposal: undefined,
      again: false,
      taken: subdomain,
      alternatives: await this.freeAlternatives(subdomain, options),
    };
    return step.replaceDialog(this.id, next);
  }

  /** Holds the subdomain; 'unchecked' when availability could not be checked right now. */
  private async hold(subdomain: string, holder: string): Promise<boolean | 'unchecked'> {
    try {
      return await this.deps.directory.hold(subdomain, holder, this.rules.subdomainHoldMs());
    } catch (error) {
      if (error instanceof SubdomainCheckFailedError) return 'unchecked';
      throw error;
    }
  }

  private async freeAlternatives(subdomain: string, options: SubdomainOptions) {
    const free: string[] = [];
    const offered = this.rules.subdomainAlternativesOffered();
    for (const candidate of this.rules.subdomainAlternatives(subdomain, options.draft.country)) {
      if (free.length === offered) break;
      if (await this.deps.directory.isAvailable(candidate, options.holder).catch(() => false))
        free.push(candidate);
    }
    return free;
  }
}
