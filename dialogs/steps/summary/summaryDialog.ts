import type { WaterfallStepContext } from 'botbuilder-dialogs';
import { phrase } from '../../phrase';
import { planFacts } from '../../planFacts';
import type { Question } from '../../question';
import type { SetupAnswers } from '../registry';
import { STEPS, type StepId } from '../../setupDraft';
import { chosenId, choice, StepDialog, type StepDependencies } from '../../stepDialog';

export type SummaryAction = { action: 'finish' } | { action: 'change'; step: StepId };

/** Every answer with its consequences, then Finish or change one answer. */
export class SummaryDialog extends StepDialog<SummaryAction> {
  constructor(deps: StepDependencies) {
    super('summary', deps, [(step) => this.showSummary(step), (step) => this.readAction(step)]);
  }

  private async showSummary(step: WaterfallStepContext) {
    const { draft } = this.options(step);
    return this.ask(step, this.summaryQuestion(draft));
  }

  private readAction(step: WaterfallStepContext) {
    const id = chosenId<string>(step);
    const action: SummaryAction =
      id === 'finish'
        ? { action: 'finish' }
        : { action: 'change', step: id.slice('change:'.length) as StepId };
    return this.finish(step, action, true);
  }

  private summaryQuestion(draft: SetupAnswers): Question {
    const changeable = STEPS.filter((s) => this.rules.answerApplies(s, draft));
    return {
      id: 'summary',
      text: phrase('summary.text'),
      facts: planFacts(draft, this.rules),
      choices: [
        choice('finish', phrase('summary.finish'), { synonyms: 'words.finish' }),
        ...changeable.map((s) => choice(`change:${s}`, phrase(`summary.change.${s}`))),
      ],
      freeText: false,
    };
  }
}
