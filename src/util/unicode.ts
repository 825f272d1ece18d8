// Unicode checks on JavaScript strings (UTF-16 code units).

/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Index of the first lone surrogate in `s` (text that no UTF-8 file can hold), or -1. */
export function loneSurrogateIndex(s: string): number {
  return LONE_SURROGATE.exec(s)?.index ?? -1;
}
