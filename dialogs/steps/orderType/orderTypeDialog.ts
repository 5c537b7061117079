import { ORDER_TYPES, type OrderType } from '../../../provisioning/identifiers';
import type { StepDependencies } from '../../stepDialog';
import { PickOneStep } from '../pickOneStep';

/** Trial or subscription: decides the way into the wizard and whether the PSTN add-on can exist. */
export class OrderTypeDialog extends PickOneStep<OrderType> {
  constructor(deps: StepDependencies) {
    super('orderType', deps, ORDER_TYPES);
  }
}
