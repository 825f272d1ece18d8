// `gatehouse version`: its name, options and help. runVersion in
// src/cli/commands/version.ts runs it, imported only then (see src/cli/main.ts).
import type { Command } from 'commander';
import { CHANNELS } from '../../model/types.js';
import type { CliIo } from '../io.js';
import { CONFIG_OPTION, formatOption } from './flags.js';

export const FORMATS = ['text', 'json'] as const;

export interface VersionOptions {
  module: string;
  channel: string;
  build: string;
  sha: string;
  branch?: string;
  pr?: string;
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
    .option('--branch <name>', "the branch job's branch (Jenkins' BRANCH_NAME); or --pr")
    .option('--pr <n>', "the pull request job's number (Jenkins' CHANGE_ID); or --branch")
    .option(...CONFIG_OPTION)
    .option(...formatOption(FORMATS))
    .action(async (options: VersionOptions) => (await import('../commands/version.js')).runVersion(io, done, options));
}
