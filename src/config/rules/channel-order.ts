// Channels are ranked: a stable build must also be a beta build, a beta build an alpha one. A
// threshold that makes a better channel laxer than a worse one is a mistake in the numbers.
import type { Channel, ChannelThresholds } from '../../model/types.js';
import type { Finding, PathSegment } from '../finding.js';
import type { RawConfig, RawQuality } from '../types.js';

const RANKED: [better: Channel, worse: Channel][] = [['stable', 'beta'], ['beta', 'alpha']];
const AT_LEAST = ['minLineCoverage', 'minBranchCoverage', 'minIntegrationPassRate'] as const;
const AT_MOST = ['maxFailedTests'] as const;

export function checkChannelOrder(config: RawConfig): Finding[] {
  const project = config.quality.channels;
  const owners: [string, PathSegment[], RawQuality | undefined][] = [
    ['quality', ['quality'], undefined],
    ...Object.entries(config.modules).map(([name, m]): [string, PathSegment[], RawQuality | undefined] => [`module "${name}"`, ['modules', name, 'quality'], m.quality]),
  ];
  return owners.flatMap(([owner, path, override]) => {
    if (path[0] === 'modules' && override?.channels === undefined) return [];
    const channels = effectiveChannels(project, override);
    return RANKED.flatMap(([better, worse]) =>
      laxerThresholds(channels[better], channels[worse]).flatMap((key): Finding[] => {
        const at = locate(path, override, better, worse, key);
        // A module's problem that it merely inherits is reported once, at the project.
        if (at === undefined) return [];
        const message = `${owner}: ${better}.${key} (${describe(channels[better], key)}) is laxer than ${worse}.${key} (${describe(channels[worse], key)})`;
        return [{ code: 'GH318', message, path: at, target: 'value', hint: `a ${better} build must meet every ${worse} threshold too` }];
      }),
    );
  });
}

function effectiveChannels(project: Record<Channel, ChannelThresholds>, override: RawQuality | undefined): Record<Channel, ChannelThresholds> {
  const merged = (channel: Channel): ChannelThresholds => {
    const own = override?.channels?.[channel];
    return { ...project[channel], ...own, maxVulnerabilities: { ...project[channel].maxVulnerabilities, ...own?.maxVulnerabilities } };
  };
  return { stable: merged('stable'), beta: merged('beta'), alpha: merged('alpha') };
}

function laxerThresholds(better: ChannelThresholds, worse: ChannelThresholds): string[] {
  const lax: string[] = [];
  for (const key of AT_LEAST) if (better[key] < worse[key]) lax.push(key);
  for (const key of AT_MOST) if (better[key] > worse[key]) lax.push(key);
  for (const [severity, limit] of Object.entries(worse.maxVulnerabilities)) {
    const own = better.maxVulnerabilities[severity as keyof ChannelThresholds['maxVulnerabilities']];
    if (own === undefined || own > limit) lax.push(`maxVulnerabilities.${severity}`);
  }
  return lax;
}

function describe(thresholds: ChannelThresholds, key: string): string {
  const [head, severity] = key.split('.');
  const value = severity === undefined ? thresholds[head as keyof ChannelThresholds] : thresholds.maxVulnerabilities[severity as keyof ChannelThresholds['maxVulnerabilities']];
  return value === undefined ? 'unlimited' : JSON.stringify(value);
}

/** The module's own value when it wrote one (undefined when it wrote neither), else the project's. */
function locate(path: PathSegment[], override: RawQuality | undefined, better: Channel, worse: Channel, key: string): PathSegment[] | undefined {
  const keyPath = key.split('.');
  const wrote = (channel: Channel) => {
    let node: unknown = override?.channels?.[channel];
    for (const part of keyPath) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
    return node !== undefined;
  };
  if (path[0] === 'modules') {
    if (wrote(better)) return [...path, 'channels', better, ...keyPath];
    if (wrote(worse)) return [...path, 'channels', worse, ...keyPath];
    return undefined;
  }
  return ['quality', 'channels', better, ...keyPath];
}
