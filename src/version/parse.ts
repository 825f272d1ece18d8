// Reading versions back: a release id or a chart version into the coordinates that made it. Pure.
import { CHANNELS } from '../model/types.js';
import type { Channel } from '../model/types.js';
import { SHA_PATTERN, parseCoreVersion } from './scheme.js';

export interface ParsedReleaseId {
  module: string;
  version: string;
  sha: string;
}

const NUMBER = /^(0|[1-9]\d*)$/;
const MODULE_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

/**
 * `<module>-<major>-<minor>-<patch>-<sha>` back into its parts. Module names contain `-`, so the
 * fixed-shape parts are taken from the right and whatever is left is the module.
 */
export function parseReleaseId(releaseId: string): ParsedReleaseId | undefined {
  const parts = releaseId.split('-');
  if (parts.length < 5) return undefined;
  const sha = parts[parts.length - 1] ?? '';
  const numbers = parts.slice(-4, -1);
  const module = parts.slice(0, -4).join('-');
  if (!SHA_PATTERN.test(sha) || !numbers.every((n) => NUMBER.test(n)) || !MODULE_NAME.test(module)) return undefined;
  const version = numbers.join('.');
  if (!parseCoreVersion(version)) return undefined;
  return { module, version, sha };
}

export interface ParsedChartVersion {
  version: string;
  channel: Channel;
  /** The job identifier (job.ts): PR<n>, or a branch name's code. */
  job: string;
  build: number;
  sha: string;
}

const CHART_VERSION = /^(\d+\.\d+\.\d+)-([a-z]+)\.([0-9A-Za-z-]+)\.(0|[1-9]\d*)\.g([0-9a-f]{7,40})$/;

/** A chart version (or image tag) made by computeBuildVersions back into its parts. */
export function parseChartVersion(chartVersion: string): ParsedChartVersion | undefined {
  const match = CHART_VERSION.exec(chartVersion);
  if (!match) return undefined;
  const [, version = '', channel = '', job = '', build = '', sha = ''] = match;
  if (!parseCoreVersion(version) || !(CHANNELS as readonly string[]).includes(channel) || /^\d+$/.test(job)) return undefined;
  const buildNumber = Number(build);
  if (!Number.isSafeInteger(buildNumber)) return undefined;
  return { version, channel: channel as Channel, job, build: buildNumber, sha };
}
