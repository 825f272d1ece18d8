// The way back: every module the train changed returns to the production revision the manifest
// recorded, in reverse wave order (dependents before what they depend on), the modules of one
// wave in parallel. A module the train installed for the first time has no revision to return
// to: it is uninstalled.
import { compareCodeUnits } from '../util/compare.js';
import type { Manifest } from './types.js';

export interface RollbackAction {
  name: string;
  helmRelease: string;
  /** `rollback`: `helm rollback <helmRelease> <toRevision>`; `uninstall`: a first install, `helm uninstall <helmRelease>`. */
  action: 'rollback' | 'uninstall';
  toRevision: number | null;
  toChartVersion: string | null;
  fromChartVersion: string;
}

export interface RollbackStep {
  /** From 1, in the order to run. */
  step: number;
  /** The manifest wave these modules deployed in. */
  wave: number;
  modules: RollbackAction[];
}

export interface RollbackPlan {
  trainId: string;
  environment: string;
  namespace: string;
  steps: RollbackStep[];
}

/** `touched`: the modules whose deploy started (default: every module of the manifest). */
export function planRollback(manifest: Manifest, touched?: readonly string[]): RollbackPlan {
  const modules = manifest.modules.filter((m) => touched === undefined || touched.includes(m.name));
  const waves = [...new Set(modules.map((m) => m.wave))].sort((a, b) => b - a);
  const steps = waves.map((wave, index): RollbackStep => ({
    step: index + 1,
    wave,
    modules: modules
      .filter((m) => m.wave === wave)
      .sort((a, b) => compareCodeUnits(a.name, b.name))
      .map((m): RollbackAction => ({
        name: m.name,
        helmRelease: m.helmRelease,
        action: m.replaces ? 'rollback' : 'uninstall',
        toRevision: m.replaces?.revision ?? null,
        toChartVersion: m.replaces?.chartVersion ?? null,
        fromChartVersion: m.chart.version,
      })),
  }));
  return { trainId: manifest.trainId, environment: manifest.environment, namespace: manifest.namespace, steps };
}
