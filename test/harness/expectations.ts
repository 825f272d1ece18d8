// What the Plan says one build does, in the same terms as observe.ts.
import type { BuildPlan } from '../../src/plan/types.js';

export interface Expected {
  stagesEntered: string[];
  namespacesDeployed: string[];
  pushesImage: boolean;
  pushesChart: boolean;
  approvals: string[][];
  deploys: boolean;
  /** The environment the build deploys to, if it deploys. */
  deployEnvironment?: string;
}

export function expectedFor(build: BuildPlan): Expected {
  const deploy = build.stages.find((s) => s.id === 'deploy' && s.skipReason === undefined);
  const approve = build.stages.find((s) => s.id === 'approve');
  return {
    stagesEntered: build.stages.filter((s) => s.skipReason === undefined).map((s) => s.title),
    namespacesDeployed: deploy?.namespace ? [deploy.namespace] : [],
    pushesImage: build.stages.some((s) => s.pushesImage && s.skipReason === undefined),
    pushesChart: build.stages.some((s) => s.pushesChart && s.skipReason === undefined),
    approvals: (approve?.approvals ?? []).map((gate) => [...gate.submitters].sort()),
    deploys: deploy !== undefined,
    deployEnvironment: deploy?.environment,
  };
}

/** Titles of the plan's stages that come after the given one in this build. */
export function stagesAfter(build: BuildPlan, title: string): string[] {
  const titles = build.stages.map((s) => s.title);
  return titles.slice(titles.indexOf(title) + 1);
}
