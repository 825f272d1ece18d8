// What every module's Jenkinsfile has in common, rendered once per project instead of once per
// module: the header, the library and cloud literals, the Slack notifications, each
// environment's lock and the `when` lines of each set of build kinds. At 1000 modules these were
// rendered 1000 times over, to the same strings.
import type { ProjectModel } from '../../model/types.js';
import type { BuildPlan } from '../../plan/types.js';
import { groovyString } from '../../render/escape.js';
import { cappedMemo, cappedMemoBy } from '../../util/capped-memo.js';
import { generatedHeader } from '../header.js';
import { whenLines } from './conditions.js';
import { groovyCall } from './groovy-code.js';
import type { PipelineLayout } from './pipeline-layout.js';
import { lockOption } from './steps.js';

export interface Notification {
  conditionText: string;
  stepsGroovy: readonly string[];
}

export interface SharedParts {
  headerText: string;
  libraryGroovy: string;
  cloudGroovy: string;
  numToKeepGroovy: string;
  notifications: readonly Notification[];
  /** The `when` lines of a stage that `builds` run (read-only: every module with that set shares them). */
  whenOf: (builds: readonly BuildPlan[]) => readonly string[];
  /** The stage option holding `environment`'s lock. */
  lockOf: (environment: string) => string;
  /** A stage's or group's name as a Groovy literal: the same few names in every module. */
  nameOf: (name: string) => string;
  /** The timeout option of a pod group. */
  podTimeoutGroovy: string;
  /** Names of the production environments. */
  production: ReadonlySet<string>;
  /** The pipeline layout of each array of builds met so far (pipeline-layout.ts). */
  layouts: WeakMap<readonly BuildPlan[], PipelineLayout>;
}

/**
 * Endings Slack hears about, in Jenkins' post order: fixed, aborted (approval rejected or timed
 * out, a user, a newer build), unstable (failing tests, a release PR build not blessed), failure.
 * A success is told by the steps themselves (deployed, blessed); nothing for a quiet success.
 */
const NOTIFIED_ENDINGS = ['fixed', 'aborted', 'unstable', 'failure'] as const;

const sharedByModel = new WeakMap<ProjectModel, SharedParts>();

/** The parts of `model`, made on the first module's Jenkinsfile and kept while the model lives. */
export function sharedParts(model: ProjectModel): SharedParts {
  let parts = sharedByModel.get(model);
  if (parts === undefined) sharedByModel.set(model, (parts = buildSharedParts(model)));
  return parts;
}

function buildSharedParts(model: ProjectModel): SharedParts {
  const { project } = model;
  return {
    headerText: generatedHeader('slash', project.configRepository),
    libraryGroovy: groovyString(`${project.library.name}@${project.library.version}`),
    cloudGroovy: groovyString(project.jenkins.kubernetesCloud),
    numToKeepGroovy: groovyString(String(project.jenkins.buildsToKeep)),
    notifications: NOTIFIED_ENDINGS.map((status) => ({ conditionText: status, stepsGroovy: groovyCall('gatehouseNotify', { status }) })),
    // Keyed by the builds' kinds: the Plan gives a build kind the same match in every module (the
    // kind's branch flow rule, plan.ts matchOf).
    whenOf: cappedMemoBy(kindsKey, (builds) => whenLines(builds.map((b) => b.match))),
    lockOf: cappedMemo((environment) => lockOption(model, environment)),
    nameOf: cappedMemo(groovyString),
    podTimeoutGroovy: `timeout(time: ${project.jenkins.buildTimeoutMinutes}, unit: 'MINUTES')`,
    production: new Set(model.environments.filter((e) => e.production).map((e) => e.name)),
    layouts: new WeakMap(),
  };
}

/** The builds' kinds, comma-separated (kinds are gatehouse's own identifiers). */
function kindsKey(builds: readonly BuildPlan[]): string {
  let key = '';
  for (const build of builds) key += key === '' ? build.kind : `,${build.kind}`;
  return key;
}
