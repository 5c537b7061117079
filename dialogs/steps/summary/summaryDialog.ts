import type { WaterfallStepContext } from 'botbuilder-dialogs';
import { phrase } from '../../phrase';
import { planFacts } from '../../planFacts';
import type { Question } from '../../question';
import { z } from 'zod';
import { stepIdSchema, type SetupAnswers } from '../registry';
import { stepApplies, STEPS } from '../../setupDraft';
import { chosenId, choice, StepDialog, type StepDependencies } from '../../stepDialog';

export const summaryActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('finish') }),
  z.object({ action: z.literal('change'), step: stepIdSchema }),
]);

/** Finish, or change one answer. */
export type SummaryAction = z.infer<typeof summaryActionSchema>;

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
    const action = summaryActionSchema.parse(
      id === 'finish'
        ? { action: 'finish' }
        : { action: 'change', step: id.slice('change:'.length) },
    );
    return this.finish(step, action, true);
  }

  private summaryQuestion(draft: SetupAnswers): Question {
    const changeable = STEPS.filter((s) => stepApplies(s, draft, this.rules));
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
