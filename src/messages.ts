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

export const DEADLINE_FORMAT = 'sessionDeadline takes an ISO 8601 date-time with an offset, such as 2030-06-30T17:00:00Z, or a Date';

export const RESOURCES_OUTLIVE_TOKEN =
  'resources_ttl must be at least client_session_token_ttl + 86400, so media outlives the session by a day';

export const AUTH_TYPE_NEEDS_TOKEN = 'notifications.auth_type needs an auth_token to send: add authToken or remove authType';

export const POSITIVE_INTEGER = 'must be a whole number of 1 or more';
export const FRACTION = 'must be a number from 0 to 1';
export const NON_EMPTY_LIST = 'must list at least one value';

export const HEX_COLOUR = 'must be a #RRGGBB colour, such as #2d9fff';
export const HTTPS_ENDPOINT = 'notifications endpoint must start with https://: Yoti only sends webhooks over HTTPS';

// Advisories: the API accepts these configurations, but sessions made from them misbehave.

export const FACE_MATCH_WITHOUT_LIVENESS = 'check.faceMatch() without check.liveness() matches a plain selfie: add .check.liveness(...)';
export const WATCHLIST_WITHOUT_TEXT_EXTRACTION =
  'watchlist checks need the name and date of birth read from the ID document, or return NOT_AVAILABLE: add .task.textExtraction(...)';
export const THIRD_PARTY_WITHOUT_TEXT_EXTRACTION =
  'check.thirdPartyIdentity() needs a name and address read from a document: add .task.textExtraction(...) or .task.supplementaryTextExtraction(...)';
export const DEADLINE_WITH_TOKEN_TTL =
  'session_deadline and client_session_token_ttl are alternatives: keep .sessionDeadline(...) or .clientSessionTokenTtl(...), not both';
export const DEADLINE_TOO_SOON = 'session_deadline is past or less than 5 minutes away, too soon to finish a session: set a later deadline';
export const TOKEN_TTL_SHORT =
  'a token TTL under 900 seconds soon shows users a "session nearly expired" prompt: set .clientSessionTokenTtl(900) or more';
export const FACE_COMPARISON_IN_STORED_CONFIG =
  'check.faceComparison() needs a reference image uploaded after each session starts, a step stored configurations lack: remove it unless your integration uploads one';
export const IDENTITY_PROFILE_WITH_REQUESTS =
  'an identity profile makes Yoti choose the checks, tasks and documents, and adding your own is undocumented: remove them, or the profile';
export const BOTH_IDENTITY_PROFILES =
  'both kinds of identity profile at once is undocumented: keep .identityProfile(...) or .advancedIdentityProfile(...), not both';
export const comparisonWithoutTextExtractionMessage = <Method extends string>(method: Method) =>
  `check.documentComparison() compares data read from each document: add .${method}(...)` as const;
export const unverifiedSdkFieldMessage = <Method extends string>(method: Method) =>
  `${method}() is sent by some official SDKs only and is not verified with the Yoti Sign API: test a session before relying on it` as const;
export const LIVENESS_MANUAL_CHECK_NO_EFFECT = 'check.liveness() has no manual review, so manual_check has no effect: remove it';
export const FACE_COMPARISON_MANUAL_CHECK_NO_EFFECT = 'check.faceComparison() has no manual review: use manualCheck NEVER';
export const EMPTY_WATCHLIST_CATEGORIES =
  'check.watchlistScreening() lists no categories, and what Yoti then screens against is undocumented: list SANCTIONS and/or ADVERSE-MEDIA';
export const UNDOCUMENTED_SCHEME_OBJECTIVE =
  'this objective is not documented for this scheme type, so Yoti may refuse the session: check the identity profile docs';
export const SCHEME_WITHOUT_LABEL = 'a scheme without a label cannot be found in the identity profile report: add label';
export const EMPTY_IDENTITY_PROFILE = 'an empty list requests no identity profile: add a profile with at least one scheme, or remove the block';
export const IMPORT_TOKEN_TTL_RANGE =
  'import_token.ttl outside 2592000 (30 days) to 31536000 (365 days) is refused by the PHP SDK and unverified elsewhere: keep it in that range';
export const RELATIVE_URL =
  'a relative URL resolves against the page hosting the Yoti web SDK, which Yoti shows only by example: prefer an absolute https:// URL';

export const REPEATED_VALUE = 'this value is already listed, and the official SDKs drop repeats: remove it';

// What was meant: appended to an error or advisory about a value of a known set.

export const didYouMeanMessage = <Value extends string>(value: Value) => `did you mean ${value}?` as const;
/** Followed by `: ` and the alpha-3 code, such as `GB is ISO alpha-2; Yoti takes alpha-3: GBR`. */
export const alpha2Message = <Alpha2 extends string>(alpha2: Alpha2) => `${alpha2} is ISO alpha-2; Yoti takes alpha-3` as const;
export const unknownValueMessage = <Value extends string>(value: Value) =>
  `${value} is not a value Yoti documents here; it is sent as written, but may be ignored or refused: check the spelling` as const;
export const unlistedRequiredMessage = <Value extends string>(value: Value) =>
  `${value} is not a known value: fix the spelling, or wrap it in unlisted(...) if Yoti added it after this release` as const;

export const DBS_NEEDS_LEVEL = 'a DBS scheme needs its check level: set objective BASIC, STANDARD or ENHANCED';
export const AUTH_TOKEN_WITHOUT_AUTH_TYPE = 'notifications.auth_token goes with an auth_type: add authType BASIC or BEARER';

// Compile-time forms of the TTL minimums: the runtime reports the same limits as ranges.
export const TOKEN_TTL_MINIMUM = 'clientSessionTokenTtl must be more than 300 seconds (Yoti recommends at least 900)';
export const RESOURCES_TTL_MINIMUM = 'resourcesTtl must be at least 86400 seconds (one day)';

export type Alpha2CountryMessage<Code extends string, Alpha3 extends string> =
  `${Code} is a two-letter (alpha-2) code; country codes are ISO 3166-1 alpha-3: use ${Alpha3}`;
