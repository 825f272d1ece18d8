import type { Command } from 'commander';
import { CHANNELS } from '../../model/types.js';
import type { Project } from '../../model/types.js';
import { SHA_PATTERN, computeBuildVersions } from '../../version/scheme.js';
import type { BuildVersions } from '../../version/scheme.js';
import type { CliIo } from '../io.js';
import { EXIT_OK, UsageError } from '../io.js';
import { printableJson } from '../../util/printable.js';
import { CONFIG_OPTION, formatOption, oneOf } from '../options.js';
import { findModule, loadPlan } from '../project.js';

const FORMATS = ['text', 'json'] as const;

interface VersionOptions {
  module: string;
  channel: string;
  build: string;
  sha: string;
  config?: string;
  format: string;
}

export function registerVersion(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('version')
    .description("print a build's image tag, chart version, appVersion and release id")
    .requiredOption('--module <name>', 'module name from modules.yaml')
    .requiredOption('--channel <channel>', `quality channel the build reached: ${CHANNELS.join(', ')}`)
    .requiredOption('--build <n>', 'CI build number (non-negative integer)')
    .requiredOption('--sha <sha>', 'commit sha, 7 to 40 hex digits')
    .option(...CONFIG_OPTION)
    .option(...formatOption(FORMATS))
    .action(async (options: VersionOptions) => {
      const format = oneOf('--format', options.format, FORMATS);
      const channel = oneOf('--channel', options.channel, CHANNELS);
      const build = parseBuildNumber(options.build);
      const sha = parseSha(options.sha);
      const { plan, config } = await loadPlan(io, options.config);
      const { module } = findModule(plan, options.module, config);
      // The flags and modules.yaml are checked already: invalid coordinates here would be a bug.
      const versions = computeBuildVersions({ module: module.name, version: module.version, channel, build, sha });
      // One line, as the pipelines' contract has always been printed (README, Versions.groovy).
      if (format === 'json') io.out(printableJson(JSON.stringify(versions)) + '\n');
      else io.out(renderText(versions, plan.model.project));
      done(EXIT_OK);
    });
}

function parseBuildNumber(text: string): number {
  const build = Number(text);
  if (!/^(0|[1-9]\d*)$/.test(text) || !Number.isSafeInteger(build)) {
    throw new UsageError(`--build must be a non-negative integer without leading zeros (got "${text}")`);
  }
  return build;
}

/** Git prints lower-case shas; upper case is accepted and normalised so ids stay comparable. */
function parseSha(text: string): string {
  const sha = text.toLowerCase();
  if (!SHA_PATTERN.test(sha)) throw new UsageError(`--sha must be 7 to 40 hex digits (got "${text}")`);
  return sha;
}

function renderText(v: BuildVersions, project: Project): string {
  const image = `${project.dockerHub.registry}/${project.dockerHub.namespace}/${v.module}:${v.imageTag}`;
  const chart = `${project.charts.repository}/${v.module} --version ${v.chartVersion}`;
  const rows: [string, string][] = [
    ['module', v.module], ['version', v.version], ['channel', v.channel], ['build', String(v.build)], ['sha', v.sha],
    ['imageTag', v.imageTag], ['chartVersion', v.chartVersion], ['appVersion', v.appVersion], ['releaseId', v.releaseId],
    ['image', image], ['chart', chart],
  ];
  return rows.map(([key, value]) => `${(key + ':').padEnd(14)}${value}\n`).join('');
}
