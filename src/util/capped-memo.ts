// A memo for a pure function of strings met again and again (map keys in every module's chart or
// digest), holding at most `cap` entries: the keys can be user text, so the memo must not grow
// with the input.

const DEFAULT_CAP = 10_000;

/** `compute`, remembering the first `cap` distinct keys' results. */
export function cappedMemo<T>(compute: (key: string) => T, cap: number = DEFAULT_CAP): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memo.size < cap) memo.set(key, value);
    }
    return value;
  };
}
