import type { JsonValue } from './types/json.js';
import type { Issue } from './internal/issue.js';

/**
 * The base of every error this library throws. Catch it to handle all of them; use the `is*`
 * guards rather than `instanceof` when errors may cross realms (workers, vm contexts, two
 * copies of the package).
 *
 * @example
 * ```ts
 * try {
 *   await sessionConfig().name('KYC').create(apiKey);
 * } catch (error) {
 *   if (isSessionConfigError(error)) console.error(error.message); // never contains the API key
 * }
 * ```
 */
export class SessionConfigError extends Error {
  /** Identifies the class across realms, where `instanceof` fails. */
  override name = 'SessionConfigError';
}

/**
 * A configuration that breaks the API's rules. `issues` lists every problem at once, each with
 * its JSON path; the message repeats them one per line.
 *
 * @example
 * ```ts
 * try {
 *   sessionConfig().name('KYC').clientSessionTokenTtl(Number(process.env.TTL)).toJSON();
 * } catch (error) {
 *   if (isInvalidConfigError(error)) console.error(error.issues);
 * }
 * ```
 */
export class InvalidConfigError extends SessionConfigError {
  /** Identifies the class across realms, where `instanceof` fails. */
  override name = 'InvalidConfigError';
  /** Every problem found, each with its JSON path, a stable code and a message. */
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(`Invalid session configuration (${count}):\n${issues.map((issue) => `- ${issue.message}`).join('\n')}`);
    this.issues = issues;
  }
}

/**
 * Why a call to the Yoti Sign API failed. From a response: `bad_request` (400),
 * `unauthorized` (401 or 403), `not_found` (404), `conflict` (409: the name exists),
 * `rate_limited` (429), `server_error` (5xx), `unexpected_status` (any other non-2xx),
 * `redirect` (a 3xx: redirects are never followed, see `location`), `invalid_response` (a 2xx
 * body that is not what the API documents, or any body larger than the 5 MB limit). Without one:
 * `timeout` (the response, body included, did not arrive in time), `network` (no connection, or
 * it dropped), `aborted` (your `signal` fired).
 *
 * @example
 * ```ts
 * const retryable: readonly ApiErrorKind[] = ['rate_limited', 'server_error', 'timeout', 'network'];
 * ```
 */
export type ApiErrorKind =
  | 'bad_request'
  | 'unauthorized'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'server_error'
  | 'unexpected_status'
  | 'redirect'
  | 'invalid_response'
  | 'timeout'
  | 'network'
  | 'aborted';

/**
 * What an {@link ApiError} carries besides its message.
 *
 * @example
 * ```ts
 * new ApiError('GET failed with 503', { kind: 'server_error', method: 'GET', url, status: 503 });
 * ```
 */
export interface ApiErrorDetails {
  /** What went wrong, as one of the {@link ApiErrorKind} values. */
  readonly kind: ApiErrorKind;
  /** The HTTP method of the failed request. */
  readonly method: string;
  /** The URL of the failed request. */
  readonly url: string;
  /** The HTTP status, when a response arrived. */
  readonly status?: number;
  /** The response body: parsed JSON, or text. */
  readonly body?: JsonValue | undefined;
  /** The API's own explanation, when it sent one. */
  readonly yotiMessage?: string;
  /** Where a refused redirect pointed: origin and path, without the query. */
  readonly location?: string;
  /** A summary of the underlying error (ky's or fetch's): name, message, stack, code and causes, the key replaced. */
  readonly cause?: unknown;
}

/**
 * A call to the Yoti Sign API that failed: the configuration itself was valid. `kind` says why;
 * `status`, `body` (parsed JSON, or text) and `yotiMessage` (the body's `message`) are set when
 * a response arrived. The API key appears nowhere in it, not even in `cause`, which is a summary
 * of the underlying error (name, message, stack, code, causes) rather than the error itself.
 *
 * @example
 * ```ts
 * try {
 *   await sessionConfig().name('KYC').create(apiKey);
 * } catch (error) {
 *   if (isApiError(error, 'conflict')) console.error('That name is taken:', error.yotiMessage);
 *   else throw error;
 * }
 * ```
 */
export class ApiError extends SessionConfigError {
  /** Identifies the class across realms, where `instanceof` fails. */
  override name = 'ApiError';
  /** What went wrong: branch on it, or narrow with `isApiError(error, kind)`. */
  readonly kind: ApiErrorKind;
  /** The HTTP method of the failed request. */
  readonly method: string;
  /** The URL of the failed request (it never carries the API key). */
  readonly url: string;
  /** The HTTP status, or `undefined` when no response arrived (timeout, network, aborted). */
  readonly status: number | undefined;
  /** The response body: parsed JSON, text when it is not JSON, `undefined` when empty or absent. */
  readonly body: JsonValue | undefined;
  /** The API's own explanation (the body's `message`), when it sent one. */
  readonly yotiMessage: string | undefined;
  /**
   * For `redirect`: where the response pointed, as origin and path (the query and fragment are
   * left out, as they may carry tokens); `undefined` when it did not say or the runtime hides it.
   */
  readonly location: string | undefined;

  constructor(message: string, details: ApiErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = details.kind;
    this.method = details.method;
    this.url = details.url;
    this.status = details.status;
    this.body = details.body;
    this.yotiMessage = details.yotiMessage;
    this.location = details.location;
  }
}

/**
 * True for an {@link ApiError}, from any realm; with `kind`, only for that kind.
 *
 * @example
 * ```ts
 * if (isApiError(error, 'rate_limited')) setTimeout(retry, 60_000);
 * ```
 */
export function isApiError<Kind extends ApiErrorKind = ApiErrorKind>(
  error: unknown,
  kind?: Kind,
): error is ApiError & { readonly kind: Kind } {
  const matches = error instanceof ApiError || (hasErrorName(error, API_ERROR) && typeof (error as ApiError).kind === 'string');
  return matches && (kind === undefined || (error as ApiError).kind === kind);
}

const API_ERROR: ReadonlySet<string> = new Set(['ApiError']);

/** Every error name this package throws; subclasses add theirs here. */
const ERROR_NAMES: ReadonlySet<string> = new Set(['SessionConfigError', 'InvalidConfigError', 'ApiError']);

function hasErrorName(error: unknown, names: ReadonlySet<string>): error is Error {
  return typeof error === 'object' && error !== null && names.has(String((error as Error).name)) && typeof (error as Error).message === 'string';
}

/**
 * True for any error thrown by this library, from any realm.
 *
 * @example
 * ```ts
 * if (isSessionConfigError(error)) console.error(error.name, error.message);
 * ```
 */
export function isSessionConfigError(error: unknown): error is SessionConfigError {
  return error instanceof SessionConfigError || hasErrorName(error, ERROR_NAMES);
}

/**
 * True for an {@link InvalidConfigError}, from any realm.
 *
 * @example
 * ```ts
 * if (isInvalidConfigError(error)) for (const issue of error.issues) console.error(issue.message);
 * ```
 */
export function isInvalidConfigError(error: unknown): error is InvalidConfigError {
  return (
    error instanceof InvalidConfigError ||
    (hasErrorName(error, INVALID_CONFIG) && Array.isArray((error as InvalidConfigError).issues))
  );
}

const INVALID_CONFIG: ReadonlySet<string> = new Set(['InvalidConfigError']);
