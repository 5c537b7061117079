import { z } from 'zod';
import { TELEPHONY_OPTIONS } from '../../../provisioning/identifiers';
import { fact } from '../../planFacts';
import { phrase } from '../../phrase';
import { defineStep } from '../stepModule';
import { TelephonyDialog } from './telephonyDialog';

/** The telephony option the country, platform and order allow. */
export const telephonyStep = defineStep({
  id: 'telephony',
  answer: z.enum(TELEPHONY_OPTIONS),
  dialog: TelephonyDialog,
  facts: (telephony) => [fact('telephony', phrase(`telephony.name.${telephony}`))],
  help: () => phrase('telephony.help'),
  example: 'Webex Calling',
});
