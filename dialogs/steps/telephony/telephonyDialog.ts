import type { WaterfallStepContext } from 'botbuilder-dialogs';
import type { TelephonyId } from '../../../provisioning/identifiers';
import { phrase } from '../../phrase';
import { optionWords } from '../../optionWords';
import { telephonyQuery } from '../../../provisioning/setupAnswers';
import { chosenId, choice, StepDialog, type StepDependencies } from '../../stepDialog';

/** The telephony option: only what country, platform, order type and add-on allow. */
export class TelephonyDialog extends StepDialog<TelephonyId> {
  constructor(deps: StepDependencies) {
    super('telephony', deps, [
      (step) => this.askTelephony(step),
      (step) => this.finish(step, chosenId<TelephonyId>(step), true),
    ]);
  }

  private async askTelephony(step: WaterfallStepContext) {
    const { draft, proposal } = this.options(step);
    const { options, automatic } = this.rules.telephonyOptions(telephonyQuery(draft));
    if (automatic) {
      await this.say(step, `telephony.automatic.${automatic.reason}`, {
        telephony: name(automatic.id),
        country: { country: draft.country!, inSentence: true },
        platform: phrase(`platform.definite.${draft.platform!}`),
      });
      return this.finish(step, automatic.id, false);
    }
    if (proposal && options.includes(proposal)) return this.finish(step, proposal, false);
    return this.ask(step, {
      id: 'telephony',
      text: phrase('telephony.question', {
        platform: phrase(`platform.definite.${draft.platform!}`),
      }),
      choices: options.map((id) => choice(id, name(id), optionWords(id))),
      freeText: false,
    });
  }
}

function name(id: TelephonyId) {
  return phrase(`telephony.name.${id}`);
}
