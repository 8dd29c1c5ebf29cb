import { describeValue } from '../internal/issue.js';
import type { ListSessionConfigsOptions, RequestOptions, RetryPolicy } from './types.js';

const DEFAULT_BASE_URL = 'https://api.yotisign.com';
const CONFIGS_PATH = 'v2/idv/sessions/configs';
const DEFAULT_TIMEOUT = 10_000;
// setTimeout overflows past a signed 32-bit int and fires at once; ky rejects such timeouts too.
const MAX_TIMEOUT = 2_147_483_647;
const MAX_RETRIES = 10;
const DEFAULT_MAX_RETRY_AFTER = 30_000;
// Visible ASCII only: a space, control character or non-ASCII letter in a header value makes
// `Headers` throw a message that quotes the whole value, key included.
const API_KEY_PATTERN = /^[\x21-\x7e]+$/;
const LOOPBACK_HOSTS = new Set(['localhost', '[::1]']);

/** The checked, defaulted form of the options: what the sender works from. */
export interface ResolvedRequest {
  readonly url: string;
  /** Kept to scrub it from anything the API echoes back; never put in an error. */
  readonly apiKey: string;
  readonly authorization: string;
  readonly timeout: number | false;
  readonly signal: AbortSignal | undefined;
  readonly retry: { readonly limit: number; readonly maxRetryAfter: number; readonly backoffLimit: number };
  readonly fetch: RequestOptions['fetch'];
}

const REQUEST_OPTION_KEYS = ['baseUrl', 'timeout', 'signal', 'retry', 'fetch'] as const;
const LIST_OPTION_KEYS = [...REQUEST_OPTION_KEYS, 'detailed'] as const;

/**
 * Checks the API key and every option before anything is sent. Messages describe a bad key by
 * its shape only, never its characters.
 */
export function resolveRequest(apiKey: unknown, options: unknown, defaultRetries: number, allowed: readonly string[] = REQUEST_OPTION_KEYS): ResolvedRequest {
  checkApiKey(apiKey);
  const given = checkOptionsObject(options, allowed);
  return {
    url: new URL(CONFIGS_PATH, resolveBaseUrl(given.baseUrl)).href,
    apiKey,
    authorization: `Bearer ${apiKey}`,
    timeout: resolveTimeout(given.timeout),
    signal: resolveSignal(given.signal),
    retry: resolveRetry(given.retry, defaultRetries),
    fetch: resolveFetch(given.fetch),
  };
}

/** {@link resolveRequest} for `listSessionConfigs`, which also takes `detailed`. */
export function resolveListRequest(apiKey: unknown, options: unknown): ResolvedRequest & { readonly detailed: boolean } {
  const resolved = resolveRequest(apiKey, options, 2, LIST_OPTION_KEYS);
  const detailed = (options as ListSessionConfigsOptions | undefined)?.detailed;
  if (detailed !== undefined && typeof detailed !== 'boolean') {
    throw new TypeError(`The \`detailed\` option must be true or false, received ${kindOf(detailed)}`);
  }
  return { ...resolved, detailed: detailed === true };
}

function checkApiKey(apiKey: unknown): asserts apiKey is string {
  if (typeof apiKey !== 'string') throw new TypeError(`The API key must be a string, received ${kindOf(apiKey)}`);
  if (apiKey.trim() === '') {
    throw new TypeError(`The API key must not be empty or blank, received ${apiKey.length === 0 ? 'an empty string' : `${apiKey.length} whitespace characters`}`);
  }
  if (!API_KEY_PATTERN.test(apiKey)) {
    throw new TypeError(
      `The API key must be printable ASCII without spaces or line breaks, received ${apiKey.length} characters including others (hidden); a trailing newline from a file or an environment variable is the usual cause`,
    );
  }
}

