import type { JsonValue } from '../types/json.js';
import { match, P } from 'ts-pattern';
import { ApiError, type ApiErrorKind } from '../errors.js';
import type { ResolvedRequest } from './options.js';
import { MAX_RESPONSE_BYTES, RefusedResponse } from './guarded-fetch.js';
import { redactedBody, redactText, safeCause } from './redact.js';

/** What the caller can do about each status family; the API's own message follows it. */
const HINTS = {
  bad_request: 'the API rejected the request',
  unauthorized: 'the API key was refused: check that it is the key for this environment and that it has not been revoked',
  not_found: 'nothing answers at this address: check the `baseUrl` option',
  conflict: 'a configuration with this name already exists: choose another name',
  rate_limited: 'too many requests: wait before trying again',
  server_error: 'the API failed: try again later',
  unexpected_status: 'the API answered with a status this client does not expect',
} as const satisfies Partial<Record<ApiErrorKind, string>>;

const MAX_QUOTED = 300;

function kindOfStatus(status: number): keyof typeof HINTS {
  return match(status)
    .returnType<keyof typeof HINTS>()
    .with(400, () => 'bad_request')
    .with(P.union(401, 403), () => 'unauthorized')
    .with(404, () => 'not_found')
    .with(409, () => 'conflict')
    .with(429, () => 'rate_limited')
    .when((code) => code >= 500 && code <= 599, () => 'server_error')
    .otherwise(() => 'unexpected_status');
}

/** Turns whatever ky or fetch threw into an `ApiError`, with the key scrubbed from all of it. */
export async function toApiError(error: unknown, method: string, request: ResolvedRequest): Promise<ApiError> {
  const { url, apiKey } = request;
  if (error instanceof RefusedResponse) return refused(error, method, url, apiKey);
  const cause = safeCause(error, apiKey);
  const response = (error as { response?: unknown } | null)?.response;
  if ((error as Error | null)?.name === 'HTTPError' && response instanceof Response) {
    const body = redactedBody(await response.text().catch(() => ''), apiKey);
    const yotiMessage = messageOf(body);
    const kind = kindOfStatus(response.status);
    const status = `${response.status}${response.statusText === '' ? '' : ` ${response.statusText}`}`;
    const says = yotiMessage === undefined ? '' : `. Yoti Sign says: ${quote(yotiMessage)}`;
    return new ApiError(`${method} ${url} failed with ${status}: ${HINTS[kind]}${says}`, {
      kind,
      method,
      url,
      status: response.status,
      body,
      ...(yotiMessage === undefined ? {} : { yotiMessage }),
      cause,
    });
  }
  // The caller's signal is checked first: an abort can surface as a ky timeout or a fetch error.
  if (request.signal?.aborted === true) {
    // AbortSignal.timeout() is a deadline, not a cancellation: report it as one.
    const deadline = (request.signal.reason as Error | undefined)?.name === 'TimeoutError';
    const text = deadline ? 'ran past the deadline of its `signal`' : 'was aborted by its `signal`';
    return new ApiError(`${method} ${url} ${text}`, { kind: deadline ? 'timeout' : 'aborted', method, url, cause });
  }
  if ((error as Error | null)?.name === 'TimeoutError') {
    return new ApiError(`${method} ${url} did not complete within ${String(request.timeout)} ms (the response body included): raise the \`timeout\` option or try again later`, {
      kind: 'timeout',
      method,
      url,
      cause,
    });
  }
  return new ApiError(`${method} ${url} failed before a response arrived (${describeNetworkError(cause)}): check the network and the \`baseUrl\` option`, {
    kind: 'network',
    method,
    url,
    cause,
  });
}

/**
 * A redirect or an oversized body, stopped in `guardedFetch`. A redirect is never followed: a 307
 * would send the body (which may hold a webhook `auth_token` or a screening `api_key`) to another
 * host, perhaps over plain http, and a 302 would turn the POST into a GET that "succeeds".
 */
function refused(error: RefusedResponse, method: string, url: string, apiKey: string): ApiError {
  const { status } = error;
  const statusText = status === undefined ? 'a redirect' : String(status);
  if (error.reason === 'too_large') {
    return new ApiError(`${method} ${url} answered ${statusText} with a body larger than the ${MAX_RESPONSE_BYTES}-byte limit; it was not read further`, {
      kind: 'invalid_response',
      method,
      url,
      ...(status === undefined ? {} : { status }),
    });
  }
  const location = error.location === undefined ? undefined : redactText(error.location, apiKey);
  const where = location === undefined ? 'an address it did not say (or the runtime hides)' : location;
  const what = error.followed
    ? `was redirected to ${where} by the \`fetch\` option, which followed the redirect: pass the request it receives to fetch as it is, so that \`redirect: 'manual'\` holds`
    : `answered ${statusText}, a redirect to ${where}: redirects are not followed, so that the key and the body never go to another address; if the API has moved, set the \`baseUrl\` option`;
  return new ApiError(`${method} ${url} ${what}`, {
    kind: 'redirect',
    method,
    url,
    ...(status === undefined ? {} : { status }),
    ...(location === undefined ? {} : { location }),
  });
}

/** The error `ApiError` a 2xx response gets when its body is not what the API documents. */
export function invalidResponse(method: string, url: string, status: number, body: JsonValue | undefined, expected: string): ApiError {
  return new ApiError(`${method} ${url} answered ${status} with a body that is not ${expected}`, {
    kind: 'invalid_response',
    method,
    url,
    status,
    body,
  });
}

/** Yoti Sign puts a human-readable `message` in error bodies; anything else is left in `body`. */
function messageOf(body: unknown): string | undefined {
  const message = (body as { message?: unknown } | null | undefined)?.message;
  return typeof message === 'string' && message.trim() !== '' ? message : undefined;
}

/** fetch says only "fetch failed"; the reason (ECONNREFUSED, "other side closed") is one level down. */
function describeNetworkError(error: unknown): string {
  const outer = error instanceof Error ? error.message : String(error);
  const inner = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
  return inner === '' ? outer : `${outer}: ${inner}`;
}

function quote(text: string): string {
  return JSON.stringify(text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text);
}
