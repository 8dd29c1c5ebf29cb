import type { UnlistedValue } from './types/options.js';

/**
 * Marks a document type the library does not list yet, for when Yoti adds one. The value is
 * sent as written; it must be UPPER_SNAKE_CASE, which the terminal checks.
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
  return value as Value & UnlistedValue;
}
