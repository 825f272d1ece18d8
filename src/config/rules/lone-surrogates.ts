// Text that no UTF-8 file can hold: a lone UTF-16 surrogate, which a YAML "\uD800" escape in
// modules.yaml produces. Every emitted file is UTF-8, so it could only be written as U+FFFD (the
// user's text silently changed) or as an escape that helm's YAML reader and Groovy reject; it is
// refused here, with its position, before anything is written.
import type { Finding, PathSegment } from '../finding.js';
import { atSegment } from '../finding.js';
import type { RawConfig } from '../types.js';
import { loneSurrogateIndex } from '../../util/unicode.js';

export function checkLoneSurrogates(config: RawConfig): Finding[] {
  const found: Finding[] = [];
  const path: PathSegment[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (loneSurrogateIndex(value) >= 0) found.push(finding(value, [...path], 'value'));
    } else if (Array.isArray(value)) {
      value.forEach((item: unknown, index) => atSegment(path, index, () => walk(item)));
    } else if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value)) {
        atSegment(path, key, () => {
          if (loneSurrogateIndex(key) >= 0) found.push(finding(key, [...path], 'key'));
          walk((value as Record<string, unknown>)[key]);
        });
      }
    }
  };
  walk(config);
  return found;
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
