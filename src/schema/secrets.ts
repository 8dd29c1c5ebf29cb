/**
 * The keys whose values are credentials (a webhook `auth_token`, a custom screening account's
 * `api_key`), read off the `secret` marks of the payload description, so that printing, fixture
 * writing, explaining and diffing all hide the same fields.
 */
import { schemaOfField, type Schema } from './language.js';
import { envelope } from './payload.js';

/** Computed on first use, so that importing the library does not walk the description. */
let secretKeys: ReadonlySet<string> | undefined;

/** True for a key whose string value is a credential wherever it appears in a configuration. */
export function isSecretField(key: string): boolean {
  secretKeys ??= new Set(markedKeys(envelope));
  return secretKeys.has(key);
}

function markedKeys(schema: Schema, key?: string): string[] {
  switch (schema.kind) {
    case 'string':
      return schema.secret === true && key !== undefined ? [key] : [];
    case 'array':
      return markedKeys(schema.items, key);
    case 'object':
      return Object.entries(schema.fields).flatMap(([name, field]) => markedKeys(schemaOfField(field), name));
    case 'tagged':
      return Object.values(schema.variants).flatMap((variant) => markedKeys(variant));
    default:
      return [];
  }
}
