/** Secret values inside configurations (a webhook `auth_token`, a screening `api_key`), hidden for printing and found for refusing to write them. */
import { formatPath, type IssuePath } from '../internal/issue.js';
import { isSecretField } from '../schema/secrets.js';

/** A copy with every secret string replaced by `"(hidden)"`, for printing. */
export function hideSecrets<Value>(value: Value): Value {
  if (Array.isArray(value)) return value.map((item: unknown) => hideSecrets(item)) as Value;
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    Object.defineProperty(copy, key, {
      value: isSecretField(key) && typeof item === 'string' ? '(hidden)' : hideSecrets(item),
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
    isSecretField(key) && typeof item === 'string' ? [formatPath([...path, key])] : secretPaths(item, [...path, key]),
  );
}
