/**
 * The `fetch` that ky calls: it refuses redirects and reads the whole body, bounded, before it
 * resolves. ky's `timeout` races the promise `fetch` returns, so reading the body here puts the
 * body under the same deadline as the headers: a server that sends headers and then stalls
 * cannot hold the call open past `timeout`.
 */

/**
 * The largest response body read, in bytes. A detailed listing carries each configuration's
 * payload (a few kB each), so even hundreds of configurations stay far below it.
 */
export const MAX_RESPONSE_BYTES = 5_000_000;

/** Statuses that redirect; 304 (not modified) answers a conditional request, which is never sent. */
const REDIRECT_STATUSES: ReadonlySet<number> = new Set([300, 301, 302, 303, 307, 308]);
/** Statuses whose Response must be built without a body. */
const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([101, 204, 205, 304]);
const MAX_LOCATION_LENGTH = 200;

type Fetch = (input: Request, init?: RequestInit) => Promise<Response>;
/** What ky passes: always a Request in practice, typed as ky types its `fetch` option. */
type KyFetch = (input: Request | URL | string, init?: RequestInit) => Promise<Response>;

/** A response refused before ky sees it: carried through ky as an error, turned into an `ApiError` by `toApiError`. */
export class RefusedResponse extends Error {
  override name = 'RefusedResponse';

  constructor(
    readonly reason: 'redirect' | 'too_large',
    /** The status of the response, `undefined` for a browser's opaque redirect. */
    readonly status: number | undefined,
    /** Where a redirect pointed: origin and path only, never the query (it may carry a token). */
    readonly location: string | undefined,
    /** True when the `fetch` option followed a redirect itself despite `redirect: 'manual'`. */
    readonly followed = false,
  ) {
    super(reason === 'redirect' ? 'redirect refused' : `response body larger than ${MAX_RESPONSE_BYTES} bytes`);
  }
}

/** Wraps `inner` (the caller's `fetch` option or the global one). */
export function guardedFetch(inner: Fetch | undefined): KyFetch {
  const send: Fetch = inner ?? ((input, init) => globalThis.fetch(input, init));
  return async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const response = await send(request, init);
    const status = response.type === 'opaqueredirect' ? undefined : response.status;
    if (status === undefined || REDIRECT_STATUSES.has(status)) {
      discard(response);
      throw new RefusedResponse('redirect', status, describeLocation(response.headers.get('location'), request.url));
    }
    if (response.redirected) {
      // A custom fetch that rebuilt the request lost `redirect: 'manual'`: the body has gone elsewhere already, but success is not reported.
      discard(response);
      throw new RefusedResponse('redirect', status, describeLocation(response.url, request.url), true);
    }
    const body = await readBounded(response);
    return new Response(NULL_BODY_STATUSES.has(status) || body.byteLength === 0 ? null : body, {
      status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

/** Reads at most {@link MAX_RESPONSE_BYTES}, and stops (cancelling the stream) as soon as the body is larger. */
async function readBounded(response: Response): Promise<ArrayBuffer> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_RESPONSE_BYTES) {
    discard(response);
    throw new RefusedResponse('too_large', response.status, undefined);
  }
  if (response.body === null) return new ArrayBuffer(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_RESPONSE_BYTES) {
      void reader.cancel().catch(() => undefined);
      throw new RefusedResponse('too_large', response.status, undefined);
    }
    chunks.push(value);
  }
  const buffer = new ArrayBuffer(size);
  const body = new Uint8Array(buffer);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return buffer;
}

function discard(response: Response): void {
  void response.body?.cancel().catch(() => undefined);
}

/** `https://host/path` of where a redirect points, resolved against the request; `undefined` when it says nothing usable. */
function describeLocation(location: string | null, base: string): string | undefined {
  if (location === null || location === '') return undefined;
  let url: URL;
  try {
    url = new URL(location, base);
  } catch {
    return undefined;
  }
  const text = url.protocol === 'http:' || url.protocol === 'https:' ? `${url.origin}${url.pathname}` : url.protocol;
  return text.length > MAX_LOCATION_LENGTH ? `${text.slice(0, MAX_LOCATION_LENGTH)}…` : text;
}
