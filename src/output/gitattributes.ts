// The `.gitattributes` generate ships at the top of the output directory. Git's built-in merge
// drivers need no configuration; custom drivers would need every clone's git config, and GitHub's
// server-side merge ignores merge attributes altogether (built-in ones included), so this helps
// local merges and rebases, and gatehouse itself copes with whatever a merge leaves (conflict
// markers are not hand edits; see plan-sync.ts).
import { generatedHeader } from '../emit/header.js';
import type { GeneratedFile } from '../emit/types.js';
import { LIBRARY_RECORD_PATH } from '../emit/library/record.js';
import { MANIFEST_NAME } from './manifest.js';

export const GITATTRIBUTES_PATH = '.gitattributes';

const RULES = `# GitHub collapses generated files in pull request diffs and leaves them out of language statistics.
* linguist-generated
# A generated file both branches changed is not merged line by line: a blend of two generated files
# is neither, and would look like a hand edit. Git keeps your side and marks it conflicted; resolve
# modules.yaml, run generate, and add the result.
* -merge
# The manifest has one entry per line and every entry ends with a comma: the built-in union driver
# keeps both branches' entries (the files either side wrote) and the result is still valid JSON.
${MANIFEST_NAME} merge=union
# Merged as text: two branches that each recorded a library version leave conflict markers, and
# generate keeps the versions of both sides.
${LIBRARY_RECORD_PATH} merge
`;

/** `configRepository`: the repository that holds modules.yaml, named in the header (project.configRepository). */
export function gitattributesFile(configRepository: string | undefined): GeneratedFile {
  return { path: GITATTRIBUTES_PATH, content: generatedHeader('hash', configRepository) + RULES };
}
