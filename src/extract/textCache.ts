// Name keys are computed again and again for the same few thousand names: cache them by text.
const LIMIT = 50_000;

/** Wraps a pure function of a string so that each distinct input is computed once (the cache is bounded). */
export function cachedByText<T>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string) => {
    let value = cache.get(text);
    if (value === undefined && !cache.has(text)) {
      value = compute(text);
      if (cache.size >= LIMIT) cache.clear();
      cache.set(text, value);
    }
    return value as T;
  };
}
