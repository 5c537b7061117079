import { phrase } from '../phrase';
import { chosenId, StepDialog, yesNoQuestion, type StepDependencies } from '../stepDialog';

/** Asked only for orders where the Cisco PSTN for Contact Center add-on can exist (a US subscription). */
export class PstnAddOnDialog extends StepDialog<boolean> {
  constructor(deps: StepDependencies) {
    super('pstnAddOn', deps, [
      (step) => this.ask(step, yesNoQuestion(phrase('pstnAddOn.question'))),
      (step) => this.finish(step, chosenId<string>(step) === 'yes', true),
    ]);
  }
}
