/**
 * Every rule message, written once. Each is both a string-literal type (shown by the compiler
 * inside `ConfigError<...>`) and a runtime value (thrown or reported by validation), so the two
 * can never drift apart.
 */

export const NAME_REQUIRED = 'a stored configuration needs a name: call .name(...) before toJSON() or create()';

export type DuplicateRequestMessage<Method extends string> =
  `${Method}() is already requested; each check and task can be requested once, so remove the second call`;
export const duplicateRequestMessage = <Method extends string>(method: Method): DuplicateRequestMessage<Method> =>
  `${method}() is already requested; each check and task can be requested once, so remove the second call`;

export const SUPPLEMENTARY_EXTRACTION_NEEDS_DOCUMENT =
  'task.supplementaryTextExtraction() reads a supplementary document: add .document.supplementary(...)';

export const ID_DOCUMENT_REQUIRED =
  'checks on an ID document need one: add .document.id(), or list no documents so the API collects one ID document by default';

export const COMPARISON_NEEDS_TWO_DOCUMENTS =
  'check.documentComparison() compares two documents: list at least two with .document.id() or .document.supplementary(...)';

export type NoManualReviewMessage<Method extends string> = `${Method}() has no manual review; remove manualCheck`;
export const noManualReviewMessage = <Method extends string>(method: Method): NoManualReviewMessage<Method> =>
  `${method}() has no manual review; remove manualCheck`;

export const RESOURCES_OUTLIVE_TOKEN =
  'resources_ttl must be at least client_session_token_ttl + 86400, so media outlives the session by a day';

export const AUTH_TYPE_NEEDS_TOKEN = 'notifications.auth_type needs an auth_token to send: add authToken or remove authType';

export const POSITIVE_INTEGER = 'must be a whole number of 1 or more';
export const FRACTION = 'must be a number from 0 to 1';
export const NON_EMPTY_LIST = 'must list at least one value';
