/**
 * Which keys hold secrets. The schema marks its own (`auth_token`, a custom screening account's
 * `api_key`); a key of a check type this version does not know is judged by its name, since a new
 * type may carry a credential the schema has not described yet.
 */
import { isSecretField } from '../schema/secrets.js';

const CREDENTIAL_NAME = /key|token|secret|password|credential/i;

/**
 * True for a key whose value must never be shown. Names alone decide only inside a check or task
 * this version does not know: among known fields, `client_session_token_ttl` is no credential.
 */
export function isSecretKey(key: string, insideUnknownType = false): boolean {
  return isSecretField(key) || (insideUnknownType && CREDENTIAL_NAME.test(key));
}
