import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { formatPath } from '../internal/issue.js';
import type { SessionConfigEnvelope, SessionConfigJson } from '../schema/payload.js';
import { validateSessionConfig } from '../validate.js';
import { PREBUILT_NAMES, prebuiltPayloads } from './prebuilt.js';

const CONFIGS_PATH = '/v2/idv/sessions/configs';
const MAX_BODY_BYTES = 1_000_000;

/**
 * Options of {@link startYotiSignEmulator}.
 *
 * @example
 * ```ts
 * const options: YotiSignEmulatorOptions = { apiKeys: ['test-key', 'second-key'], port: 8787 };
 * ```
 */
export interface YotiSignEmulatorOptions {
  /** The bearer keys it accepts. A request without a bearer key gets 401; with any other key, 403. */
  readonly apiKeys: readonly string[];
  /** The port on 127.0.0.1. Default 0: a free port, read it from `url`. */
  readonly port?: number;
}

/**
 * A failure for the emulator to produce instead of its normal answer:
 * `{ status, body?, headers? }` answers with that status (default body `{ code, message }`),
 * `{ drop: true }` closes the connection without an answer, `{ delayMs }` alone answers
 * normally after the wait. `delayMs` also delays the other two.
 *
 * @example
 * ```ts
 * emulator.failNext({ status: 429, headers: { 'retry-after': '0' } });
 * emulator.failNext({ drop: true }, 3);
 * emulator.failNext({ delayMs: 5_000 });
 * ```
 */
export type EmulatorFault =
  | { readonly status: number; readonly body?: unknown; readonly headers?: Readonly<Record<string, string>>; readonly delayMs?: number }
  | { readonly drop: true; readonly delayMs?: number }
  | { readonly delayMs: number };

/**
 * A request as the emulator received it. Header names are lower case.
 *
 * @example
 * ```ts
 * const [request] = emulator.requests(); // { method: 'POST', path: '/v2/idv/sessions/configs', query: {}, headers: {...}, body: '{"name":...}' }
 * ```
 */
export interface RecordedRequest {
  /** The HTTP method, upper case. */
  readonly method: string;
  /** The path without the query string. */
  readonly path: string;
  /** The query parameters. */
  readonly query: Readonly<Record<string, string>>;
  /** The request headers, names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** The raw request body ('' when there was none). */
  readonly body: string;
}

/**
 * A running emulator. Close it when done.
 *
 * @example
 * ```ts
 * const emulator = await startYotiSignEmulator({ apiKeys: ['test-key'] });
 * after(() => emulator.close());
 * ```
 */
export interface YotiSignEmulator {
  /** The base URL to pass as `baseUrl`, e.g. `http://127.0.0.1:49152`. */
  readonly url: string;
  /**
   * Makes the next `times` requests (default 1), on any route, fail as `fault` says.
   * @example
   * ```ts
   * emulator.failNext({ status: 503 }, 2);
   * ```
   */
  failNext(fault: EmulatorFault, times?: number): void;
  /**
   * Every request received so far, oldest first.
   * @example
   * ```ts
   * const [first] = emulator.requests(); // first.headers.authorization === 'Bearer test-key'
   * ```
   */
  requests(): readonly RecordedRequest[];
  /**
   * The custom configurations stored so far, as they were sent.
   * @example
   * ```ts
   * emulator.stored().map((config) => config.name); // ['KYC']
   * ```
   */
  stored(): readonly SessionConfigEnvelope[];
  /**
   * Forgets requests, stored configurations and pending faults.
   * @example
   * ```ts
   * beforeEach(() => emulator.reset());
   * ```
   */
  reset(): void;
  /**
   * Stops the server and drops open connections.
   * @example
   * ```ts
   * await emulator.close();
   * ```
   */
  close(): Promise<void>;
}

interface StoredConfig {
  readonly envelope: SessionConfigEnvelope;
  readonly owner: string;
}

