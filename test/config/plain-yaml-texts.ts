// Random YAML texts for the plain-YAML property test: trees of mappings, lists and scalars written
// in every layout of the subset the fast path reads (block, compact `- key: v`, a list at its
// key's indentation, flow on one line and over several, continued plain scalars, comments, blank
// lines, trailing spaces), and the same with spellings just outside it.
import fc from 'fast-check';

export type YamlTree = YamlScalar | YamlMapping | YamlSequence;
interface YamlScalar {
  kind: 'scalar';
  text: string;
  /** Continue a plain scalar with a space on the next line. */
  fold: boolean;
  comment: boolean;
  trailingSpaces: boolean;
}
type Layout = 'block' | 'line' | 'lines';
interface YamlMapping {
  kind: 'map';
  entries: [key: string, value: YamlTree, gap: number][];
  layout: Layout;
  step: number;
}
interface YamlSequence {
  kind: 'seq';
  items: YamlTree[];
  layout: Layout;
  step: number;
  /** `key:` then `- item` at the key's own indentation. */
  atKeyIndent: boolean;
}

/** Plain, single- and double-quoted scalars the fast path reads (and resolves like the core schema). */
const CLEAN_SCALARS = [
  'a', 'online-product', 'Year-end change freeze', 'a#b', 'a:b', 'http://x/y', 'gradle:8.10.2-jdk21', 'status=0; exit $status', 'a || b > c < d',
  '0', '-0', '+1', '007', '0o17', '0o8', '0x1F', '0x1f', '0xG', '1e3', '1E-2', '-1.5e+3', '.5', '1.', '1.50', '0.1e999', '9007199254740993',
  '.inf', '-.Inf', '+.INF', '.NaN', '.nan', 'nan', 'NaN', '~', 'null', 'Null', 'NULL', 'nULL', '', 'true', 'True', 'TRUE', 'tRUE', 'False',
  'yes', 'no', 'on', 'Off', 'y', '1_000', '2027-03-31', '12:30', '--queue', '-x', '-1', 'a,b', 'a]b', 'a[b', 'a{b}', "it's", 'a "b"',
  '€ 5', 'é', '\u00a0x', 'x\u00a0', '😀', '<<', '=', '1 2', '.', '..', '...x', '---x',
  "'x'", "'it''s'", "''", "'a # b'", "' sp '", "'a: b'", "'#'", '"x"', '"a\\tb"', '"\\u00e9"', '"\\x41"', '"\\U0001F600"', '"\\ud83d\\ude00"',
  '"a\\"b"', '"\\/"', '"\\N\\_\\L\\P"', '"\\0\\a\\b\\e\\f\\v\\r\\n"', '"\\\\"', '"\\ "', '"# not a comment"', '"a: b"', '""',
];
/** Spellings next to the subset: anchors, tags, block scalars, odd quotes and escapes, line breaks. */
const NEARBY_SCALARS = [
  '&a x', '*a', '!!str 1', '!x y', '!!int "1"', '|', '>', '|\n  x', '>-\n  x', '- x', 'a: b', 'a:', '? x', ': x', '@x', '`x', '%x', "'unclosed", '"unclosed',
  'a #comment', 'a#', '[a', '{a', '[a, b,]', '{a: 1, a: 2}', '"\\q"', '"\\x4"', '"\\uffff"', '"\\U00110000"', '"\\ud800"', '-', '- ', "'multi\n  line'",
  '"multi\n  line"', 'plain\n  continued', 'plain\n\n  gap', 'plain\n  # comment\n  more', '[a,\nb]', '{ a: }', '{ a }', '[a: b]', '{"a":1}', '[[a], {b: c}]', '[a:, b]', '[a:]', '{a: x:}', '[x:[y]]', '[http://x]', '{a: b:c}', '{a:b: c}',
  ' x', 'x ', 'k: v', '"a"b', "'a' b", '"a" #c', '"a"#c', '[a]#c', '[a] b', 'x\u0085y', 'x\u2028y', '1e', '0o', '0x', '+', '.e1', '1__0', '-.', '+-1',
];
const CLEAN_KEYS = ['a', 'b', 'c', 'name', 'my key', 'x.y', '1', 'true', '~', 'null', 'ключ', "'quoted key'", '"dq key"', "'q''s'", '"\\u00e0x"', 'a:b', 'toString', 'constructor', 'hasOwnProperty', 'k-1', 'k_2', '0o7', 'é', 'a#b', "it's", 'key '];
const NEARBY_KEYS = ['-1x', '__proto__', '<<', '? q', '&a k', '!t k', '-k', '- k', 'k #x', '[k]', '{k}', '"unclosed', '', '"a" ', "'a'x", 'k'.repeat(1030), 'k'.repeat(990), `k${' '.repeat(1030)}`, `'${"''".repeat(520)}'`, '*a', '|', 'a,b', '---', '...', '%k', '@k', 'k\u2028'];

