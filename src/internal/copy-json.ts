/**
 * Copies validated JSON data that has no fixed shape (records, `json()` values): plain objects,
 * arrays and primitives. The generated copiers use it only there.
 */
export function copyJson(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copyJson);
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    // defineProperty, not assignment: a key named "__proto__" must stay an ordinary key.
    Object.defineProperty(copy, key, { value: copyJson((value as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true });
  }
  return copy;
}