function checkOptionsObject(options: unknown, allowed: readonly string[]): RequestOptions {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`The options must be an object, received ${kindOf(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) throw new TypeError(`Unknown option \`${key}\`; the options are ${allowed.map((name) => `\`${name}\``).join(', ')}`);
  }
  return options as RequestOptions;
}

function resolveBaseUrl(baseUrl: unknown): URL {
  if (baseUrl === undefined) return new URL(`${DEFAULT_BASE_URL}/`);
  if (typeof baseUrl !== 'string' && !(baseUrl instanceof URL)) {
    throw new TypeError(`The \`baseUrl\` option must be a string or a URL, received ${kindOf(baseUrl)}`);
  }
  let url: URL;
  try {
    url = new URL(String(baseUrl));
  } catch {
    throw new TypeError('The `baseUrl` option must be an absolute URL such as https://api.yotisign.com');
  }
  // The key goes in a header: over plain http it could be read on the way, so only a loopback server (an emulator) may use it.
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw new RangeError(`The \`baseUrl\` option must use https: (http: only to a loopback host), received ${url.protocol}//${url.hostname}`);
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    throw new RangeError('The `baseUrl` option must be an origin with an optional path, without credentials, query or fragment');
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

function isLoopback(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

function resolveTimeout(timeout: unknown): number | false {
  if (timeout === undefined) return DEFAULT_TIMEOUT;
  if (timeout === false) return false;
  if (typeof timeout !== 'number') throw new TypeError(`The \`timeout\` option must be a number of milliseconds or false, received ${kindOf(timeout)}`);
  if (!Number.isFinite(timeout) || timeout <= 0 || timeout > MAX_TIMEOUT) {
    throw new RangeError(`The \`timeout\` option must be a number of milliseconds from 1 to ${MAX_TIMEOUT}, received ${timeout}`);
  }
  return timeout;
}

function resolveSignal(signal: unknown): AbortSignal | undefined {
  if (signal === undefined || signal instanceof AbortSignal) return signal;
  throw new TypeError(`The \`signal\` option must be an AbortSignal, received ${kindOf(signal)}`);
}

function resolveFetch(fetch: unknown): RequestOptions['fetch'] {
  if (fetch === undefined || typeof fetch === 'function') return fetch as RequestOptions['fetch'];
  throw new TypeError(`The \`fetch\` option must be a function, received ${kindOf(fetch)}`);
}

function resolveRetry(retry: unknown, defaultLimit: number): ResolvedRequest['retry'] {
  const policy = (retry === undefined ? defaultLimit : retry) as RetryPolicy;
  if (typeof policy === 'number') return { limit: retryCount('retry', policy), maxRetryAfter: DEFAULT_MAX_RETRY_AFTER, backoffLimit: Infinity };
  if (typeof policy !== 'object' || policy === null) {
    throw new TypeError(`The \`retry\` option must be a number or { limit, maxRetryAfter?, backoffLimit? }, received ${kindOf(policy)}`);
  }
  return {
    limit: retryCount('retry.limit', policy.limit),
    maxRetryAfter: milliseconds('retry.maxRetryAfter', policy.maxRetryAfter, DEFAULT_MAX_RETRY_AFTER),
    backoffLimit: milliseconds('retry.backoffLimit', policy.backoffLimit, Infinity),
  };
}

function retryCount(option: string, value: unknown): number {
  if (typeof value !== 'number') throw new TypeError(`The \`${option}\` option must be a number, received ${kindOf(value)}`);
  if (!Number.isInteger(value) || value < 0 || value > MAX_RETRIES) {
    throw new RangeError(`The \`${option}\` option must be an integer from 0 to ${MAX_RETRIES}, received ${value}`);
  }
  return value;
}

function milliseconds(option: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number') throw new TypeError(`The \`${option}\` option must be a number of milliseconds, received ${kindOf(value)}`);
  if (Number.isNaN(value) || value < 0) throw new RangeError(`The \`${option}\` option must be 0 or more milliseconds, received ${value}`);
  return value;
}

/** Describes a wrong value without echoing a string: it may be the key passed in the wrong place. */
function kindOf(value: unknown): string {
  return describeValue(value, true);
}
