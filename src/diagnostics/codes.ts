// The catalogue of every diagnostic code gatehouse reports. Codes are stable: once published a
// code keeps its meaning forever (a retired code is never reused). The code table in
// docs/error-codes.md is generated from this one and a test keeps the two in step.
import type { Severity } from './diagnostic.js';

export interface CodeInfo {
  title: string;
  severity: Severity;
  /** What the problem is and how to fix it, for docs/error-codes.md. */
  explanation: string;
}

export const CODES = {
  GH001: {
    title: 'file cannot be read',
    severity: 'error',
    explanation: 'The configuration file named by `--config` (or `GATEHOUSE_CONFIG`) does not exist or cannot be read (permissions). Check the path. Exit code 2.',
  },
  GH002: {
    title: 'no modules.yaml found',
    severity: 'error',
    explanation: 'Without `--config`, gatehouse reads `$GATEHOUSE_CONFIG`, else the nearest `modules.yaml` in the current directory or one of its parents (like git and eslint find their configuration); there is none. Run gatehouse inside the repository that holds modules.yaml, or name the file with `--config`. Exit code 2.',
  },
  GH003: {
    title: 'not a regular file',
    severity: 'error',
    explanation: 'The configuration path is a directory, a named pipe (FIFO), a socket or a device. gatehouse reads only regular files (a pipe could block forever). Exit code 2.',
  },
  GH004: {
    title: 'not UTF-8',
    severity: 'error',
    explanation: 'The file holds a byte sequence that is not UTF-8, reported at its line and column. A lenient reader would silently turn it into U+FFFD. Save the file as UTF-8.',
  },
  GH005: {
    title: 'control character in the file',
    severity: 'error',
    explanation: 'The file holds a NUL byte or another control character that YAML does not allow in a file (anything below U+0020 but tab, line feed and carriage return; DEL; U+0080 to U+009F but U+0085), reported at its line and column (the first 10 lines that have one). To put such a character into a value, write an escape in a double-quoted string (`"\\t"`).',
  },
  GH006: {
    title: 'invalid command line',
    severity: 'error',
    explanation: 'An unknown command or flag, a missing or invalid flag value (for example `--format xml` or `--config ""`). In `--format json` mode this is reported as a diagnostic on stdout like every other problem. Exit code 2.',
  },
  GH007: {
    title: 'unknown module',
    severity: 'error',
    explanation: '`--module` names no module of modules.yaml. The hint names the closest module, or lists them. Exit code 2 in every command (`plan`, `version`, `gate`).',
  },
  GH008: {
    title: 'disk failure',
    severity: 'error',
    explanation: '`generate` or `check` could not read or write the output directory (permissions, a full disk, a file where a directory should be). A `generate` that fails while writing leaves every file it wrote complete; rerun it once the disk is fixed. Exit code 2.',
  },
  GH100: {
    title: 'YAML syntax error',
    severity: 'error',
    explanation: 'The file is not valid YAML and the problem has no more specific code (an unclosed quote or bracket, a missing `,` or `:`, a value that starts with `@`, two documents in one file, ...). The message says it in plain words with a hint. Only the first syntax error is reported (after it the parser is guessing), and nothing else is checked until the file parses.',
  },
  GH101: {
    title: 'duplicate key',
    severity: 'error',
    explanation: 'A mapping has the same key twice; YAML would silently keep only one of them. Remove or rename one.',
  },
  GH102: {
    title: 'too many aliases',
    severity: 'error',
    explanation: 'The document expands more YAML aliases (`*anchor`) than gatehouse allows, the pattern of a "billion laughs" attack. Write the values out instead.',
  },
  GH103: {
    title: 'YAML warning',
    severity: 'warning',
    explanation: 'The YAML parser accepted the file but something is probably not what you meant (for example an unknown `%DIRECTIVE`).',
  },
  GH104: {
    title: 'empty document',
    severity: 'error',
    explanation: 'The file holds no YAML mapping. Start from the repository\'s modules.yaml.',
  },
  GH105: {
    title: 'unknown YAML tag',
    severity: 'error',
    explanation: 'A value carries a tag gatehouse does not know (`!!js/function`, `!secret`, `!!binary`, ...), or a tag that does not fit the value (`!!map` on a list). modules.yaml is plain data: remove the tag; quote the value if it must be a string.',
  },
  GH106: {
    title: 'complex mapping key',
    severity: 'error',
    explanation: 'A mapping key is a list, a mapping, an alias or a tagged value (`? [a, b]`). Every key in modules.yaml is a plain name.',
  },
  GH107: {
    title: 'undefined alias',
    severity: 'error',
    explanation: 'An alias `*name` refers to no anchor `&name` defined before it in the file. Define the anchor first, or write the value out.',
  },
  GH108: {
    title: 'nesting too deep',
    severity: 'error',
    explanation: 'Mappings and lists are nested deeper than gatehouse allows (64 levels; an honest modules.yaml needs about 10). A file like this is built to exhaust the parser, not to configure anything.',
  },
  GH109: {
    title: 'bad indentation',
    severity: 'error',
    explanation: 'A key or list item is indented deeper or shallower than any mapping it could belong to, or with a tab. The message names the line and the hint lists the indentations that would be valid there, and what each would mean.',
  },
  GH120: {
    title: 'Unicode noncharacter',
    severity: 'error',
    explanation: 'A key or value holds a Unicode noncharacter (U+FFFE, U+FFFF, U+FDD0 to U+FDEF, or the last two code points of any plane), raw or as a `\\u` escape. Noncharacters are reserved for programs\' internal use and are never text; Groovy 2.4 (what Jenkins runs) reads U+FFFF as the end of the file, so no generated pipeline could carry it. Remove the character; the position points at it.',
  },
  GH200: {
    title: 'unknown key',
    severity: 'error',
    explanation: 'The key is not part of the schema at this place; typos must never pass silently. The hint names the closest known key.',
  },
  GH201: {
    title: 'missing key',
    severity: 'error',
    explanation: 'A required key is missing. The position is the mapping that should contain it.',
  },
  GH202: {
    title: 'wrong type',
    severity: 'error',
    explanation: 'The value has the wrong type (for example a list where a mapping is expected, or a number where a string is expected: quote versions and CPU amounts such as `\'1\'`).',
  },
  GH203: {
    title: 'value not allowed',
    severity: 'error',
    explanation: 'The value is not one of the allowed values (stage ids, weekdays, ...). The hint names the closest allowed value.',
  },
  GH204: {
    title: 'malformed value',
    severity: 'error',
    explanation: 'The string does not have the required form (a URL, an image reference with a tag, a time as HH:MM, a Kubernetes quantity, ...). The schema description shows an example.',
  },
  GH205: {
    title: 'number out of range',
    severity: 'error',
    explanation: 'The number is below the minimum or above the maximum the key allows.',
  },
  GH206: {
    title: 'too short or empty',
    severity: 'error',
    explanation: 'A string, list or mapping has fewer characters or entries than required (for example an empty stage list, or a skip reason shorter than 10 characters: say why).',
  },
  GH207: {
    title: 'duplicate list item',
    severity: 'error',
    explanation: 'A list that must hold distinct values lists the same value twice.',
  },
  GH299: {
    title: 'schema violation',
    severity: 'error',
    explanation: 'The value breaks a schema rule not covered by a more specific code.',
  },
  GH300: {
    title: 'unknown dependency',
    severity: 'error',
    explanation: '`dependsOn` names a module that is not defined under `modules`. The hint names the closest module.',
  },
  GH301: {
    title: 'dependency cycle',
    severity: 'error',
    explanation: 'Modules depend on each other in a circle, so no deployment order exists. The message shows the whole cycle (`auth -> user-profile -> auth`); remove one of its edges. Each cycle is reported once.',
  },
  GH302: {
    title: 'self-dependency',
    severity: 'error',
    explanation: 'A module lists itself in `dependsOn`.',
  },
  GH303: {
    title: 'duplicate module name',
    severity: 'error',
    explanation: 'Two modules have the same name; YAML would silently keep only one. Module names are helm release, chart and image names and must be unique.',
  },
  GH304: {
    title: 'invalid version',
    severity: 'error',
    explanation: 'A module `version` is not a semantic version MAJOR.MINOR.PATCH (no leading `v`, no leading zeros). Pre-release and build parts are added by gatehouse per build and must not be written here.',
  },
  GH305: {
    title: 'unsafe module name',
    severity: 'error',
    explanation: 'A module name must be a DNS-1035 label of at most 53 characters (lowercase letters, digits and `-`, starting with a letter and ending with a letter or digit): it becomes a helm release, chart, image and folder name, and the name of its Kubernetes Service, which cannot start with a digit.',
  },
  GH306: {
    title: 'unsafe environment name or namespace',
    severity: 'error',
    explanation: 'Environment names must be DNS-1123 labels of at most 53 characters (they name values files and Jenkins stages); namespaces must be DNS-1123 labels of at most 63 characters.',
  },
  GH307: {
    title: 'undefined environment',
    severity: 'error',
    explanation: 'A branch flow rule or a module\'s `environments` names an environment that is not defined under `environments`.',
  },
  GH308: {
    title: 'undefined approver role',
    severity: 'error',
    explanation: 'An environment\'s `approvals` names a role that is not defined under `release.approvers`.',
  },
  GH309: {
    title: 'shared deployment namespace',
    severity: 'error',
    explanation: 'Two branch kinds deploy into the same namespace of the same cluster, so one would overwrite the other\'s release (for example staging builds replacing the release candidate in pre-prod). Give each its own environment.',
  },
  GH310: {
    title: 'production without approvals',
    severity: 'error',
    explanation: 'An environment marked `production: true` has no `approvals`; nothing may reach production without them.',
  },
  GH311: {
    title: 'chart repository collides with images',
    severity: 'error',
    explanation: '`project.charts.repository` is the Docker Hub image namespace: `helm push` would put chart `<module>` at the same repository as image `<module>`. Use a distinct namespace such as `<namespace>-charts`.',
  },
  GH312: {
    title: 'skip has no effect',
    severity: 'warning',
    explanation: 'A module turns off a stage that no branch kind in `branchFlow` runs, so the skip (and its reason) changes nothing.',
  },
  GH313: {
    title: 'impossible date',
    severity: 'error',
    explanation: 'An allow-list `expires` date does not exist in the calendar (for example 2027-02-30 or month 13).',
  },
  GH314: {
    title: 'stage needs an environment',
    severity: 'error',
    explanation: 'A branch flow rule runs a stage that acts on an environment (promote, approve, deploy, smokeTests, integrationTests) but names no `environment`.',
  },
  GH315: {
    title: 'ingress without host',
    severity: 'error',
    explanation: 'After merging defaults and environment overrides, a module enables its ingress but has no host in some environment. Set `chart.ingress.host`, or the environment\'s `ingress.host`.',
  },
  GH316: {
    title: 'unknown time zone',
    severity: 'error',
    explanation: '`release.timeZone` is not an IANA time zone name known to the time zone database (e.g. `Asia/Kolkata`); the release train would run at the wrong hour.',
  },
  GH317: {
    title: 'go/no-go after release',
    severity: 'error',
    explanation: '`release.goNoGoTime` is not earlier than `release.releaseTime`; the vote decides whether the release happens, so it comes first.',
  },
  GH318: {
    title: 'quality channels out of order',
    severity: 'error',
    explanation: 'A threshold makes a better channel laxer than a worse one (e.g. stable needs less coverage than beta, or allows vulnerabilities beta does not). A stable build must meet every beta threshold, a beta build every alpha threshold; this is checked for the project and for each module after its overrides.',
  },
  GH319: {
    title: 'approver role nobody can approve',
    severity: 'error',
    explanation: 'An approver role has no `submitters` and not `moduleLead: true`, so no one could ever answer its approval and every deploy that needs it would wait forever.',
  },
  GH320: {
    title: 'promotion without a blessed build',
    severity: 'error',
    explanation: 'A branch kind runs `promote`, which deploys the build that the release pull request build (`branchFlow.prMerge`) published, deployed to its environment and blessed; but `prMerge` does not run `publishChart` and `deploy`, so no build is ever blessed and there is nothing to promote. Add both stages (and an environment) to `prMerge`, or let the kind build and deploy itself.',
  },
  GH321: {
    title: 'stage runs without what it needs',
    severity: 'error',
    explanation: 'A branch kind runs a stage but not an earlier stage it reads from in the same build (for example deploy without publishChart or promote, publishChart without pushImage, qualityGate without scan). The library passes versions, reports and the chart reference from stage to stage within one build, so the stage would fail or act on nothing. Add the named stage to the same `branchFlow` rule.',
  },
  GH330: {
    title: 'lone surrogate in text',
    severity: 'error',
    explanation: 'A string or key holds half of a UTF-16 surrogate pair (for example from a YAML escape `"\\uD800"`). It is not a character and no UTF-8 file can hold it: helm\'s YAML reader and Groovy reject every way of writing it. Remove the escape or write the whole character.',
  },
  GH331: {
    title: 'ingress host and path claimed twice on one cluster',
    severity: 'error',
    explanation: 'Two releases on the same cluster (environments with the same `clusterCredentialsId`), of one module or of two, would create Ingresses for the same host and path. ingress-nginx\'s admission webhook rejects the second (its deploy fails); without the webhook traffic goes to whichever namespace the controller picks. Give each environment its own host (`environments.<name>.values.ingress.host` or `modules.<module>.environments.<name>.ingress.host`) or path.',
  },
  GH332: {
    title: 'autoscaling minimum above maximum',
    severity: 'error',
    explanation: 'After merging, a module\'s `autoscaling.minReplicas` is greater than its `maxReplicas` in some environment; the API server rejects such a HorizontalPodAutoscaler and the deploy fails.',
  },
  GH333: {
    title: 'resource request above limit',
    severity: 'error',
    explanation: 'After merging, a container would request more CPU or memory than its limit (quantities are compared as Kubernetes does: `500m` < `1`, `512Mi` < `1G` < `1Gi`); the API server rejects the Deployment.',
  },
  GH334: {
    title: 'disruption budget protects nothing',
    severity: 'error',
    explanation: '`podDisruptionBudget.minAvailable: 0` would let a node drain evict every pod of the module at once. Keep at least 1 (the default); a single replica gets no budget anyway.',
  },
  GH335: {
    title: 'privileged port',
    severity: 'error',
    explanation: 'The chart runs the container as a non-root user with every capability dropped, so it holds no NET_BIND_SERVICE and cannot bind a port below 1024 on most runtimes (CRI-O, containerd before 2.0). Listen on 1024 or above; the Service and Ingress reach the port by name.',
  },
  GH336: {
    title: 'two volumes at one mount path',
    severity: 'error',
    explanation: 'Two of a module\'s volumes (or a volume and the chart\'s writable `/tmp` under `readOnlyRootFilesystem`) are mounted at the same path; the API server rejects the pod. Give each volume its own `mountPath`.',
  },
  GH337: {
    title: 'probe or ingress does not fit the protocol',
    severity: 'error',
    explanation: 'A module with `chart.protocol: none` serves no port, so every probe needs a `command` and it can have no Ingress; a `tcp` module can have no Ingress; an `http` or `https` probe needs a `path` (or a `command`).',
  },
  GH350: {
    title: 'impossible freeze date',
    severity: 'error',
    explanation: 'A `release.freeze` date (`date`, `from` or `to`) does not exist in the calendar (for example 2026-02-30 or month 13).',
  },
  GH351: {
    title: 'freeze range ends before it starts',
    severity: 'error',
    explanation: 'A `release.freeze` range has `to` before `from`. Swap them, or write a single day as `date:`.',
  },
  GH352: {
    title: 'freeze entry without one date form',
    severity: 'error',
    explanation: 'A `release.freeze` entry must give either `date` (one day) or both `from` and `to` (an inclusive range), never both forms and never half a range.',
  },
  GH353: {
    title: 'cancel role does not vote',
    severity: 'error',
    explanation: '`release.vote.cancelRoles` names a role that is not defined, or that does not vote in the train: the voters are the `approvals` of the environment `branchFlow.master` deploys to.',
  },
  GH354: {
    title: 'release train without voters',
    severity: 'error',
    explanation: '`release.mode` is `train` (the default), but `branchFlow.master` deploys to no environment, or that environment lists no `approvals`: the train would have nowhere to release to, or nobody to vote. Fix the environment, or set `release.mode: continuous`.',
  },
  GH355: {
    title: 'freeze without effect',
    severity: 'warning',
    explanation: 'A `release.freeze` entry covers only days that are not in `release.weekdays`, so it stops no train. Check the dates.',
  },
  GH356: {
    title: 'release train without candidates',
    severity: 'error',
    explanation: '`release.mode` is `train` (the default), but `branchFlow.master` does not run `promote`. In train mode a master build records the blessed build it resolves as the module\'s release candidate, and the train releases only blessed builds: a master build that builds its own artifact never yields a candidate. Add `promote` to `branchFlow.master.stages`, or set `release.mode: continuous`.',
  },
  GH360: {
    title: 'library changed without a version bump',
    severity: 'error',
    explanation: 'The shared library `generate` writes (`generated/library/`) differs from the content recorded in `generated/library-versions.json` for the pinned `project.library.version`. Every Jenkinsfile loads the library by that tag, and a published tag never moves: bump `project.library.version` (e.g. v1.0.0 to v1.0.1) and run `gatehouse generate` again. `generate` and `check` both report it; nothing is written.',
  },
  GH361: {
    title: 'modules share a repository',
    severity: 'error',
    explanation: 'Two modules name the same `repository`. `gatehouse sync` writes each module\'s Jenkinsfile and `chart/` at the root of its repository, so they would overwrite each other. Give every module its own repository.',
  },
  GH362: {
    title: 'release branch name without placeholders',
    severity: 'error',
    explanation: '`release.github.branchName` must contain both `{module}` and `{version}` (and no other `{...}`), or two releases would use the same branch.',
  },
  GH363: {
    title: 'bump label listed twice',
    severity: 'error',
    explanation: 'A label is both in `release.github.bumpLabels.major` and `.minor`, so it would mean two different bumps. List it once.',
  },
  GH364: {
    title: 'sync branch is a built branch',
    severity: 'error',
    explanation: '`project.github.syncBranch` is a branch of the branch flow (the PR-merge source or target, or a staging/master branch). gatehouse replaces the sync branch\'s commit on every sync and opens pull requests from it; it needs a branch of its own.',
  },
  GH365: {
    title: 'library record unreadable',
    severity: 'error',
    explanation: '`generated/library-versions.json` is not the JSON `gatehouse generate` writes. Restore it from git (it records which library content each published version holds).',
  },
  GH800: {
    title: 'release file is not JSON',
    severity: 'error',
    explanation: 'A release manifest, candidates or votes file is not strict JSON (RFC 8259): the position is the first character where it stops being JSON. Comments, single quotes and trailing commas are not JSON; the pipeline\'s JSON reader would refuse them too.',
  },
  GH801: {
    title: 'release file does not match its schema',
    severity: 'error',
    explanation: 'A release manifest, candidates or votes file has an unknown or missing key, a value of the wrong type or form. The schemas are `schemas/release-manifest.schema.json`, `release-candidates.schema.json` and `release-votes.schema.json`; docs/release-train.md shows examples.',
  },
  GH802: {
    title: 'duplicate key in a release file',
    severity: 'error',
    explanation: 'A JSON object in a release file has the same key twice; JSON readers would silently keep one of them.',
  },
  GH810: {
    title: 'module listed twice in a manifest',
    severity: 'error',
    explanation: 'A module appears more than once among a manifest\'s `modules`, `dropped` and `unchanged`; each module has exactly one fate in a train.',
  },
  GH811: {
    title: 'manifest waves do not match its modules',
    severity: 'error',
    explanation: '`waves` must list exactly the manifest\'s modules, wave 1 first, each in the wave its `wave` says, with no empty wave. Rebuild the manifest with `gatehouse release manifest` instead of editing it.',
  },
  GH812: {
    title: 'manifest wave order breaks a dependency',
    severity: 'error',
    explanation: 'A module of the train deploys in the same wave as, or an earlier wave than, a module of the train it depends on (directly or through modules outside the train, per modules.yaml).',
  },
  GH813: {
    title: 'inconsistent image or chart in a manifest',
    severity: 'error',
    explanation: 'A manifest module\'s `image.reference` is not `<repository>:<tag>@<digest>`, its image tag differs from its chart version, or its version, channel, commit or release id disagree with the chart version. The deploy must get exactly the build that was voted on.',
  },
  GH814: {
    title: 'module not in modules.yaml',
    severity: 'error',
    explanation: 'A release file names a module that modules.yaml does not define. The hint names the closest module.',
  },
  GH815: {
    title: 'manifest of another project',
    severity: 'error',
    explanation: 'The manifest\'s `project` is not `project.name` of the modules.yaml it is read with: pass the right `--config`.',
  },
  GH820: {
    title: 'module listed twice in candidates',
    severity: 'error',
    explanation: 'A candidates file lists a module twice under `candidates` or under `production`; the pipeline must report one candidate and one production release per module.',
  },
  GH821: {
    title: 'chart version not made by gatehouse',
    severity: 'error',
    explanation: 'A candidate\'s `chartVersion` is not `MAJOR.MINOR.PATCH-<channel>.<job>.<build>.g<sha>` as `gatehouse version` makes it, so its version and channel are unknown.',
  },
  GH822: {
    title: 'commit does not match the chart version',
    severity: 'error',
    explanation: 'A candidate\'s `commit` does not start with the sha in its chart version (or the other way round): the build and the commit it claims disagree.',
  },
  GH830: {
    title: 'vote on an unknown ballot',
    severity: 'error',
    explanation: 'A vote names a ballot that `gatehouse release voters` does not list for this manifest. The hint names the closest ballot.',
  },
  GH831: {
    title: 'ballot voted twice',
    severity: 'error',
    explanation: 'Two votes answer the same ballot; one input collects one vote.',
  },
  GH832: {
    title: 'NOGO without a reason',
    severity: 'error',
    explanation: 'A NOGO vote must say why: the reason is said in Slack and recorded in the manifest.',
  },
  GH833: {
    title: 'vote names modules it cannot stop',
    severity: 'error',
    explanation: 'Only a NOGO on a whole-train ballot of a role that cannot cancel the train names `modules`, and only modules in the train. A GO, a module lead\'s ballot (it is about its own module) and a cancel role\'s NOGO (it stops the whole train) name none.',
  },
  GH834: {
    title: 'manifest already decided',
    severity: 'error',
    explanation: '`gatehouse release decide` was given a manifest whose `decision` is set: the vote was applied already. Decide the manifest written before the vote.',
  },
  GH835: {
    title: 'manifest not decided go',
    severity: 'error',
    explanation: '`gatehouse release deploy-plan` deploys only a manifest that `gatehouse release decide` decided `go`; this one is undecided, cancelled or has nothing to release.',
  },
} as const satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;

export function severityOf(code: Code): Severity {
  return CODES[code].severity;
}