interface Answer {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Starts a local Yoti Sign on 127.0.0.1: a real HTTP server for the two configuration endpoints,
 * to run integration tests without the network. `POST /v2/idv/sessions/configs` checks the bearer
 * key, validates the body with the library's own rules (400 `{ code: "PAYLOAD_VALIDATION",
 * message, errors: [{ property, message }] }`), refuses a name that exists (409) and stores it
 * (201 with the stored item). `GET` lists Yoti's prebuilt configurations and the stored ones
 * (private ones only to the key that created them); `?detailed_session_configs=true`, or that key
 * in a JSON body, adds the payloads. Yoti documents neither the create response nor every error
 * body, so those shapes are this emulator's choice.
 *
 * @example
 * ```ts
 * const emulator = await startYotiSignEmulator({ apiKeys: ['test-key'] });
 * await sessionConfig().name('KYC').create('test-key', { baseUrl: emulator.url });
 * emulator.failNext({ status: 503, headers: { 'retry-after': '0' } });
 * await emulator.close();
 * ```
 */
export async function startYotiSignEmulator(options: YotiSignEmulatorOptions): Promise<YotiSignEmulator> {
  const apiKeys = checkOptions(options);
  const prebuilt = prebuiltPayloads();
  const configs = new Map<string, StoredConfig>();
  const received: RecordedRequest[] = [];
  const faults: EmulatorFault[] = [];
  const waits = new Set<() => void>();
  let closed = false;

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        waits.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      waits.add(done);
    });

  const answer = (request: RecordedRequest, parsedBody: unknown): Answer => {
    if (request.path !== CONFIGS_PATH) return failure(404, 'NOT_FOUND', `No endpoint at ${request.path}`);
    if (request.method !== 'GET' && request.method !== 'POST') {
      return { ...failure(405, 'METHOD_NOT_ALLOWED', `${request.method} is not supported here`), headers: { allow: 'GET, POST' } };
    }
    // The auth scheme is case-insensitive (RFC 9110 §11.1): `bearer` and `BEARER` are the same scheme.
    const key = /^Bearer +(\S+)$/i.exec(request.headers['authorization'] ?? '')?.[1];
    if (key === undefined) return failure(401, 'UNAUTHORIZED', 'Missing or malformed Authorization header: expected "Bearer <API key>"');
    if (!apiKeys.has(key)) return failure(403, 'FORBIDDEN', 'The API key is not valid for this service');
    return request.method === 'POST' ? store(request, parsedBody, key) : list(request, parsedBody, key);
  };

  const store = (request: RecordedRequest, body: unknown, owner: string): Answer => {
    if (!isJsonMediaType(request.headers['content-type'])) {
      return failure(415, 'UNSUPPORTED_MEDIA_TYPE', 'Content-Type must be application/json');
    }
    if (body === INVALID_JSON) return failure(400, 'INVALID_JSON', 'The request body is not valid JSON');
    const result = validateSessionConfig(body);
    if (!result.ok) {
      return {
        status: 400,
        body: {
          code: 'PAYLOAD_VALIDATION',
          message: `There were errors validating the payload: ${result.issues.map((issue) => issue.message).join('; ')}`,
          errors: result.issues.map((issue) => ({ property: formatPath(issue.path), message: issue.message })),
        },
      };
    }
    const envelope = result.value;
    if (configs.has(envelope.name) || prebuilt.has(envelope.name) || (PREBUILT_NAMES as readonly string[]).includes(envelope.name)) {
      return failure(409, 'CONFLICT', `A session configuration named ${JSON.stringify(envelope.name)} already exists`);
    }
    configs.set(envelope.name, { envelope, owner });
    return { status: 201, body: item(envelope.name, true, envelope.is_private, envelope.session_config, true) };
  };

  const list = (request: RecordedRequest, body: unknown, key: string): Answer => {
    const detailed = request.query['detailed_session_configs'] === 'true' || (body as { detailed_session_configs?: unknown } | null)?.detailed_session_configs === true;
    const session_configs = [
      ...PREBUILT_NAMES.map((name) => item(name, false, false, prebuilt.get(name), detailed)),
      ...[...configs.values()]
        .filter(({ envelope, owner }) => !envelope.is_private || owner === key)
        .map(({ envelope }) => item(envelope.name, true, envelope.is_private, envelope.session_config, detailed)),
    ];
    return { status: 200, body: { session_configs } };
  };

  const handle = async (incoming: IncomingMessage, response: ServerResponse) => {
    const text = await readBody(incoming);
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
    const request: RecordedRequest = Object.freeze({
      method: incoming.method ?? 'GET',
      path: url.pathname,
      query: Object.freeze(Object.fromEntries(url.searchParams)),
      headers: Object.freeze(Object.fromEntries(Object.entries(incoming.headers).map(([name, value]) => [name, String(value)]))),
      body: text ?? '',
    });
    received.push(request);
    const fault = faults.shift();
    if (fault?.delayMs !== undefined) await wait(fault.delayMs);
    if (closed || response.destroyed || incoming.socket.destroyed) return;
    if (fault !== undefined && 'drop' in fault) {
      incoming.socket.destroy();
      return;
    }
    if (text === undefined) return reply(response, failure(413, 'PAYLOAD_TOO_LARGE', `The body exceeds ${MAX_BODY_BYTES} bytes`));
    if (fault !== undefined && 'status' in fault) {
      const injected = failure(fault.status, 'INJECTED_FAILURE', STATUS_CODES[fault.status] ?? 'Injected failure');
      return reply(response, { status: fault.status, body: 'body' in fault ? fault.body : injected.body, headers: fault.headers ?? {} });
    }
    reply(response, answer(request, parseJson(request.body)));
  };

  const server = createServer((incoming, response) => {
    handle(incoming, response).catch(() => {
      if (!response.headersSent && !response.destroyed) reply(response, failure(500, 'INTERNAL_ERROR', 'The emulator failed'));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return Object.freeze({
    url: `http://127.0.0.1:${port}`,
    failNext(fault: EmulatorFault, times = 1) {
      checkFault(fault, times);
      for (let count = 0; count < times; count++) faults.push(fault);
    },
    requests: () => [...received],
    stored: () => [...configs.values()].map(({ envelope }) => envelope),
    reset() {
      received.length = 0;
      faults.length = 0;
      configs.clear();
    },
    close: async () => {
      closed = true;
      for (const done of [...waits]) done();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}

