// What the release pipeline needs to deploy a decided train, so it reads nothing from
// modules.yaml itself: per wave, per module, the exact chart and image of the manifest and the
// module's deploy settings; the environment's credentials and lock; the smoke tests and the load test.
import type { Environment, LoadTest, Model } from '../model/types.js';
import { trainEnvironment } from './ballots.js';
import type { Manifest } from './types.js';

export interface DeployModule {
  name: string;
  helmRelease: string;
  chartReference: string;
  chartVersion: string;
  imageReference: string;
  /** The pushed image's digest (`sha256:<hex>`): the deploy pins the chart's image to it. */
  imageDigest: string;
  /** The environment's values file inside the chart package (`helm pull --untar`). */
  valuesFile: string;
  timeoutMinutes: number;
  historyMax: number;
  /** The module's smoke test command (the release name is its last argument), or null when the module skips them. */
  smokeTests: string | null;
  smokeTestsSkipped: string | null;
}

export interface DeployPlan {
  trainId: string;
  environment: string;
  namespace: string;
  kubeconfigCredentialsId: string;
  /** The Lockable Resources name every module pipeline's deploy to this environment holds too. */
  lockResource: string;
  waves: { wave: number; modules: DeployModule[] }[];
  loadTest: LoadTest | null;
}

/** The manifest must be decided `go`; the caller checks. */
export function planDeploy(model: Model, manifest: Manifest): DeployPlan {
  const { loadTest } = model.release;
  const environment = trainEnvironment(model);
  if (!environment || environment.name !== manifest.environment) throw new Error(`internal: environment ${manifest.environment} is not the train's`);
  const moduleOf = (name: string): DeployModule => {
    const entry = manifest.modules.find((m) => m.name === name);
    const module = model.modules.find((m) => m.name === name);
    if (!entry || !module) throw new Error(`internal: module ${name} is not in the manifest and modules.yaml`);
    const skipped = module.skip.smokeTests ?? null;
    return {
      name,
      helmRelease: entry.helmRelease,
      chartReference: entry.chart.reference,
      chartVersion: entry.chart.version,
      imageReference: entry.image.reference,
      imageDigest: entry.image.digest,
      valuesFile: `values-${environment.name}.yaml`,
      timeoutMinutes: module.deploy.timeoutMinutes,
      historyMax: module.deploy.historyMax,
      smokeTests: skipped === null ? module.smokeTests.command : null,
      smokeTestsSkipped: skipped,
    };
  };
  return {
    trainId: manifest.trainId,
    environment: environment.name,
    namespace: environment.namespace,
    kubeconfigCredentialsId: environment.clusterCredentialsId,
    lockResource: trainLockResource(model, environment),
    waves: manifest.waves.map((names, index) => ({ wave: index + 1, modules: names.map(moduleOf) })),
    loadTest: loadTest ? { command: loadTest.command, report: loadTest.report, image: loadTest.image, timeoutMinutes: loadTest.timeoutMinutes } : null,
  };
}

/**
 * The lock every deploy to an environment holds: the module pipelines' (continuous mode, and their
 * staging/preprod groups) and the release train's production stage, which the emitter writes.
 */
export function trainLockResource(model: Model, environment: Environment): string {
  return `${model.project.name}-${environment.name}`;
}
