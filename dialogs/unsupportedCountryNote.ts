import type { TurnContext } from 'botbuilder-core';
import type { CountryCode } from '../provisioning/identifiers';
import { attemptReport } from './attemptReport';

const REFUSED = Symbol('unsupportedCountryRefused');

/**
 * The admin named a country the table does not have and was told so: counted for the
 * operator, and noted for this turn so that the session remembers it (a "what do I do
 * then?" right after it is about that country).
 */
export function noteUnsupportedCountry(context: TurnContext, code: CountryCode): void {
  attemptReport(context).unsupportedCountry(code);
  context.turnState.set(REFUSED, code);
}

/** What a session keeps of a refused country. */
export interface RefusedCountryMemory {
  unsupportedCountry?: CountryCode;
}

/**
 * After a turn: a country refused in it is remembered; a question keeps the one before
 * ("what now?", then "who do I ask?"); any other message forgets it.
 */
export function rememberUnsupportedCountry(
  context: TurnContext,
  memory: RefusedCountryMemory,
  wasQuestion: boolean,
): void {
  const refused = context.turnState.get(REFUSED) as CountryCode | undefined;
  if (refused) memory.unsupportedCountry = refused;
  else if (!wasQuestion) delete memory.unsupportedCountry;
}
