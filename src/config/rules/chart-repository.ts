// `helm push` to oci://<registry>/<ns> stores chart <module> at <ns>/<module>: when <ns> is the
// image namespace, the chart and the image of a module share one repository.
import type { Finding } from '../finding.js';
import type { RawConfig } from '../types.js';

const DOCKER_HUB_HOSTS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);

export function checkChartRepository(config: RawConfig): Finding[] {
  const { charts, dockerHub } = config.project;
  const match = /^oci:\/\/([^/]+)\/(.+)$/.exec(charts.repository);
  if (match === null) return [];
  const [, host = '', namespace = ''] = match;
  const sameRegistry = host === dockerHub.registry || (DOCKER_HUB_HOSTS.has(host) && DOCKER_HUB_HOSTS.has(dockerHub.registry));
  if (!sameRegistry || namespace !== dockerHub.namespace) return [];
  return [{
    code: 'GH311',
    message: `charts are pushed to "${charts.repository}", the image namespace "${dockerHub.namespace}": chart and image of a module would share one repository`,
    path: ['project', 'charts', 'repository'],
    target: 'value',
    hint: `use a separate namespace, e.g. "oci://${host}/${dockerHub.namespace}-charts"`,
  }];
}
