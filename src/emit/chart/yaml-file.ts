// Renders data as a YAML file under the generated-file header: the yaml library writes every value,
// so user text is always a correctly quoted scalar.
import { Document, Scalar, isMap, isScalar } from 'yaml';

export interface YamlComment {
  /** Path of the key the comment goes above, e.g. ['image', 'tag']. */
  path: string[];
  text: string;
}

export interface YamlFileOptions {
  /** Lines under the header, explaining the file (never user text). */
  intro?: string[];
  comments?: YamlComment[];
  /** Keys whose string values are double-quoted, so no reader can take them for numbers. */
  quoted?: string[][];
}

/** `header` is the generated-file header in `#` comments (generatedHeader('hash', ...)). */
export function renderYamlFile(data: unknown, header: string, options: YamlFileOptions = {}): string {
  const doc = new Document(data);
  for (const path of options.quoted ?? []) {
    const node = doc.getIn(path, true);
    if (isScalar(node)) node.type = Scalar.QUOTE_DOUBLE;
  }
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
