import type { TurnContext } from 'botbuilder-core';
import type { ProvisioningRules } from '../../../provisioning/provisioningRules';
import type { Answer } from '../../answerInterpreter';
import type { AnswerValidator } from '../../answerValidator';
import { phrase, type PhraseRenderer } from '../../phrase';
import { say } from '../../say';
import { noteUnsupportedCountry } from '../../unsupportedCountryNote';
import { echoUserText } from '../../userTextEcho';

/**
 * A country typed at the country question counts only when the rules support it: an
 * unsupported one is said to be not covered (never "pick another"), an unknown one is
 * echoed back. A valid answer is the country's code, as if its button was pressed.
 */
export class CountryValidator implements AnswerValidator {
  constructor(
    private readonly rules: ProvisioningRules,
    private readonly phrases: PhraseRenderer,
  ) {}

  async validate(context: TurnContext, answer: Answer): Promise<Answer | undefined> {
    if (answer.kind === 'choice') return answer;
    const match = this.rules.findCountry(answer.text);
    if (match.kind === 'supported') return { kind: 'choice', id: match.country.code };
    if (match.kind === 'unsupported') noteUnsupportedCountry(context, match.code);
    const why =
      match.kind === 'unsupported'
        ? phrase('country.unsupported', { country: { country: match.code, inSentence: true } })
        : phrase('country.unknown', { text: echoUserText(answer.text) });
    await say(context, this.phrases, why);
    return undefined;
  }
}