const unquote = (key: string): string => key.replace(/^(['"])(.*)\1$/, '$2');

function trees(scalars: readonly string[], keys: readonly string[], clean: boolean): fc.Arbitrary<YamlMapping> {
  const scalar = fc.record({ kind: fc.constant('scalar' as const), text: fc.constantFrom(...scalars), fold: fc.boolean(), comment: fc.boolean(), trailingSpaces: fc.boolean() });
  const layout = fc.constantFrom<Layout>('block', 'block', 'line', 'lines');
  const step = fc.integer({ min: 1, max: 4 });
  const { map } = fc.letrec<{ node: YamlTree; map: YamlMapping; seq: YamlSequence }>((tie) => ({
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('map'), tie('seq')),
    map: fc.record({
      kind: fc.constant('map' as const),
      entries: clean
        ? fc.uniqueArray(fc.tuple(fc.constantFrom(...keys), tie('node'), fc.nat(6)), { maxLength: 4, selector: ([key]) => unquote(key.trimEnd()) })
        : fc.array(fc.tuple(fc.constantFrom(...keys), tie('node'), fc.nat(6)), { maxLength: 4 }),
      layout,
      step,
    }),
    seq: fc.record({ kind: fc.constant('seq' as const), items: fc.array(tie('node'), { maxLength: 4 }), layout, step, atKeyIndent: fc.boolean() }),
  }));
  return map.filter((top) => top.entries.length > 0).map((top) => ({ ...top, layout: 'block' as const }));
}

export const cleanTree: fc.Arbitrary<YamlTree> = trees(CLEAN_SCALARS, CLEAN_KEYS, true);
export const nearbyTree: fc.Arbitrary<YamlTree> = trees([...CLEAN_SCALARS, ...NEARBY_SCALARS], [...CLEAN_KEYS, ...NEARBY_KEYS], false);

export interface RenderOptions {
  crlf: boolean;
  finalBreak: boolean;
}

export function renderTree(tree: YamlTree, options: RenderOptions): string {
  const lines: string[] = ['# a comment first'];
  if (tree.kind === 'map') writeMap(tree, 0, lines);
  else if (tree.kind === 'seq') writeSeq(tree, 0, lines);
  else lines.push(tree.text);
  return lines.join(options.crlf ? '\r\n' : '\n') + (options.finalBreak ? (options.crlf ? '\r\n' : '\n') : '');
}

const spaces = (count: number): string => ' '.repeat(count);

function writeMap(map: YamlMapping, indent: number, lines: string[]): void {
  for (const [key, value, gap] of map.entries) {
    writeValue(`${spaces(indent)}${key}:`, value, indent, lines);
    // Between entries: nothing, a blank line (maybe of spaces), or a comment at any indentation.
    if (gap === 1) lines.push('');
    if (gap === 2) lines.push(spaces(indent + 3));
    if (gap === 3) lines.push(`${spaces(indent)}# between`);
    if (gap === 4) lines.push('# at the margin');
    if (gap === 5) lines.push(`${spaces(indent + 6)}# deeper`);
  }
}

function writeSeq(seq: YamlSequence, indent: number, lines: string[]): void {
  for (const item of seq.items) {
    if (item.kind !== 'scalar' && item.layout === 'block' && !isEmpty(item)) {
      // Compact: the item's first line goes after the `- `.
      const inner: string[] = [];
      if (item.kind === 'map') writeMap(item, indent + 2, inner);
      else writeSeq(item, indent + 2, inner);
      lines.push(`${spaces(indent)}- ${(inner[0] ?? '').slice(indent + 2)}`, ...inner.slice(1));
    } else {
      writeValue(`${spaces(indent)}-`, item, indent, lines);
    }
  }
}

/** `prefix` is `key:` or `-` at `indent`; the value goes after it or on the lines below. */
function writeValue(prefix: string, value: YamlTree, indent: number, lines: string[]): void {
  if (value.kind === 'scalar') {
    // A plain scalar with a space continues on the next line, when what follows could start a line.
    const continued = value.fold && /^[^'"\s]\S* [A-Za-z0-9]/.test(value.text) ? value.text.indexOf(' ') : -1;
    const first = continued < 0 ? value.text : value.text.slice(0, continued);
    const end = `${value.trailingSpaces ? '  ' : ''}${value.comment ? ' # note' : ''}`;
    if (continued < 0) lines.push(`${prefix}${first === '' ? '' : ' '}${first}${end}`);
    else lines.push(`${prefix} ${first}`, `${spaces(indent + 2)}${value.text.slice(continued + 1)}${end}`);
  } else if (value.layout === 'lines' && !isEmpty(value)) {
    lines.push(prefix);
    const inner = indent + value.step;
    const items = value.kind === 'map' ? value.entries.map(([key, item]) => `${flowScalar(key)}: ${flowText(item)}`) : value.items.map(flowText);
    lines.push(`${spaces(inner)}${value.kind === 'map' ? '{' : '['}`, ...items.map((item, index) => `${spaces(inner + 2)}${item}${index < items.length - 1 ? ',' : ''}`), `${spaces(inner)}${value.kind === 'map' ? '}' : ']'}`);
  } else if (value.layout !== 'block' || isEmpty(value)) {
    lines.push(`${prefix} ${flowText(value)}`);
  } else {
    lines.push(prefix);
    if (value.kind === 'map') writeMap(value, indent + value.step, lines);
    else writeSeq(value, value.atKeyIndent && prefix.trimStart() !== '-' ? indent : indent + value.step, lines);
  }
}

function isEmpty(tree: YamlMapping | YamlSequence): boolean {
  return tree.kind === 'map' ? tree.entries.length === 0 : tree.items.length === 0;
}

/** A tree as a flow collection on one line. */
function flowText(tree: YamlTree): string {
  if (tree.kind === 'scalar') return flowScalar(tree.text === '' ? '~' : tree.text);
  if (tree.kind === 'map') return `{ ${tree.entries.map(([key, value]) => `${flowScalar(key)}: ${flowText(value)}`).join(', ')} }`;
  return `[${tree.items.map(flowText).join(', ')}]`;
}

/** A scalar or key as written in brackets: single-quoted when it could not stand there plain. */
function flowScalar(text: string): string {
  const plain = /^(['"].*['"]|[^,[\]{}#:'"\s-][^,[\]{}#]*)$/.test(text) && !/:( |$)| $/.test(text);
  return plain ? text : `'${text.replace(/'/g, "''")}'`;
}
