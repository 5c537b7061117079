import type { WaterfallStepContext } from 'botbuilder-dialogs';
import type { OrderType, Role } from '../../provisioning/identifiers';
import { optionWords } from '../optionWords';
import { phrase } from '../phrase';
import { chosenId, choice, StepDialog, type StepDependencies } from '../stepDialog';

type PickOneStepId = 'role' | 'orderType';
/** The labels and word lists of every pick-one step's choices (each is a key of the locale files). */
type ChoiceLabel = `role.choice.${Role}` | `orderType.choice.${OrderType}`;

/**
 * A step that is one plain choice among fixed identifiers (role, order type).
 * Labels live at `<step>.choice.<id>`, extra words at `words.<id>` and `words.abbreviations.<id>`.
 */
export abstract class PickOneStep<T extends Role | OrderType> extends StepDialog<T> {
  protected constructor(
    private readonly stepId: PickOneStepId,
    deps: StepDependencies,
    ids: readonly T[],
  ) {
    super(stepId, deps, [
      (step) => this.askChoice(step, ids),
      (step) => this.finish(step, chosenId<T>(step), true),
    ]);
  }

  private askChoice(step: WaterfallStepContext, ids: readonly T[]) {
    const proposal = this.options(step).proposal;
    if (proposal !== undefined) return this.finish(step, proposal, false);
    return this.ask(step, {
      id: this.stepId,
      text: phrase(`${this.stepId}.question`),
      choices: ids.map((id) =>
        choice(id, phrase(`${this.stepId}.choice.${id}` as ChoiceLabel), optionWords(id)),
      ),
      freeText: false,
    });
  }
}
