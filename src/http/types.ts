import type { JsonValue } from '../types/json.js';
import type { SessionConfigEnvelope, SessionConfigJson } from '../schema/payload.js';

/**
 * How often a failed call is tried again. A number is the retry limit. Only failures worth
 * repeating are retried: 429 and 500/502/503/504 responses (after `Retry-After` when the API
 * sends one) and network failures; timeouts are not.
 *
 * @example
 * ```ts
 * const retry: RetryPolicy = { limit: 3, maxRetryAfter: 5_000 };
 * ```
 */
export type RetryPolicy =
  | number
  | {
      /** Retries after the first attempt: an integer from 0 to 10. */
      readonly limit: number;
      /** The longest `Retry-After` (ms) honoured; longer waits are cut to it. Default 30 000. */
      readonly maxRetryAfter?: number;
      /** The longest backoff (ms) between attempts when the API sends no `Retry-After`. Default unlimited (0.3 s, 0.6 s, 1.2 s, ...). */
      readonly backoffLimit?: number;
    };

/**
 * Where and how a call is sent. Every option is checked before any request: a wrong value throws
 * a `TypeError` or `RangeError` naming the option.
 *
 * @example
 * ```ts
 * const options: RequestOptions = { timeout: 5_000, signal: AbortSignal.timeout(20_000) };
 * ```
 */
export interface RequestOptions {
  /** The API origin, with an optional path prefix. `https:` only, except `http:` to a loopback host. Default `https://api.yotisign.com`. */
  readonly baseUrl?: string | URL;
  /** Milliseconds each attempt may take, from sending the request to the last byte of the response body, or `false` for no limit. Default 10 000. */
  readonly timeout?: number | false;
  /** Aborts the call (and any retry wait) when it fires. */
  readonly signal?: AbortSignal;
  /** Retries: none by default for `create()` (a repeated POST could store twice), 2 for listing. */
  readonly retry?: RetryPolicy;
  /** A `fetch` to send with instead of the global one, e.g. to add a proxy agent or tracing. */
  readonly fetch?: (input: Request, init?: RequestInit) => Promise<Response>;
}

/**
 * What `create()` resolves to once the API accepted the configuration.
 *
 * @example
 * ```ts
 * const { sent, status } = await sessionConfig().name('KYC').create(apiKey);
 * ```
 */
export interface CreatedSessionConfig {
  /** The body that was sent: exactly `toJSON()`. */
  readonly sent: SessionConfigEnvelope;
  /** The 2xx status of the response. */
  readonly status: number;
  /** The response body: parsed JSON, text when it is not JSON, `undefined` when empty. Yoti does not document it, so do not depend on its fields. */
  readonly body: JsonValue | undefined;
}

/**
 * Options of {@link listSessionConfigs}.
 *
 * @example
 * ```ts
 * const options: ListSessionConfigsOptions = { detailed: true, timeout: 30_000 };
 * ```
 */
export interface ListSessionConfigsOptions extends RequestOptions {
  /** `true` asks for each configuration's payload too (`detailed_session_configs`); the response is much larger. */
  readonly detailed?: boolean;
}

/**
 * One configuration the API key can use: one of Yoti's prebuilt ones or a custom one.
 *
 * @example
 * ```ts
 * const item: SessionConfigSummary = { name: 'Real Estate', is_custom: false, is_private: false };
 * ```
 */
export interface SessionConfigSummary {
  /** The configuration's name, as passed to `.name()` or Yoti's prebuilt name. */
  readonly name: string;
  /** `false` for Yoti's prebuilt configurations (`Real Estate`, `HR`, ...). */
  readonly is_custom: boolean;
  /** `true`: usable only with the API key that created it. */
  readonly is_private: boolean;
  /** The payload, in detailed mode only, as the API sends it: not validated (pass `{ name, is_private, session_config }` to `validateSessionConfig` to check it). */
  readonly session_config?: SessionConfigJson;
}

/**
 * The body of `GET /v2/idv/sessions/configs`: prebuilt configurations, then custom ones.
 *
 * @example
 * ```ts
 * const list: SessionConfigList = { session_configs: [{ name: 'KYC', is_custom: true, is_private: true }] };
 * ```
 */
export interface SessionConfigList {
  /** Yoti's prebuilt configurations and the ones visible to your API key. */
  readonly session_configs: readonly SessionConfigSummary[];
}
