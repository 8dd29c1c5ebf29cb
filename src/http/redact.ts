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
 * A response body with the key replaced, parsed when it is JSON. JSON may spell the key with
 * escapes (`\/`, `\u0041`) that a search of the raw text misses, so the parsed value is checked
 * too, in its canonical serialisation.
 */
export function redactedBody(text: string, secret: string): JsonValue | undefined {
  const redacted = redactText(text, secret);
  const body = parseBody(redacted);
  if (body === undefined || body === redacted) return body;
  const escaped = JSON.stringify(secret).slice(1, -1);
  try {
    const canonical = JSON.stringify(body);
    return canonical.includes(escaped) ? (JSON.parse(redactText(canonical, escaped)) as JsonValue) : body;
  } catch {
    // Nested too deep to serialise, or a replacement that broke the JSON: keep the redacted text.
    return redacted;
  }
}

/** What a summary keeps of each text: enough to read, not enough to carry a body or a page. */
const MAX_TEXT = 2_000;
/** The entries of an `AggregateError` kept. */
const MAX_ERRORS = 10;

/**
 * A fresh error that says what `error` said, safe to keep as `cause`: its name, message, stack,
 * `code`, `errors` (of an `AggregateError`) and cause chain, each text bounded and with the key
 * replaced. Nothing else is copied: not ky's `request`, `response` (whose headers may echo the
 * key) or `options`, nor any other property a custom `fetch` hung on what it threw. A thrown value
 * that is not an error becomes an error that names its type only.
 */
export function safeCause(error: unknown, secret: string): Error {
  return summarise(error, secret, 0);
}

function summarise(error: unknown, secret: string, depth: number): Error {
  if (!isErrorLike(error)) return named(new Error(describeThrown(error, secret)), 'NonError');
  const name = text(read(error, 'name'), secret) ?? 'Error';
  const message = text(read(error, 'message'), secret) ?? '';
  const summary = named(new (builtInClass(error))(message), name);
  const stack = text(read(error, 'stack'), secret);
  define(summary, 'stack', stack ?? `${name}: ${message}`);
  const code = read(error, 'code');
  if (typeof code === 'string' || typeof code === 'number') define(summary, 'code', typeof code === 'string' ? text(code, secret) : code);
  const errors = read(error, 'errors');
  if (isArray(errors) && depth < MAX_CAUSE_DEPTH) {
    const count = Math.min(Number(read(errors, 'length')) || 0, MAX_ERRORS);
    define(summary, 'errors', Array.from({ length: count }, (_, index) => summarise(read(errors, String(index)), secret, depth + 1)));
  }
  const cause = read(error, 'cause');
  if (cause !== undefined && depth < MAX_CAUSE_DEPTH) define(summary, 'cause', summarise(cause, secret, depth + 1));
  return summary;
}

/** Errors from any realm, and DOMExceptions (an abort), which are not `Error` instances everywhere. */
function isErrorLike(value: unknown): value is object {
  try {
    return value instanceof Error || (typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === '[object Error]');
  } catch {
    return false;
  }
}

/** Keeps `instanceof TypeError` (what fetch throws) and the other built-in classes true of the summary. */
function builtInClass(error: object): ErrorConstructor {
  try {
    for (const type of [TypeError, RangeError, SyntaxError]) if (error instanceof type) return type;
  } catch {
    // A proxy whose prototype trap throws: a plain Error will do.
  }
  return Error;
}

function isArray(value: unknown): value is object {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** A property read that a getter or a proxy cannot turn into a throw. */
function read(target: object, key: string): unknown {
  try {
    return (target as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

function text(value: unknown, secret: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Redacted before the cut, so that a key split by the cut cannot leave its first part.
  const redacted = redactText(value, secret);
  return redacted.length > MAX_TEXT ? `${redacted.slice(0, MAX_TEXT)}…` : redacted;
}

function describeThrown(value: unknown, secret: string): string {
  if (typeof value === 'string') return `a string was thrown: ${JSON.stringify(text(value, secret))}`;
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return `${String(typeof value === 'symbol' ? 'a symbol' : value)} was thrown`;
  return `${Array.isArray(value) ? 'an array' : typeof value === 'function' ? 'a function' : 'an object that is not an Error'} was thrown (its content is not kept: it may hold the API key)`;
}

function named(error: Error, name: string): Error {
  define(error, 'name', name);
  return error;
}

function define(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: false });
}
