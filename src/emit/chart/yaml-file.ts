// Renders data as a YAML file under the generated-file header. Every string, key or value, is
// written by yamlScalar, so helm's YAML 1.1 reader and a YAML 1.2 reader both read it as the same
// string (src/render/yaml-block.ts lays the file out).
import type { YamlComment } from '../../render/yaml-block.js';
import { renderYamlBlock } from '../../render/yaml-block.js';

export interface YamlFileOptions {
  /** Lines under the header, explaining the file (never user text). */
  intro?: string[];
  /** Comments above keys (never user text). */
  comments?: YamlComment[];
}

/** `header` is the generated-file header in `#` comments (generatedHeader('hash', ...)). */
export function renderYamlFile(data: unknown, header: string, options: YamlFileOptions = {}): string {
  const intro = (options.intro ?? []).map((line) => (line === '' ? '#\n' : `# ${line}\n`)).join('');
  return header + (intro === '' ? '' : '#\n' + intro + '\n') + renderYamlBlock(data, options.comments);
}
