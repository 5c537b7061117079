import type { WaterfallStepContext } from 'botbuilder-dialogs';
import type { PlatformId } from '../../../provisioning/identifiers';
import type { PlatformOption } from '../../../provisioning/provisioningRules';
import { phrase, type Phrase } from '../../phrase';
import { optionWords } from '../../optionWords';
import type { SetupAnswers } from '../registry';
import {
  chosenId,
  choice,
  StepDialog,
  yesNoQuestion,
  type StepDependencies,
} from '../../stepDialog';

/**
 * The platform: only the country's options. Platforms that Cisco Solution
 * Assurance must ask for are taken only after the admin confirms that request
 * with a clear yes.
 */
export class PlatformDialog extends StepDialog<PlatformId> {
  constructor(deps: StepDependencies) {
    super('platform', deps, [
      (step) => this.askPlatform(step),
      (step) => this.checkSolutionAssurance(step),
      (step) => this.checkConfirmation(step),
    ]);
  }

  private async askPlatform(step: WaterfallStepContext) {
    const { draft, proposal } = this.options(step);
    const { options, automatic, proposed } = this.rules.platformChoice({
      country: draft.country!,
      proposed: { platform: proposal },
    });
    if (automatic) {
      await this.say(step, 'platform.onlyOne', {
        country: { country: draft.country! },
        platform: definite(automatic.id),
      });
      return this.finish(step, automatic.id, false);
    }
    if (proposed) {
      const { because } = this.options(step);
      if (because) await this.sayPhrase(step, because);
      (step.values as Picked).fromProposal = true;
      return step.next({ kind: 'choice', id: proposed });
    }
    return this.ask(step, {
      id: 'platform',
      text: phrase('platform.question', { country: { country: draft.country!, inSentence: true } }),
      reask: phrase('platform.reask'),
      details: details(options, draft),
      choices: options.map((p) => choice(p.id, phrase(`platform.name.${p.id}`), optionWords(p.id))),
      freeText: false,
    });
  }

  private checkSolutionAssurance(step: WaterfallStepContext) {
    const id = chosenId<PlatformId>(step);
    const platform = this.rules
      .platformsOf(this.options(step).draft.country!)
      .find((p) => p.id === id)!;
    // A proposal taken without a question was not asked: "back" does not return to it.
    const asked = !(step.values as Picked).fromProposal;
    if (!platform.requiresSolutionAssurance) return this.finish(step, id, asked);
    (step.values as Picked).platform = id;
    return this.ask(
      step,
      yesNoQuestion(
        'platform.confirm',
        phrase('platform.solutionAssuranceQuestion', { platform: definite(id) }),
        { unsureHint: phrase('platform.unsureHint') },
      ),
    );
  }

  private async checkConfirmation(step: WaterfallStepContext) {
    if (chosenId<string>(step) === 'yes') return this.finish(step, picked(step), true);
    await this.say(step, 'platform.solutionAssuranceDeclined', {
      platform: definite(picked(step)),
    });
    return this.askAgain(step, this.options(step));
  }
}

/** "the Standard platform" / "standardplattformen": the platform's name inside a sentence. */
function definite(id: PlatformId): Phrase {
  return phrase(`platform.definite.${id}`);
}

/** One line per platform on when to choose it, and for a trial which one to pick. */
function details(platforms: readonly PlatformOption[], draft: SetupAnswers): Phrase[] {
  const lines = platforms.map((platform) => {
    const note = platform.forSubscriptions
      ? ('platform.note.forSubscriptions' as const)
      : platform.requiresSolutionAssurance
        ? (`platform.note.onRequest.${platform.id}` as const)
        : ('platform.note.none' as const);
    return phrase(note, { platform: phrase(`platform.name.${platform.id}`) });
  });
  return draft.orderType === 'trial' ? [...lines, phrase('platform.note.trial')] : lines;
}

interface Picked {
  platform: PlatformId;
  fromProposal?: boolean;
}

/** The platform chosen earlier in this run of the step, waiting for confirmation. */
function picked(step: WaterfallStepContext): PlatformId {
  return (step.values as Picked).platform;
}
