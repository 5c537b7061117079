import { ROLES, type Role } from '../../../provisioning/identifiers';
import type { StepDependencies } from '../../stepDialog';
import { PickOneStep } from '../pickOneStep';

/** Partner or customer administrator: decides how the admin reaches the Service Setup wizard. */
export class RoleDialog extends PickOneStep<Role> {
  constructor(deps: StepDependencies) {
    super('role', deps, ROLES);
  }
}
