/**
 * Which keys hold secrets. The schema marks its own (`auth_token`, a custom screening account's
 * `api_key`); a key of a check type this version does not know is judged by its name, since a new
 * type may carry a credential the schema has not described yet.
 */
import type { Schema } from '../schema/language.js';
import { envelope } from '../schema/payload.js';

/** Read off the schema on first use, so that importing the library does not walk it. */
let marked: ReadonlySet<string> | undefined;
const CREDENTIAL_NAME = /key|token|secret|password|credential/i;

/**
 * True for a key whose value must never be shown. Names alone decide only inside a check or task
 * this version does not know: among known fields, `client_session_token_ttl` is no credential.
 */
export function isSecretKey(key: string, insideUnknownType = false): boolean {
  marked ??= new Set(markedKeys(envelope));
  return marked.has(key) || (insideUnknownType && CREDENTIAL_NAME.test(key));
}

function markedKeys(schema: Schema, key?: string): string[] {
  switch (schema.kind) {
    case 'string':
      return schema.secret === true && key !== undefined ? [key] : [];
    case 'array':
      return markedKeys(schema.items, key);
    case 'object':
      return Object.entries(schema.fields).flatMap(([name, field]) => markedKeys(field.kind === 'optional' ? field.schema : field, name));
    case 'tagged':
      return Object.values(schema.variants).flatMap((variant) => markedKeys(variant));
    default:
      return [];
  }
}
