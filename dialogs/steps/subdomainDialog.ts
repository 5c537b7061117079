import type { WaterfallStepContext } from 'botbuilder-dialogs';
import {
  SubdomainCheckFailedError,
  type SubdomainDirectory,
} from '../../provisioning/subdomainDirectory';
import { holderOf } from '../holder';
import { phrase } from '../phrase';
import {
  answerOf,
  choice,
  StepDialog,
  type StepDependencies,
  type StepOptions,
} from '../stepDialog';

interface SubdomainOptions extends StepOptions<string> {
  /** Set when asking again because this subdomain was taken. */
  taken?: string;
  alternatives?: string[];
}

const MAX_ALTERNATIVES = 3;
/** How long a checked subdomain stays reserved for an admin who has not finished yet. */
export const SUBDOMAIN_HOLD_MS = 24 * 60 * 60 * 1000;

/** The organization's subdomain: syntax from the rules, availability from the directory. */
export class SubdomainDialog extends StepDialog<string> {
  constructor(
    deps: StepDependencies,
    private readonly directory: SubdomainDirectory,
  ) {
    super('subdomain', deps, [
      (step) => this.askSubdomain(step),
      (step) => this.checkSubdomain(step),
    ]);
  }

  private askSubdomain(step: WaterfallStepContext) {
    const { proposal, taken, alternatives = [] } = step.options as SubdomainOptions;
    if (proposal) return step.next({ kind: 'text', text: proposal });
    return this.ask(step, {
      text: taken
        ? phrase(alternatives.length ? 'subdomain.takenWithAlternatives' : 'subdomain.taken', {
            subdomain: taken,
          })
        : phrase('subdomain.question'),
      choices: alternatives.map((alt) =>
        choice(alt, phrase('subdomain.alternative', { subdomain: alt })),
      ),
      freeText: true,
    });
  }

  private async checkSubdomain(step: WaterfallStepContext) {
    const options = step.options as SubdomainOptions;
    const answer = answerOf(step);
    const check = this.rules.checkSubdomain(answer.kind === 'choice' ? answer.id : answer.text);
    if (!check.ok) {
      await this.say(step, `subdomain.problem.${check.reason}`, this.rules.subdomainLimits());
      return this.askAgain(step, options);
    }
    const holder = holderOf(step.context);
    const held = await this.hold(check.subdomain, holder);
    if (held === 'unchecked') {
      await this.say(step, 'subdomain.checkFailed', { subdomain: check.subdomain });
      return this.askAgain(step, options);
    }
    if (held) return this.finish(step, check.subdomain, !options.proposal);
    const next: SubdomainOptions = {
      draft: options.draft,
      taken: check.subdomain,
      alternatives: await this.freeAlternatives(check.subdomain, options, holder),
    };
    return step.replaceDialog(this.id, next);
  }

  /** Holds the subdomain; 'unchecked' when availability could not be checked right now. */
  private async hold(subdomain: string, holder: string): Promise<boolean | 'unchecked'> {
    try {
      return await this.directory.hold(subdomain, holder, SUBDOMAIN_HOLD_MS);
    } catch (error) {
      if (error instanceof SubdomainCheckFailedError) return 'unchecked';
      throw error;
    }
  }

  private async freeAlternatives(subdomain: string, options: SubdomainOptions, holder: string) {
    const free: string[] = [];
    for (const candidate of this.rules.subdomainAlternatives(subdomain, options.draft.country)) {
      if (free.length === MAX_ALTERNATIVES) break;
      if (await this.directory.isAvailable(candidate, holder).catch(() => false))
        free.push(candidate);
    }
    return free;
  }
}
