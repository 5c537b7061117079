import { z } from 'zod';
import { fact } from '../../planFacts';
import { phrase } from '../../phrase';
import { defineStep } from '../stepModule';
import { PstnAddOnDialog } from './pstnAddOnDialog';

/** The Cisco PSTN for Contact Center add-on: asked only where the rules say it exists. */
export const pstnAddOnStep = defineStep({
  id: 'pstnAddOn',
  answer: z.boolean(),
  dialog: PstnAddOnDialog,
  countsWith: 'country',
  noLongerApplies: () => phrase('changes.pstnAddOnDropped'),
  applies: (answers, rules) => rules.answerApplies('pstnAddOn', answers),
  facts: (addOn) => [fact('pstnAddOn', phrase(addOn ? 'choice.yes' : 'choice.no'))],
  help: () => phrase('pstnAddOn.help'),
  example: 'no',
});
