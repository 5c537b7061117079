import type { WaterfallStepContext } from 'botbuilder-dialogs';
import type { CountryCode } from '../../../provisioning/identifiers';
import { phrase } from '../../phrase';
import type { Question } from '../../question';
import {
  chosenId,
  choice,
  StepDialog,
  yesNoQuestion,
  type StepDependencies,
} from '../../stepDialog';

/** The id of the country question, which CountryValidator checks. */
export const COUNTRY_QUESTION = 'country';

/**
 * The country of operation. It fixes the data center and can never be changed,
 * so whatever way the country was given, the admin confirms it with a clear yes.
 */
export class CountryDialog extends StepDialog<CountryCode> {
  constructor(deps: StepDependencies) {
    super('country', deps, [
      (step) => this.askCountry(step),
      (step) => this.confirmCountry(step),
      (step) => this.checkConfirmation(step),
    ]);
  }

  private askCountry(step: WaterfallStepContext) {
    const proposal = this.options(step).proposal;
    if (proposal) return step.next({ kind: 'choice', id: proposal });
    return this.ask(step, this.countryQuestion());
  }

  /** The answer is a supported country's code (CountryValidator checked a typed one). */
  private async confirmCountry(step: WaterfallStepContext) {
    const code = chosenId<CountryCode>(step);
    (step.values as Picked).country = code;
    return this.ask(step, this.confirmation(code));
  }

  private async checkConfirmation(step: WaterfallStepContext) {
    if (chosenId<string>(step) === 'yes') return this.finish(step, picked(step), true);
    await this.say(step, 'country.notConfirmed');
    return this.askAgain(step, this.options(step));
  }

  private confirmation(code: CountryCode): Question {
    const country = this.rules.country(code)!;
    const dataCenter = this.rules.dataCenterOf(code);
    const params = {
      country: { country: code, inSentence: true },
      region: phrase(`region.${country.region}`),
      dataCenter: phrase(`dataCenter.${dataCenter.id}`),
    };
    const assumed = 'assumed' in dataCenter.basis;
    const question = yesNoQuestion(
      'country.confirm',
      phrase(assumed ? 'country.confirmAssumed' : 'country.confirm', params),
      {
        reask: phrase('country.confirmReask', params),
        unsureHint: phrase('country.unsureHint'),
      },
    );
    return { ...question, about: { country: code } };
  }

  private countryQuestion(): Question {
    return {
      id: COUNTRY_QUESTION,
      text: phrase('country.question'),
      reask: phrase('country.reask'),
      choices: this.rules.countriesByRegion().flatMap(({ region, countries }) =>
        countries.map((c) =>
          choice(c.code, phrase('country.name', { name: { country: c.code } }), {
            group: phrase(`region.${region}`),
          }),
        ),
      ),
      freeText: true,
    };
  }
}

interface Picked {
  country: CountryCode;
}

/** The country chosen earlier in this run of the step, waiting for confirmation. */
function picked(step: WaterfallStepContext): CountryCode {
  return (step.values as Picked).country;
}
