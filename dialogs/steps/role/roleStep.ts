import { z } from 'zod';
import { ROLES } from '../../../provisioning/identifiers';
import { fact } from '../../planFacts';
import { phrase } from '../../phrase';
import { defineStep } from '../stepModule';
import { RoleDialog } from './roleDialog';

/** Partner or customer administrator: decides the way into the Service Setup wizard. */
export const roleStep = defineStep({
  id: 'role',
  answer: z.enum(ROLES),
  dialog: RoleDialog,
  facts: (role) => [fact('role', phrase(`role.choice.${role}`))],
  help: () => phrase('role.help'),
  example: 'partner',
});
