import { z } from 'zod';
import { ORDER_TYPES } from '../../../provisioning/identifiers';
import { fact } from '../../planFacts';
import { phrase } from '../../phrase';
import { defineStep } from '../stepModule';
import { OrderTypeDialog } from './orderTypeDialog';

/** Trial or subscription: decides the way into the wizard and the PSTN add-on. */
export const orderTypeStep = defineStep({
  id: 'orderType',
  answer: z.enum(ORDER_TYPES),
  dialog: OrderTypeDialog,
  facts: (orderType) => [fact('orderType', phrase(`orderType.choice.${orderType}`))],
  help: () => phrase('orderType.help'),
  example: 'subscription',
});
