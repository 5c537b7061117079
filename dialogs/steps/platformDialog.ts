import type { WaterfallStepContext } from 'botbuilder-dialogs';
import type { PlatformId } from '../../provisioning/identifiers';
import type { PlatformOption } from '../../provisioning/provisioningRules';
import { phrase } from '../phrase';
import { chosenId, choice, StepDialog, yesNoQuestion, type StepDependencies } from '../stepDialog';

/**
 * The platform: only the country's options. Platforms that Cisco Solution
 * Assurance must ask for are taken only after the admin confirms that request.
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
    const platforms = this.rules.platformsOf(draft.country!);
    if (platforms.length === 1) {
      const only = platforms[0]!.id;
      await this.say(step, 'platform.onlyOne', {
        country: { country: draft.country! },
        platform: name(only),
      });
      return this.finish(step, only, false);
    }
    if (proposal && platforms.some((p) => p.id === proposal))
      return step.next({ kind: 'choice', id: proposal });
    return this.ask(step, {
      text: phrase('platform.question', { country: { country: draft.country! } }),
      choices: platforms.map((p) => choice(p.id, label(p), { synonyms: `words.platform.${p.id}` })),
      freeText: false,
    });
  }

  private checkSolutionAssurance(step: WaterfallStepContext) {
    const id = chosenId<PlatformId>(step);
    const platform = this.rules
      .platformsOf(this.options(step).draft.country!)
      .find((p) => p.id === id)!;
    if (!platform.requiresSolutionAssurance) return this.finish(step, id, true);
    (step.values as Picked).platform = id;
    return this.ask(
      step,
      yesNoQuestion(phrase('platform.solutionAssuranceQuestion', { platform: name(id) })),
    );
  }

  private async checkConfirmation(step: WaterfallStepContext) {
    if (chosenId<string>(step) === 'yes') return this.finish(step, picked(step), true);
    await this.say(step, 'platform.solutionAssuranceDeclined', { platform: name(picked(step)) });
    return this.askAgain(step, this.options(step));
  }
}

function name(id: PlatformId) {
  return phrase(`platform.name.${id}`);
}

function label(platform: PlatformOption) {
  const note = platform.forSubscriptions
    ? 'platform.note.forSubscriptions'
    : platform.requiresSolutionAssurance
      ? 'platform.note.onRequest'
      : 'platform.note.none';
  return phrase(note, { platform: name(platform.id) });
}

interface Picked {
  platform: PlatformId;
}

/** The platform chosen earlier in this run of the step, waiting for confirmation. */
function picked(step: WaterfallStepContext): PlatformId {
  return (step.values as Picked).platform;
}
