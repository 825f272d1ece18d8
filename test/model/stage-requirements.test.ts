// The stage requirement table against the emitted library: every requirement is backed by a
// value or file the needing stage's step reads and the required stage's step produces, so the
// table cannot drift from what the library actually passes between stages.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STAGE_REQUIREMENTS } from '../../src/model/stage-requirements.js';
import { SKIPPABLE_STAGE_IDS, STAGE_IDS } from '../../src/model/types.js';
import type { StageId } from '../../src/model/types.js';
import { TEMPLATES_DIR } from '../../src/util/paths.js';

const STATIC = join(TEMPLATES_DIR, 'library', 'static');

/** The library code each stage runs: its vars step and the classes that step uses. */
const STEP_SOURCES: Record<StageId, string[]> = {
  checkout: ['vars/gatehouseCheckout.groovy'],
  build: ['vars/gatehouseBuildImage.groovy'],
  unitTests: ['vars/gatehouseUnitTests.groovy'],
  scan: ['vars/gatehouseScan.groovy'],
  qualityGate: ['vars/gatehouseQualityGate.groovy', 'src/dev/gatehouse/Gate.groovy', 'src/dev/gatehouse/Versions.groovy'],
  pushImage: ['vars/gatehousePushImage.groovy'],
  publishChart: ['vars/gatehousePublishChart.groovy'],
  promote: ['vars/gatehouseResolveBlessed.groovy'],
  recordCandidate: ['vars/gatehouseRecordCandidate.groovy', 'src/dev/gatehouse/TrainCli.groovy'],
  approve: ['vars/gatehouseApprovals.groovy'],
  deploy: ['vars/gatehouseDeploy.groovy'],
  smokeTests: ['vars/gatehouseSmokeTests.groovy'],
  integrationTests: ['vars/gatehouseIntegrationTests.groovy'],
};

/** `needing<-needed`: a text the needing stage's code reads and one the needed stage's code writes. */
const EVIDENCE: Record<string, { reads: string; writes: string }> = {
  'build<-checkout': { reads: '--local context="$GATEHOUSE_CONTEXT"', writes: 'checkout scm' },
  'unitTests<-checkout': { reads: 'sh(returnStatus: true, script: args.command)', writes: 'checkout scm' },
  'scan<-build': { reads: 'trivy image --input .gatehouse/image.tar', writes: 'dest=.gatehouse/image.tar' },
  'qualityGate<-unitTests': { reads: '--junit "$glob"', writes: 'args.command' },
  'qualityGate<-scan': { reads: '--scan .gatehouse/trivy.json', writes: '.gatehouse/trivy.json' },
  'pushImage<-build': { reads: '--local context="$GATEHOUSE_CONTEXT"', writes: '--local context="$GATEHOUSE_CONTEXT"' },
  'pushImage<-qualityGate': { reads: 'env.GATEHOUSE_IMAGE_TAG', writes: 'script.env.GATEHOUSE_IMAGE_TAG =' },
  'publishChart<-qualityGate': { reads: 'env.GATEHOUSE_CHART_VERSION', writes: 'script.env.GATEHOUSE_CHART_VERSION =' },
  'publishChart<-pushImage': { reads: 'chartVersion: env.GATEHOUSE_CHART_VERSION', writes: 'push=true' },
  'promote<-checkout': { reads: 'env.GATEHOUSE_TREE', writes: 'env.GATEHOUSE_TREE =' },
  'recordCandidate<-promote': { reads: '$GATEHOUSE_BLESSED_REVISION', writes: 'env.GATEHOUSE_BLESSED_REVISION =' },
  'approve<-deploy': { reads: 'Release \' + env.GATEHOUSE_MODULE', writes: 'helmDeploy(' },
  'approve<-promote': { reads: 'env.GATEHOUSE_APP_VERSION', writes: 'env.GATEHOUSE_APP_VERSION =' },
  'deploy<-publishChart': { reads: 'chartRef: env.GATEHOUSE_CHART_REF', writes: 'env.GATEHOUSE_CHART_REF =' },
  'deploy<-promote': { reads: 'chartRef: env.GATEHOUSE_CHART_REF', writes: 'env.GATEHOUSE_CHART_REF =' },
  'smokeTests<-deploy': { reads: 'GATEHOUSE_RELEASE=\' + args.release', writes: 'release: args.release' },
  'integrationTests<-deploy': { reads: 'GATEHOUSE_RELEASE=\' + args.release', writes: 'release: args.release' },
};

function sourceOf(stage: StageId): string {
  return STEP_SOURCES[stage].map((file) => readFileSync(join(STATIC, file), 'utf8')).join('\n');
}

const PAIRS = STAGE_IDS.flatMap((stage) =>
  STAGE_REQUIREMENTS[stage].flatMap((requirement) => requirement.anyOf.map((needed) => [stage, needed] as const)),
);

describe('model: stage requirements', () => {
  it('has evidence in the library for every requirement, and no evidence for a requirement it lacks', () => {
    expect(PAIRS.map(([stage, needed]) => `${stage}<-${needed}`).sort()).to.deep.equal(Object.keys(EVIDENCE).sort());
  });

  for (const [stage, needed] of PAIRS) {
    it(`${stage} reads what ${needed} produces`, () => {
      const evidence = EVIDENCE[`${stage}<-${needed}`]!;
      expect(sourceOf(stage)).to.contain(evidence.reads);
      expect(sourceOf(needed)).to.contain(evidence.writes);
    });
  }

  it('requires only stages that run before, except that approval waits for the deploy or promotion it guards', () => {
    for (const [stage, needed] of PAIRS) {
      if (stage === 'approve') continue;
      expect(STAGE_IDS.indexOf(needed), `${stage} needs ${needed}`).to.be.lessThan(STAGE_IDS.indexOf(stage));
    }
  });

  it('never requires a stage a module may skip, so a skip cannot break a build', () => {
    const needed = new Set<StageId>(PAIRS.map(([, stage]) => stage));
    for (const skippable of SKIPPABLE_STAGE_IDS) expect(needed.has(skippable), skippable).to.equal(false);
  });
});
