// Renders data as a YAML file under the generated-file header. The yaml library lays the file out;
// every string, key or value, is written by yamlScalar, so helm's YAML 1.1 reader and a YAML 1.2
// reader both read it as the same string.
import { Document, isMap, isScalar } from 'yaml';
import type { ScalarTag } from 'yaml';
import { yamlScalar } from '../../render/yaml-scalar.js';

/** Replaces the yaml library's string tag for writing: same tag, our quoting rules. */
const YAML11_SAFE_STRING: ScalarTag = {
  tag: 'tag:yaml.org,2002:str',
  default: true,
  identify: (value) => typeof value === 'string',
  resolve: (source) => source,
  stringify: (item) => yamlScalar(String(item.value)),
};

export interface YamlComment {
  /** Path of the key the comment goes above, e.g. ['image', 'tag']. */
  path: string[];
  text: string;
}

export interface YamlFileOptions {
  /** Lines under the header, explaining the file (never user text). */
  intro?: string[];
  comments?: YamlComment[];
}

/** `header` is the generated-file header in `#` comments (generatedHeader('hash', ...)). */
export function renderYamlFile(data: unknown, header: string, options: YamlFileOptions = {}): string {
  const doc = new Document(data, { customTags: (tags) => [YAML11_SAFE_STRING, ...tags] });
  for (const comment of options.comments ?? []) commentKey(doc, comment);
  const intro = (options.intro ?? []).map((line) => (line === '' ? '#\n' : `# ${line}\n`)).join('');
  return header + (intro === '' ? '' : '#\n' + intro + '\n') + doc.toString({ lineWidth: 0 });
}

function commentKey(doc: Document, comment: YamlComment): void {
  const parent = comment.path.length === 1 ? doc.contents : doc.getIn(comment.path.slice(0, -1), true);
  if (!isMap(parent)) throw new Error(`internal: no map at ${comment.path.join('.')}`);
  const key = comment.path[comment.path.length - 1];
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
  if (!pair || !isScalar(pair.key)) throw new Error(`internal: no key ${comment.path.join('.')}`);
  pair.key.commentBefore = comment.text
    .split('\n')
    .map((line) => ` ${line}`)
    .join('\n');
}
