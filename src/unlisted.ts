import type { UnlistedValue } from './types/options.js';

/**
 * Values declared with `unlisted()`. A string cannot carry a mark of its own, so the
 * declaration is remembered by value, for the whole process: the builder's terminal accepts an
 * unknown value of an open set only once it was declared here.
 */
const declared = new Set<string>();

/**
 * Marks a value of an open set (a document type, a suppressed screen, an identity scheme) that
 * the library does not list yet, for when Yoti adds one. The value is sent as written; it must
 * be UPPER_SNAKE_CASE, which the terminal checks. Without `unlisted()`, an unknown value is a
 * compile error in TypeScript and a run-time error from plain JavaScript, so a typo such as
 * `'UTILITY_BIL'` is caught either way. An unlisted value is still reported as the advisory
 * `unknown_value`, so strict mode refuses it.
 *
 * @example
 * ```ts
 * sessionConfig().document.id({
 *   filter: { type: 'ORTHOGONAL_RESTRICTIONS', typeRestriction: { inclusion: 'WHITELIST', documentTypes: ['PASSPORT', unlisted('RESIDENCE_PERMIT')] } },
 * });
 * // "document_types": ["PASSPORT", "RESIDENCE_PERMIT"]
 * ```
 */
export function unlisted<const Value extends string>(value: Value): Value & UnlistedValue {
  if (typeof value === 'string') declared.add(value);
  return value as Value & UnlistedValue;
}

/** Whether `value` was declared with {@link unlisted}. */
export function isUnlisted(value: string): boolean {
  return declared.has(value);
}
