// Which stages a stage cannot work without, in the same build: the emitted library passes data
// between stages only through the build's environment (GATEHOUSE_*) and workspace files, so a
// stage whose producer does not run reads nothing and fails, or worse, acts on a stale value.
// The only place these dependencies live; the config rule GH321 and its tests read this table.
import type { StageId } from './types.js';

export interface StageRequirement {
  /** The stage needs at least one of these (usually exactly one). */
  anyOf: readonly StageId[];
  /** What the library reads that the required stage produces. */
  why: string;
}

export const STAGE_REQUIREMENTS: Record<StageId, readonly StageRequirement[]> = {
  checkout: [],
  // BuildKit reads the Dockerfile and build context from the checked-out workspace.
  build: [{ anyOf: ['checkout'], why: 'it builds the image from the checked-out source' }],
  // The unit test command runs on the source in the 'tests' container; it does not need the image.
  unitTests: [{ anyOf: ['checkout'], why: 'it runs the test command on the checked-out source' }],
  // gatehouseScan runs `trivy image --input .gatehouse/image.tar`, written by gatehouseBuildImage.
  scan: [{ anyOf: ['build'], why: 'it scans .gatehouse/image.tar, which build writes' }],
  // Gate.evaluate passes --junit/--coverage (unit test reports) and --scan .gatehouse/trivy.json.
  qualityGate: [
    { anyOf: ['unitTests'], why: 'it classifies the build by the unit test and coverage reports' },
    { anyOf: ['scan'], why: 'it reads the vulnerability report .gatehouse/trivy.json, which scan writes' },
  ],
  // gatehousePushImage tags the image GATEHOUSE_IMAGE_TAG, which the gate's Versions.record sets;
  // it rebuilds from BuildKit's cache, so without build it would push an image nobody scanned.
  pushImage: [
    { anyOf: ['build'], why: 'it pushes the image build made (rebuilt from its cache)' },
    { anyOf: ['qualityGate'], why: 'the image tag (GATEHOUSE_IMAGE_TAG) comes from the quality gate' },
  ],
  // gatehousePublishChart packages GATEHOUSE_CHART_VERSION/APP_VERSION and the channel annotation,
  // all set by the gate; the chart's image.tag points at the pushed image.
  publishChart: [
    { anyOf: ['qualityGate'], why: 'the chart version, app version and channel come from the quality gate' },
    { anyOf: ['pushImage'], why: 'the chart would point at an image that was never pushed' },
  ],
  // gatehouseResolveBlessed matches blessed builds on GATEHOUSE_TREE, set by gatehouseCheckout.
  promote: [{ anyOf: ['checkout'], why: 'it finds the blessed build by the tree hash checkout records' }],
  // gatehouseRecordCandidate records the blessed build gatehouseResolveBlessed found
  // (GATEHOUSE_BLESSED_REVISION, GATEHOUSE_CHART_VERSION); the Plan adds it after promote only.
  recordCandidate: [{ anyOf: ['promote'], why: 'it records the blessed build that promote resolved' }],
  // gatehouseApprovals asks to release a version to the environment: without a deploy or a
  // promotion there is nothing the approval lets through.
  approve: [{ anyOf: ['deploy', 'promote'], why: 'an approval only makes sense before a deploy or promotion' }],
  // gatehouseDeploy installs GATEHOUSE_CHART_REF/CHART_VERSION, set by gatehousePublishChart or
  // gatehouseResolveBlessed.
  deploy: [{ anyOf: ['publishChart', 'promote'], why: 'it installs the chart that publishChart or promote records' }],
  // Both test the release that deploy installed in the environment.
  smokeTests: [{ anyOf: ['deploy'], why: 'it tests the release deploy installed' }],
  integrationTests: [{ anyOf: ['deploy'], why: 'it tests the release deploy installed' }],
};
