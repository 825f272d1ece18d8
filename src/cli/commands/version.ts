import { CHANNELS } from '../../model/types.js';
import type { Project } from '../../model/types.js';
import type { BuildJob } from '../../version/job.js';
import { checkBuildCoordinates, computeBuildVersions } from '../../version/scheme.js';
import type { BuildVersions } from '../../version/scheme.js';
import type { CliIo } from '../io.js';
import { EXIT_OK, EXIT_PROBLEMS, UsageError } from '../io.js';
import { printableJson } from '../../util/printable.js';
import { oneOf, parseSha } from '../options.js';
import { findModule, loadPlan } from '../project.js';
import { FORMATS } from '../declare/version.js';
import type { VersionOptions } from '../declare/version.js';

/** `gatehouse version`, declared in ../declare/version.ts. */
export async function runVersion(io: CliIo, done: (code: number) => void, options: VersionOptions): Promise<void> {
  const format = oneOf('--format', options.format, FORMATS);
  const channel = oneOf('--channel', options.channel, CHANNELS);
  const build = parseBuildNumber(options.build);
  const sha = parseSha(options.sha);
  const job = parseJob(options);
  const { plan, config } = await loadPlan(io, options.config);
  const { module } = findModule(plan, options.module, config);
  const coordinates = { module: module.name, version: module.version, channel, job, build, sha };
  // The flags are checked already; a module version too long to leave the job room in a tag is not.
  const problems = checkBuildCoordinates(coordinates);
  if (problems.length > 0) {
    io.err(problems.map((p) => `gatehouse: ${p}\n`).join(''));
    return done(EXIT_PROBLEMS);
  }
  const versions = computeBuildVersions(coordinates);
  // One line, as the pipelines' contract has always been printed (docs/versions.md, Versions.groovy).
  if (format === 'json') io.out(printableJson(JSON.stringify(versions)) + '\n');
  else io.out(renderText(versions, plan.model.project));
  done(EXIT_OK);
}

function parseBuildNumber(text: string): number {
  const build = Number(text);
  if (!/^(0|[1-9]\d*)$/.test(text) || !Number.isSafeInteger(build)) {
    throw new UsageError(`--build must be a non-negative integer without leading zeros (got "${text}")`);
  }
  return build;
}

/**
 * Jenkins counts builds per branch job, so the job is part of every version: exactly one of
 * --branch (BRANCH_NAME of a branch job) and --pr (CHANGE_ID of a pull request job).
 */
function parseJob(options: VersionOptions): BuildJob {
  if ((options.branch === undefined) === (options.pr === undefined)) {
    throw new UsageError('give exactly one of --branch NAME (a branch job) and --pr N (a pull request job)');
  }
  if (options.pr !== undefined) {
    const number = Number(options.pr);
    if (!/^[1-9]\d*$/.test(options.pr) || !Number.isSafeInteger(number)) {
      throw new UsageError(`--pr must be a positive integer without leading zeros (got "${options.pr}")`);
    }
    return { pullRequest: number };
  }
  if (options.branch === '') throw new UsageError('--branch must not be empty');
  return { branch: options.branch! };
}

function renderText(v: BuildVersions, project: Project): string {
  const image = `${project.dockerHub.registry}/${project.dockerHub.namespace}/${v.module}:${v.imageTag}`;
  const chart = `${project.charts.repository}/${v.module} --version ${v.chartVersion}`;
  const rows: [string, string][] = [
    ['module', v.module], ['version', v.version], ['channel', v.channel], ['job', v.job], ['build', String(v.build)], ['sha', v.sha],
    ['imageTag', v.imageTag], ['chartVersion', v.chartVersion], ['appVersion', v.appVersion], ['releaseId', v.releaseId],
    ['image', image], ['chart', chart],
  ];
  return rows.map(([key, value]) => `${(key + ':').padEnd(14)}${value}\n`).join('');
}
