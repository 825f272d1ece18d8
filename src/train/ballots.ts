// Who votes in a train: the roles whose approval the train's environment requires. A role with
// `moduleLead: true` gets one ballot per module in the train (that module's lead, or the role's
// submitters, may answer it); every other role one ballot for the whole train.
import type { Environment, Model } from '../model/types.js';
import { submittersFor } from '../plan/plan.js';
import type { Ballot } from './types.js';

/** Where the train deploys: the environment the master builds deploy to. */
export function trainEnvironment(model: Model): Environment | undefined {
  const name = model.branchFlow.master.environment;
  return model.environments.find((e) => e.name === name);
}

/** The ballots for a train of `modules` (in deploy order), in the order of the environment's approvals. */
export function planBallots(model: Model, modules: readonly string[]): Ballot[] {
  const environment = trainEnvironment(model);
  return (environment?.approvals ?? []).flatMap((roleName): Ballot[] => {
    const role = model.release.approvers.find((r) => r.name === roleName);
    if (!role) throw new Error(`internal: approver role ${roleName} is not defined`);
    const cancelsTrain = model.release.vote.cancelRoles.includes(role.name);
    const base = { role: role.name, description: role.description, cancelsTrain };
    if (!role.moduleLead) return [{ ...base, id: role.name, module: null, submitters: role.submitters, namesModules: !cancelsTrain }];
    return modules.map((name) => {
      const module = model.modules.find((m) => m.name === name);
      if (!module) throw new Error(`internal: unknown module ${name}`);
      return { ...base, id: `${role.name}-${name}`, module: name, submitters: submittersFor(role, module), namesModules: false };
    });
  });
}
