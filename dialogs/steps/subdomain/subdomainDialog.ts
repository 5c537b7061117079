import type { WaterfallStepContext } from 'botbuilder-dialogs';
import { SubdomainCheckFailedError } from '../../../provisioning/subdomainDirectory';
import { phrase } from '../../phrase';
import { turnLanguage } from '../../turnLanguage';
import { echoUserText } from '../../userTextEcho';
import type { Question } from '../../question';
import {
  answerOf,
  choice,
  StepDialog,
  type StepDependencies,
  type StepOptions,
} from '../../stepDialog';

export interface SubdomainOptions extends StepOptions<string> {
  /** Who holds a subdomain in the directory: this admin's current plan. */
  holder: string;
  /** A valid name offered as a button: the fixed form of an invalid one typed earlier. */
  suggestion?: string;
  /** Set when asking again because this subdomain was taken. */
  taken?: string;
  alternatives?: string[];
}

/** The organization's subdomain: syntax from the rules, availability from the directory. */
export class SubdomainDialog extends StepDialog<string> {
  constructor(deps: StepDependencies) {
    super('subdomain', deps, [
      (step) => this.askSubdomain(step),
      (step) => this.checkSubdomain(step),
    ]);
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
    const typed = answer.kind === 'choice' ? answer.id : answer.text;
    if (
      answer.kind === 'text' &&
      this.deps.phrases.isOneOf(typed, 'words.finish', turnLanguage(step.context))
    ) {
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
    const held = await this.hold(check.subdomain, options.holder);
    if (held === 'unchecked') {
      await this.say(step, 'subdomain.checkFailed', { subdomain: check.subdomain });
      return this.askAgain(step, options);
    }
    if (held) return this.finish(step, check.subdomain, !options.proposal);
    const next: SubdomainOptions = {
      ...options,
      proposal: undefined,
      again: false,
      taken: check.subdomain,
      alternatives: await this.freeAlternatives(check.subdomain, options),
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