const INVALID_JSON = Symbol('invalid JSON');

/**
 * `application/json` with any parameters (`; charset=utf-8`), in any case (RFC 9110 §8.3.1);
 * not a longer type that merely starts the same, such as `application/jsonx`.
 */
function isJsonMediaType(contentType: string | undefined): boolean {
  const mediaType = (contentType ?? '').split(';', 1)[0] ?? '';
  return mediaType.trim().toLowerCase() === 'application/json';
}

function item(name: string, isCustom: boolean, isPrivate: boolean, payload: SessionConfigJson | undefined, detailed: boolean) {
  return detailed && payload !== undefined
    ? { name, is_custom: isCustom, is_private: isPrivate, session_config: payload }
    : { name, is_custom: isCustom, is_private: isPrivate };
}

function failure(status: number, code: string, message: string): Answer {
  return { status, body: { code, message } };
}

function reply(response: ServerResponse, { status, body, headers }: Answer): void {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  const type = typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json';
  response.writeHead(status, { ...(body === undefined ? {} : { 'content-type': type }), ...headers });
  response.end(text);
}

/** The body as text, or `undefined` when it is too large (the rest is drained, not kept). */
async function readBody(incoming: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of incoming as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  return size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return INVALID_JSON;
  }
}

function checkOptions(options: YotiSignEmulatorOptions): ReadonlySet<string> {
  const { apiKeys, port } = options ?? ({} as Partial<YotiSignEmulatorOptions>);
  if (!Array.isArray(apiKeys) || apiKeys.length === 0 || !apiKeys.every((key) => typeof key === 'string' && /^\S+$/.test(key))) {
    throw new TypeError('The `apiKeys` option must be a non-empty array of API keys without spaces');
  }
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    throw new RangeError(`The \`port\` option must be an integer from 0 to 65535, received ${String(port)}`);
  }
  return new Set(apiKeys);
}

function checkFault(fault: EmulatorFault, times: number): void {
  const { status, delayMs } = fault as { status?: unknown; delayMs?: unknown };
  if (status !== undefined && (typeof status !== 'number' || !Number.isInteger(status) || status < 200 || status > 599)) {
    throw new RangeError('A fault `status` must be an HTTP status from 200 to 599');
  }
  if (delayMs !== undefined && (typeof delayMs !== 'number' || !(delayMs >= 0))) throw new RangeError('A fault `delayMs` must be 0 or more');
  if (!Number.isInteger(times) || times < 1) throw new RangeError('`times` must be a whole number of 1 or more');
}
