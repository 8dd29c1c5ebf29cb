import type { JsonValue } from '../types/json.js';
import type { Options } from 'ky';
import { toApiError } from './failure.js';
import { guardedFetch, RefusedResponse } from './guarded-fetch.js';
import type { ResolvedRequest } from './options.js';
import { redactedBody } from './redact.js';

/** Retried when a retry is allowed: rate limiting and the 5xx statuses that mean "try again". */
const RETRY_STATUSES = [429, 500, 502, 503, 504];
/** Statuses whose `Retry-After` header sets the wait (RFC 9110 §10.2.3 names 503; 429 by RFC 6585). */
const RETRY_AFTER_STATUSES = [429, 503];

/** A response that came back 2xx: its status and body (parsed JSON, text, or `undefined`). */
export interface Received {
  readonly status: number;
  readonly body: JsonValue | undefined;
}

/**
 * Sends one call through ky, loaded here on first use so that code which only builds JSON never
 * loads it. Every failure leaves as an `ApiError` whose cause no longer holds the key.
 */
export async function send(method: 'GET' | 'POST', request: ResolvedRequest, json?: unknown): Promise<Received> {
  const { default: ky } = await import('ky');
  const options: Options = {
    method,
    headers: { authorization: request.authorization, accept: 'application/json' },
    // Covers the body too: guardedFetch reads it before the promise ky races against the timeout settles.
    timeout: request.timeout,
    // Never followed: guardedFetch turns a 3xx into a `redirect` ApiError.
    redirect: 'manual',
    fetch: guardedFetch(request.fetch),
    retry: {
      ...request.retry,
      // ky skips POST by default; a caller who sets `retry` on create() has chosen to repeat it.
      methods: [method.toLowerCase()],
      statusCodes: RETRY_STATUSES,
      afterStatusCodes: RETRY_AFTER_STATUSES,
      // A redirect or an oversized body comes back the same on every attempt.
      shouldRetry: ({ error }) => (error instanceof RefusedResponse ? false : undefined),
    },
    ...(json === undefined ? {} : { json }),
    ...(request.signal === undefined ? {} : { signal: request.signal }),
  };
  try {
    const response = await ky(request.url, options);
    const text = await response.text();
    return { status: response.status, body: redactedBody(text, request.apiKey) };
  } catch (error) {
    throw await toApiError(error, method, request);
  }
}
