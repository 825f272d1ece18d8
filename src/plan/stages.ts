// What each stage is called and what it touches; the only place stage semantics live.
import type { StageId } from '../model/types.js';

export const STAGE_TITLES: Record<StageId, string> = {
  checkout: 'Checkout',
  build: 'Build image',
  unitTests: 'Unit tests',
  scan: 'Vulnerability scan',
  qualityGate: 'Quality gate',
  pushImage: 'Push image',
  publishChart: 'Publish chart',
  promote: 'Resolve blessed build',
  recordCandidate: 'Record release candidate',
  approve: 'Approvals',
  deploy: 'Deploy',
  smokeTests: 'Smoke tests',
  integrationTests: 'Integration tests',
};

/** Stages that act on the build's environment (its cluster namespace). */
export const ENVIRONMENT_STAGES: ReadonlySet<StageId> = new Set<StageId>([
  'promote',
  'approve',
  'deploy',
  'smokeTests',
  'integrationTests',
]);
