// The first place where a text stops being strict JSON (RFC 8259), with what was expected there.
// JSON.parse says only "Unexpected token" for many mistakes, without a position; release files
// are JSON so that every Groovy JSON parser reads them, so a JSON superset (comments, single
// quotes, trailing commas) that YAML would accept must be refused, at the character.

export interface JsonSyntaxError {
  /** Offset of the offending character (the text's length at an early end). */
  offset: number;
  message: string;
}

/** Nesting far beyond any release file, well below the stack. */
const MAX_DEPTH = 200;

export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let at = 0;
  const fail = (message: string): never => {
    throw new SyntaxAt(at, at >= text.length ? `${message}, but the text ends` : `${message}, found ${describe(text[at] ?? '')}`);
  };
  const skipSpace = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at] ?? '')) at++;
  };
  const expect = (char: string, what: string) => {
    skipSpace();
    if (text[at] !== char) fail(`expected ${what}`);
    at++;
  };
  const value = (depth: number): void => {
    skipSpace();
    if (depth >= MAX_DEPTH) fail(`nesting deeper than ${MAX_DEPTH} levels`);
    const char = text[at];
    if (char === '{') return container(depth, '}', () => {
      skipSpace();
      if (text[at] !== '"') fail('expected a "double-quoted" key');
      string();
      expect(':', "':' after the key");
      value(depth + 1);
    });
    if (char === '[') return container(depth, ']', () => value(depth + 1));
    if (char === '"') return string();
    if (char !== undefined && /[-0-9]/.test(char)) return number();
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, at)) {
        at += literal.length;
        return;
      }
    }
    fail('expected a value (object, array, "string", number, true, false or null)');
  };
  const container = (depth: number, close: string, item: () => void): void => {
    at++;
    skipSpace();
    if (text[at] === close) {
      at++;
      return;
    }
    for (;;) {
      item();
      skipSpace();
      if (text[at] === close) {
        at++;
        return;
      }
      if (text[at] !== ',') fail(`expected ',' or '${close}'`);
      at++;
      skipSpace();
      if (text[at] === close) fail('expected a value after \',\' (JSON has no trailing commas)');
    }
  };
  const string = (): void => {
    at++;
    for (;;) {
      const char = text[at];
      if (char === undefined) fail('expected the closing \'"\' of a string');
      if (char === '"') {
        at++;
        return;
      }
      if (char !== undefined && char < ' ') fail('expected an escape (\\n, \\t, ...) for a control character in a string');
      if (char === '\\') {
        at++;
        if (text[at] === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) at += 5;
        else if (text[at] !== undefined && '"\\/bfnrt'.includes(text[at] ?? '')) at++;
        else fail('expected a JSON escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t, or \\u and four hex digits)');
      } else at++;
    }
  };
  const number = (): void => {
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(at));
    if (!match) fail('expected a number');
    at += match?.[0].length ?? 0;
  };
  try {
    value(0);
    skipSpace();
    if (at < text.length) fail('expected the end of the document');
    return undefined;
  } catch (error) {
    if (error instanceof SyntaxAt) return { offset: error.offset, message: error.message };
    throw error;
  }
}

class SyntaxAt extends Error {
  constructor(readonly offset: number, message: string) {
    super(message);
  }
}

function describe(char: string): string {
  if (char === "'") return 'a single quote (JSON strings use double quotes)';
  if (char === '/' || char === '#') return `${JSON.stringify(char)} (JSON has no comments)`;
  return JSON.stringify(char);
}
