// Sets a module's version in modules.yaml text. The yaml Document API finds the node; the edit is
// made on its source token (yaml's CST), so every other byte of the file (comments, blank lines,
// flow-collection spacing, quoting) stays exactly as written. Pure.
import { Composer, CST, isScalar, Parser } from 'yaml';

export function setModuleVersion(text: string, module: string, version: string): string {
  const tokens = [...new Parser().parse(text)];
  const [document] = [...new Composer({ keepSourceTokens: true }).compose(tokens)];
  const node = document?.getIn(['modules', module, 'version'], true);
  if (!isScalar(node) || node.srcToken === undefined) throw new Error(`internal: modules.${module}.version is not a scalar in modules.yaml`);
  CST.setScalarValue(node.srcToken, version);
  return tokens.map((token) => CST.stringify(token)).join('');
}
