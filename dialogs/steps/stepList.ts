import type { Dialog } from 'botbuilder-dialogs';
import type { AnswerId } from '../../provisioning/setupAnswers';
import type { StepDependencies } from '../stepDialog';
import { CountryDialog } from './countryDialog';
import { OrderTypeDialog } from './orderTypeDialog';
import { PlatformDialog } from './platformDialog';
import { PstnAddOnDialog } from './pstnAddOnDialog';
import { RoleDialog } from './roleDialog';
import { SubdomainDialog } from './subdomainDialog';
import { TelephonyDialog } from './telephonyDialog';

interface StepEntry {
  /** The answer the step gives (a field of SetupAnswers). */
  id: AnswerId;
  /** The StepDialog that asks it (its id is the step's id). */
  dialog: new (deps: StepDependencies) => Dialog;
  /** A step counted with another in "Step N of M" (the PSTN add-on with the country). */
  countsWith?: AnswerId;
}

/**
 * The setup's steps in the order they are asked (an answer may depend on earlier
 * ones). Adding a step: one line here, its dialog file, its answer's field in
 * SetupAnswers, and its texts in the locale files.
 */
export const STEP_LIST = [
  { id: 'role', dialog: RoleDialog },
  { id: 'orderType', dialog: OrderTypeDialog },
  { id: 'country', dialog: CountryDialog },
  { id: 'pstnAddOn', dialog: PstnAddOnDialog, countsWith: 'country' },
  { id: 'platform', dialog: PlatformDialog },
  { id: 'telephony', dialog: TelephonyDialog },
  { id: 'subdomain', dialog: SubdomainDialog },
] as const satisfies readonly StepEntry[];
