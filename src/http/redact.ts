import type { JsonValue } from '../types/json.js';
const REDACTED = '[redacted]';
/** Deep enough for fetch's nesting (TypeError -> SocketError); a cycle or an odd chain stops here. */
const MAX_CAUSE_DEPTH = 8;

/** Replaces every occurrence of the key, e.g. in a response that echoes the request back. */
export function redactText(text: string, secret: string): string {
  return text.includes(secret) ? text.split(secret).join(REDACTED) : text;
}

/** A response body as the caller sees it: parsed JSON, the text when it is not JSON, `undefined` when empty. */
export function parseBody(text: string): JsonValue | undefined {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return text;
  }
}

/**
 * Makes an error from ky or fetch safe to keep as `cause`. ky's `request` and `options` hold the
 * `Authorization` header (and the body, where a custom watchlist account's `api_key` may sit), and
 * `util.inspect` prints them; they become copies without headers or body. Any text that holds the
 * key is scrubbed, down the cause chain.
 */
export function redactError(error: unknown, secret: string, depth = 0): unknown {
  if (typeof error === 'string') return redactText(error, secret);
  if (!(error instanceof Error) || depth > MAX_CAUSE_DEPTH) return error;
  const fields = error as Error & { request?: unknown; options?: unknown };
  if (fields.request instanceof Request) replace(error, 'request', new Request(fields.request.url, { method: fields.request.method }));
  if (fields.options !== undefined) replace(error, 'options', safeOptions(fields.options));
  for (const key of ['message', 'stack'] as const) {
    const text = error[key];
    if (typeof text === 'string' && text.includes(secret)) replace(error, key, redactText(text, secret));
  }
  if (error.cause !== undefined) replace(error, 'cause', redactError(error.cause, secret, depth + 1));
  return error;
}

/** What is worth knowing about ky's options after a failure; nothing that could hold a secret. */
function safeOptions(options: unknown): unknown {
  if (typeof options !== 'object' || options === null) return undefined;
  const { method, timeout, retry } = options as Record<string, unknown>;
  return Object.freeze({ method, timeout, retry });
}

function replace(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: Object.prototype.propertyIsEnumerable.call(target, key) });
}
