// Text that no UTF-8 file can hold: a lone UTF-16 surrogate, which a YAML "\uD800" escape in
// modules.yaml produces. Every emitted file is UTF-8, so it could only be written as U+FFFD (the
// user's text silently changed) or as an escape that helm's YAML reader and Groovy reject; it is
// refused here, with its position, before anything is written.
import type { Finding, PathSegment } from '../finding.js';
import type { RawConfig } from '../types.js';
import { loneSurrogateIndex } from '../../util/unicode.js';

export function checkLoneSurrogates(config: RawConfig): Finding[] {
  const found: Finding[] = [];
  walk(config, [], found);
  return found;
}

/**
 * Every string under `value`, keys too, `path` being where `value` is. The path is one array
 * pushed and popped, copied only for a finding: the walk visits every value of the file.
 */
function walk(value: unknown, path: PathSegment[], found: Finding[]): void {
  if (typeof value === 'string') {
    if (loneSurrogateIndex(value) >= 0) found.push(finding(value, [...path], 'value'));
  } else if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      walk(value[index], path, found);
      path.pop();
    }
  } else if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      path.push(key);
      if (loneSurrogateIndex(key) >= 0) found.push(finding(key, [...path], 'key'));
      walk((value as Record<string, unknown>)[key], path, found);
      path.pop();
    }
  }
}

function finding(text: string, path: PathSegment[], target: 'key' | 'value'): Finding {
  const index = loneSurrogateIndex(text);
  const unit = text.charCodeAt(index).toString(16).toUpperCase();
  return {
    code: 'GH330',
    message: `${target === 'key' ? 'key' : 'text'} holds a lone UTF-16 surrogate U+${unit} at character ${index + 1}, which no UTF-8 file can hold`,
    path,
    target,
    hint: 'remove the \\u escape, or write the whole character (a surrogate pair such as "\\uD83D\\uDE00", or the character itself)',
  };
}
