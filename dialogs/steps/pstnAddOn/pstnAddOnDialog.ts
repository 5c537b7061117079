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
    const role = this.options(step).draft.role ?? 'partner';
    return this.ask(
      step,
      yesNoQuestion('pstnAddOn', phrase(`pstnAddOn.question.${role}`), {
        unsureHint: phrase(`pstnAddOn.unsureHint.${role}`),
      }),
    );
  }
}
