// The proof that the charts work on a cluster: every module's chart, for every environment, is
// rendered by helm's engine (Go text/template + Sprig, test/helm/render) and every object it
// renders is validated against the Kubernetes schemas with unknown fields rejected. The same
// YAML 1.1 reader helm uses must read every emitted file exactly as a YAML 1.2 reader does.
import { join } from 'node:path';
import { FIXTURES } from '../config/helpers.js';
import { loadRepositoryPlan } from '../emit/chart/load-charts.js';
import { loadPlan } from '../emit/jenkinsfile/support.js';
import { describeRenderedCharts } from './describe-rendered.js';

describeRenderedCharts('helm charts of modules.yaml, rendered by helm\'s engine', loadRepositoryPlan);
describeRenderedCharts('helm charts of the every-override fixture (env, envFrom, volumes, per-environment ingress, exec probes, runAsUser)', () =>
  loadPlan(join(FIXTURES, 'valid', 'every-override.yaml')),
);
