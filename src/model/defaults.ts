// gatehouse's own defaults for module settings, applied before modules.yaml's `defaults`.
// The schema documents each of them as `default` (a test keeps the two equal). Test commands
// have no built-in default: `defaults.unitTests` and `defaults.integrationTests` are required.
import type { Module, ReleaseGitHub, TestCommand } from './types.js';

export type ModuleSettings = Pick<Module, 'build' | 'smokeTests' | 'deploy' | 'chart' | 'skip'> & {
  unitTests: TestCommand;
  integrationTests: TestCommand;
};

export const BUILTIN_MODULE_DEFAULTS: Omit<ModuleSettings, 'unitTests' | 'integrationTests'> = {
  build: { dockerfile: 'Dockerfile', context: '.' },
  smokeTests: { command: 'helm test --logs' },
  deploy: { timeoutMinutes: 10, historyMax: 10 },
  chart: {
    protocol: 'http',
    port: 8080,
    replicas: 2,
    probes: {
      liveness: { path: '/healthz' },
      readiness: { path: '/readyz' },
      startup: { path: '/healthz', failureThreshold: 30, periodSeconds: 5 },
    },
    resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
    autoscaling: { enabled: false, minReplicas: 2, maxReplicas: 6, targetCPUUtilizationPercentage: 75 },
    podDisruptionBudget: { minAvailable: 1 },
    readOnlyRootFilesystem: true,
    ingress: { enabled: false, path: '/', annotations: {}, controller: 'ingress-nginx' },
    env: {},
    envFrom: [],
    volumes: {},
  },
  skip: {},
};

/** Defaults of the GitHub-side settings (project.github.syncBranch, project.library.branch, release.github). */
export const BUILTIN_GITHUB_DEFAULTS = {
  syncBranch: 'gatehouse/sync',
  libraryBranch: 'main',
  release: {
    branchName: 'release/{module}-{version}',
    requireIssueReference: true,
    bumpLabels: { major: ['breaking-change', 'major'], minor: ['feature', 'enhancement', 'minor'] },
    checklist: [
      'Module lead: unit tests added for every change are listed',
      'Module lead: every pull request has a proper description and references its issue',
      'Module lead: major or minor release confirmed',
      'SRE: deployment notes and special provisions written',
      'SRE: disaster-recovery and rollback notes written',
      'SRE: on-call group named',
      'QA: automated QA suite passed against pre-prod',
    ],
  } satisfies ReleaseGitHub,
};
