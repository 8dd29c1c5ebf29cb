/** Secret values inside configurations (a webhook `auth_token`, a screening `api_key`), read off the schema's `secret` marks. */
import { formatPath, type IssuePath } from '../internal/issue.js';
import type { Schema } from '../schema/language.js';
import { envelope } from '../schema/payload.js';

/** Keys whose values are secrets wherever they appear. */
export const SECRET_KEYS: ReadonlySet<string> = new Set(secretKeys(envelope));

function secretKeys(schema: Schema, key?: string): string[] {
  switch (schema.kind) {
    case 'string':
      return schema.secret === true && key !== undefined ? [key] : [];
    case 'array':
      return secretKeys(schema.items, key);
    case 'object':
      return Object.entries(schema.fields).flatMap(([name, field]) => secretKeys(field.kind === 'optional' ? field.schema : field, name));
    case 'tagged':
      return Object.values(schema.variants).flatMap((variant) => secretKeys(variant));
    default:
      return [];
  }
}

/** A copy with every secret string replaced by `"(hidden)"`, for printing. */
export function hideSecrets<Value>(value: Value): Value {
  if (Array.isArray(value)) return value.map((item: unknown) => hideSecrets(item)) as Value;
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    Object.defineProperty(copy, key, {
      value: SECRET_KEYS.has(key) && typeof item === 'string' ? '(hidden)' : hideSecrets(item),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy as Value;
}

/** Where `value` holds a secret string, as JSON paths (`session_config.notifications.auth_token`). */
export function secretPaths(value: unknown, path: IssuePath = []): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => secretPaths(item, [...path, index]));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    SECRET_KEYS.has(key) && typeof item === 'string' ? [formatPath([...path, key])] : secretPaths(item, [...path, key]),
  );
}
