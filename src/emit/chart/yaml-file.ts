// What a chart's YAML file has above its data: the generated-file header and a few lines saying what
// the file is. The data under it is written by src/render/yaml-block.ts, every string, key or
// value, by yamlScalar, so helm's YAML 1.1 reader and a YAML 1.2 reader both read it as the same
// string.

/**
 * `header` (the generated-file header in `#` comments, generatedHeader('hash', ...)), then the
 * `intro` lines (never user text). The chart emitter makes each file kind's once per project.
 */
export function yamlFilePrefix(header: string, intro: readonly string[] = []): string {
  const text = intro.map((line) => (line === '' ? '#\n' : `# ${line}\n`)).join('');
  return header + (text === '' ? '' : '#\n' + text + '\n');
}
