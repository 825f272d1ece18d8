// The Jenkins Job Builder side of the benchmark: the same jobs gatehouse's seed defines (a folder
// and one multibranch pipeline per module, GitHub branch source, all branches, PR-merge builds,
// hourly scan, orphans kept 30 days), as one job template and one JJB project per module. One
// project per module is the layout JJB is fast with (one project listing every module is
// quadratic in JJB), so the comparison is against JJB at its best.
import { parse } from 'yaml';

interface ScaledConfig {
  project: { jenkins: { folder: string }; github: { owner: string; apiUrl: string; credentialsId: string } };
  modules: Record<string, { repository: string; description: string }>;
}

/** JJB YAML for the modules of a (scaled) modules.yaml text. */
export function buildJjbJobs(modulesYaml: string): string {
  const config = parse(modulesYaml) as ScaledConfig;
  const { folder } = config.project.jenkins;
  const { owner, apiUrl, credentialsId } = config.project.github;
  // A JSON string is a YAML double-quoted scalar. The scaled names hold no braces, which JJB would expand.
  const quote = (value: string) => JSON.stringify(value);
  const lines = [
    `- job:\n    name: ${quote(folder)}\n    project-type: folder`,
    `- job-template:
    name: ${quote(`${folder}/{module}`)}
    project-type: multibranch
    display-name: '{module}'
    description: '{description}'
    periodic-folder-trigger: 1h
    days-to-keep: 30
    script-path: Jenkinsfile
    scm:
      - github:
          api-uri: ${quote(apiUrl)}
          repo: '{repository}'
          repo-owner: ${quote(owner)}
          credentials-id: ${quote(credentialsId)}
          branch-discovery: all
          discover-pr-origin: merge-current
          discover-pr-forks-strategy: false`,
  ];
  for (const [name, module] of Object.entries(config.modules)) {
    lines.push(`- project:
    name: ${quote(name)}
    module: ${quote(name)}
    repository: ${quote(module.repository)}
    description: ${quote(module.description)}
    jobs: [${quote(`${folder}/{module}`)}]`);
  }
  return lines.join('\n') + '\n';
}
