/**
 * The vocabulary of findings shared by the parser, the cross-field rules and the advisories:
 * where a problem is, its code, and how a received value is described without leaking it.
 */

/** Where in the JSON a problem is: keys and array indexes from the envelope down. */
export type IssuePath = readonly (string | number)[];

/** One problem found in a configuration. */
export interface Issue {
  /** The JSON path of the problem, e.g. `['session_config', 'requested_checks', 0]`; `[]` for the root. */
  readonly path: IssuePath;
  /** A stable, machine-readable name of the rule that failed. */
  readonly code: IssueCode;
  /** A sentence naming the JSON path, the value received and what was expected. */
  readonly message: string;
}

/**
 * Every rule an {@link Issue} can name; docs/rules.md describes each.
 *
 * @example
 * ```ts
 * const overLimit = (issues: readonly Issue[]) => issues.some((issue) => issue.code === 'too_many_items');
 * ```
 */
export type IssueCode =
  | 'invalid_type'
  | 'invalid_value'
  | 'invalid_format'
  | 'too_small'
  | 'too_big'
  | 'missing_key'
  | 'unknown_key'
  | 'forbidden_key'
  | 'name_required'
  | 'duplicate_request'
  | 'supplementary_document_required'
  | 'id_document_required'
  | 'two_documents_required'
  | 'resources_ttl_too_short'
  | 'auth_token_required'
  | 'unlisted_required'
  | 'scheme_objective_required'
  | 'unreadable_input'
  | 'too_many_items'
  | 'too_many_issues'
  /** A soft rule, reported as an error by a strict builder. */
  | AdvisoryCode;

/** A stable, machine-readable name of each soft rule. */
export type AdvisoryCode =
  | 'token_ttl_short'
  | 'deadline_with_token_ttl'
  | 'deadline_too_soon'
  | 'auth_token_without_auth_type'
  | 'face_match_without_liveness'
  | 'manual_check_no_effect'
  | 'face_comparison_in_stored_config'
  | 'watchlist_without_text_extraction'
  | 'third_party_without_text_extraction'
  | 'comparison_without_text_extraction'
  | 'identity_profile_with_requests'
  | 'both_identity_profiles'
  | 'unknown_value'
  | 'unverified_sdk_field'
  | 'empty_watchlist_categories'
  | 'undocumented_scheme_objective'
  | 'scheme_without_label'
  | 'empty_identity_profile'
  | 'import_token_ttl_out_of_range'
  | 'relative_url'
  | 'repeated_value';

/** Past this many problems the input is hopeless; stop listing rather than build a huge report. */
export const MAX_ISSUES = 100;

export function formatPath(path: IssuePath): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : text === '' ? key : `.${key}`;
  return text === '' ? '(root)' : text;
}

const MAX_SHOWN = 60;

/** Describes a received value for a message, never echoing secrets or huge strings. */
export function describeValue(value: unknown, secret = false): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  switch (typeof value) {
    case 'string':
      if (secret) return `a string of ${value.length} characters (hidden)`;
      return value.length > MAX_SHOWN ? `${JSON.stringify(value.slice(0, MAX_SHOWN))}…` : JSON.stringify(value);
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'object':
      return isPlainObject(value) ? 'an object' : `an instance of ${safeConstructorName(value)}`;
    default:
      return `a ${typeof value}`;
  }
}

function safeConstructorName(value: object): string {
  try {
    const name: unknown = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
    return typeof name === 'string' && name !== '' ? name : 'a class';
  } catch {
    return 'an exotic object';
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

export function reportMessage(issues: Issue[], path: (string | number)[], code: IssueCode, message: string): undefined {
  const fullMessage = message.startsWith(formatPath(path)) ? message : `${formatPath(path)}: ${message}`;
  if (issues.length < MAX_ISSUES) issues.push({ path: path.slice(), code, message: fullMessage });
  else if (issues.length === MAX_ISSUES) {
    issues.push({ path: [], code: 'too_many_issues', message: `more than ${MAX_ISSUES} problems; fix these first` });
  }
  return undefined;
}
