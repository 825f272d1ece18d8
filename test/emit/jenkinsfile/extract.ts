// Reads back what a generated Jenkinsfile says: a brace-block tree, the stages with their `when`
// conditions, and an evaluator for the conditions gatehouse emits (branch, changeRequest,
// anyOf, allOf, not), so tests can ask "which stages run for this build?".

/** Value of the Groovy single-quoted literal starting at `text[start]`, and where it ends. */
export function readGroovyLiteral(text: string, start: number): { value: string; end: number } {
  if (text[start] !== "'") throw new Error(`no literal at ${start} in ${text}`);
  let value = '';
  let i = start + 1;
  const simple: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', $: '$', n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
  while (i < text.length && text[i] !== "'") {
    if (text[i] !== '\\') {
      value += text[i++];
      continue;
    }
    const next = text[i + 1] ?? '';
    if (next === 'u') {
      value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
      i += 6;
    } else if (/[0-7]/.test(next)) {
      const octal = /^[0-3]?[0-7]{1,2}/.exec(text.slice(i + 1))![0];
      value += String.fromCharCode(parseInt(octal, 8));
      i += 1 + octal.length;
    } else if (simple[next] !== undefined) {
      value += simple[next];
      i += 2;
    } else {
      throw new Error(`invalid escape \\${next} in ${text}`);
    }
  }
  if (text[i] !== "'") throw new Error(`unterminated literal in ${text}`);
  return { value, end: i + 1 };
}

/** Every single-quoted literal on a line, in order. */
export function literalsOf(line: string): string[] {
  const values: string[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] !== "'") continue;
    const { value, end } = readGroovyLiteral(line, i);
    values.push(value);
    i = end - 1;
  }
  return values;
}

export interface Block {
  header: string;
  children: (Block | string)[];
}

/** Lines ending in `{` open a block, a lone `}` closes it; everything else is a statement. */
export function parseBlocks(source: string): Block {
  const root: Block = { header: '', children: [] };
  const stack = [root];
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('//')) continue;
    const top = stack[stack.length - 1]!;
    if (line === '}') {
      stack.pop();
    } else if (line.endsWith('{')) {
      const block: Block = { header: line.slice(0, -1).trim(), children: [] };
      top.children.push(block);
      stack.push(block);
    } else {
      top.children.push(line);
    }
  }
  if (stack.length !== 1) throw new Error('unbalanced braces');
  return root;
}

export function child(block: Block, header: string): Block | undefined {
  return block.children.find((c): c is Block => typeof c !== 'string' && c.header === header);
}

export function blocks(block: Block): Block[] {
  return block.children.filter((c): c is Block => typeof c !== 'string');
}

export function statements(block: Block | undefined): string[] {
  return block ? block.children.filter((c): c is string => typeof c === 'string') : [];
}

export interface StageNode {
  name: string;
  block: Block;
  when: Block | undefined;
  nested: StageNode[];
}

function stagesIn(block: Block | undefined): StageNode[] {
  if (!block) return [];
  return blocks(block)
    .filter((b) => b.header.startsWith('stage('))
    .map((b) => ({
      name: readGroovyLiteral(b.header, 'stage('.length).value,
      block: b,
      when: child(b, 'when'),
      nested: stagesIn(child(b, 'stages')),
    }));
}

export function pipelineStages(source: string): StageNode[] {
  const pipeline = child(parseBlocks(source), 'pipeline');
  if (!pipeline) throw new Error('no pipeline block');
  return stagesIn(child(pipeline, 'stages'));
}

/** What Jenkins knows about a build that `when` looks at. */
export interface BuildEnv {
  branchName: string;
  changeTarget?: string;
  changeBranch?: string;
}

function globMatches(glob: string, value: string): boolean {
  const pattern = glob
    .split('**')
    .map((part) => part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]'))
    .join('.*');
  return new RegExp(`^${pattern}$`).test(value);
}

function evaluateStatement(line: string, env: BuildEnv): boolean | undefined {
  if (line === 'beforeAgent true' || line === 'beforeOptions true') return undefined;
  if (line.startsWith('branch ')) return globMatches(literalsOf(line)[0]!, env.branchName);
  if (line === 'changeRequest()') return env.changeTarget !== undefined;
  if (line.startsWith('changeRequest target: ')) {
    const [target, branch] = literalsOf(line);
    return env.changeTarget === target && env.changeBranch === branch;
  }
  const not = /^not \{ (.*) \}$/.exec(line);
  if (not) return !evaluateStatement(not[1]!, env);
  throw new Error(`unknown when condition: ${line}`);
}

function evaluateAll(block: Block, env: BuildEnv): boolean[] {
  const results: boolean[] = [];
  for (const c of block.children) {
    const result = typeof c === 'string' ? evaluateStatement(c, env) : evaluateBlock(c, env);
    if (result !== undefined) results.push(result);
  }
  return results;
}

function evaluateBlock(block: Block, env: BuildEnv): boolean {
  const results = evaluateAll(block, env);
  if (block.header === 'anyOf') return results.some(Boolean);
  if (block.header === 'allOf') return results.every(Boolean);
  if (block.header === 'not') return !results[0];
  throw new Error(`unknown when block: ${block.header}`);
}

/** Declarative `when`: every top-level condition must hold; no `when` means always. */
export function whenHolds(when: Block | undefined, env: BuildEnv): boolean {
  return when === undefined || evaluateAll(when, env).every(Boolean);
}

/** Names of the leaf stages that run for `env`, in order. */
export function stagesRunFor(source: string, env: BuildEnv): string[] {
  const run = (nodes: StageNode[]): string[] =>
    nodes.filter((n) => whenHolds(n.when, env)).flatMap((n) => (n.nested.length > 0 ? run(n.nested) : [n.name]));
  return run(pipelineStages(source));
}
