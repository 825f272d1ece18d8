// Emitter: the release train's pipeline, generated/release/Jenkinsfile (train mode only). Thin on
// purpose: every decision is the gatehouse CLI's (docs/release-train.md, "Contract for the release
// pipeline"), every action a library step (vars/gatehouseTrain*.groovy); the Jenkinsfile holds
// what Jenkins must know before it runs: the trigger, the parameters, the pods and the lock.
import type { Model } from '../../model/types.js';
import type { Plan } from '../../plan/types.js';
import { groovyString } from '../../render/escape.js';
import { renderTemplate } from '../../render/template.js';
import { trainEnvironment } from '../../train/ballots.js';
import { trainLockResource } from '../../train/deploy-plan.js';
import { planTrainSchedule } from '../../train/schedule.js';
import { generatedHeader } from '../header.js';
import { groovyCall } from '../jenkinsfile/groovy-code.js';
import type { FileSet } from '../types.js';
import { toFileSet } from '../types.js';

export const RELEASE_JENKINSFILE = 'release/Jenkinsfile';

/** Minutes each pod stage (collecting, deciding) may take; production adds every module's deploy timeout. */
const POD_STAGE_MINUTES = 30;

export function emitReleasePipeline(plan: Plan): FileSet {
  const { model } = plan;
  if (model.release.mode !== 'train') return [];
  return toFileSet([{ path: RELEASE_JENKINSFILE, content: renderTemplate('release/Jenkinsfile.hbs', buildReleaseView(model)) }]);
}

function buildReleaseView(model: Model) {
  const production = trainEnvironment(model);
  const candidates = model.environments.find((e) => e.name === model.branchFlow.prMerge.environment);
  if (!production || !candidates) throw new Error('internal: a release train needs the master and release PR environments (GH354)');
  const schedule = planTrainSchedule(model.release);
  const loadTest = model.release.loadTest;
  const pod = groovyCall('gatehousePod', { group: 'deploy', ...(loadTest ? { testImage: loadTest.image } : {}) });
  const lock = trainLockResource(model, production);
  const productionMinutes = POD_STAGE_MINUTES + (loadTest?.timeoutMinutes ?? 0) +
    model.modules.reduce((sum, m) => sum + m.deploy.timeoutMinutes, 0);
  return {
    headerText: generatedHeader('slash', model.project.configRepository),
    libraryGroovy: groovyString(`${model.project.library.name}@${model.project.library.version}`),
    cronGroovy: groovyString(schedule.cron.lines.join('\n')),
    cloudGroovy: groovyString(model.project.jenkins.kubernetesCloud),
    numToKeepGroovy: groovyString(String(model.project.jenkins.buildsToKeep)),
    podGroovy: oneLine(pod),
    manifestGroovy: indented(groovyCall('gatehouseTrainManifest', {
      project: model.project.name,
      candidatesNamespace: candidates.namespace,
      candidatesKubeconfigCredentialsId: candidates.clusterCredentialsId,
      productionNamespace: production.namespace,
      productionKubeconfigCredentialsId: production.clusterCredentialsId,
    }), '          '),
    lockGroovy: groovyString(lock),
    podMinutes: POD_STAGE_MINUTES,
    productionMinutes,
  };
}

/** A multi-line call continued at the template's indentation. */
function indented(lines: string[], indent: string): string {
  return lines.join(`\n${indent}`);
}

function oneLine(lines: string[]): string {
  if (lines.length !== 1) throw new Error('internal: a release pipeline call does not fit one line');
  return lines[0]!;
}
