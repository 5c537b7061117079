import type { WaterfallStepContext } from 'botbuilder-dialogs';
import { phrase } from '../phrase';
import { chosenId, choice, StepDialog, type StepDependencies } from '../stepDialog';

/**
 * A step that is one plain choice among fixed identifiers (role, order type).
 * Labels live at `<step>.choice.<id>`, extra words at `words.<id>`.
 */
export abstract class PickOneStep<T extends string> extends StepDialog<T> {
  protected constructor(id: string, deps: StepDependencies, ids: readonly T[]) {
    super(id, deps, [
      (step) => this.askChoice(step, ids),
      (step) => this.finish(step, chosenId<T>(step), true),
    ]);
  }

  private askChoice(step: WaterfallStepContext, ids: readonly T[]) {
    const proposal = this.options(step).proposal;
    if (proposal !== undefined) return this.finish(step, proposal, false);
    return this.ask(step, {
      id: this.id,
      text: phrase(`${this.id}.question`),
      choices: ids.map((id) =>
        choice(id, phrase(`${this.id}.choice.${id}`), { synonyms: `words.${id}` }),
      ),
      freeText: false,
    });
  }
}
