// A memo for a pure function met again and again with the same few arguments (map keys in every
// module's chart or digest, the stage sets of every module's Jenkinsfile), holding at most `cap`
// entries: keys can be user text, so the memo must not grow with the input.

const DEFAULT_CAP = 10_000;

/** `compute`, remembering the first `cap` distinct keys' results. */
export function cappedMemo<T>(compute: (key: string) => T, cap: number = DEFAULT_CAP): (key: string) => T {
  return cappedMemoBy((key) => key, compute, cap);
}

/** `compute`, remembering the results of the first `cap` distinct keys, an argument's key being `keyOf(argument)`. */
export function cappedMemoBy<A, T>(keyOf: (argument: A) => string, compute: (argument: A) => T, cap: number = DEFAULT_CAP): (argument: A) => T {
  const memo = new Map<string, T>();
  return (argument) => {
    const key = keyOf(argument);
    let value = memo.get(key);
    if (value === undefined) {
      value = compute(argument);
      if (memo.size < cap) memo.set(key, value);
    }
    return value;
  };
}
