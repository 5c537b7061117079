import type { WaterfallStepContext } from 'botbuilder-dialogs';
import { phrase } from '../../phrase';
import { chosenId, StepDialog, yesNoQuestion, type StepDependencies } from '../../stepDialog';

/** Asked only for orders where the Cisco PSTN for Contact Center add-on can exist (a US subscription). */
export class PstnAddOnDialog extends StepDialog<boolean> {
  constructor(deps: StepDependencies) {
    super('pstnAddOn', deps, [
      (step) => this.askAddOn(step),
      (step) => this.finish(step, chosenId<string>(step) === 'yes', true),
    ]);
  }

  /** A customer admin is asked about their own order, a partner about the customer's. */
  private askAddOn(step: WaterfallStepContext) {
    const { draft, proposal } = this.options(step);
    // "We have the PSTN add-on" earlier in a sentence: acknowledged then, not asked again.
    if (typeof proposal === 'boolean') return this.finish(step, proposal, false);
    const role = draft.role ?? 'partner';
    return this.ask(
      step,
      yesNoQuestion('pstnAddOn', phrase(`pstnAddOn.question.${role}`), {
        unsureHint: phrase(`pstnAddOn.unsureHint.${role}`),
      }),
    );
  }
}
