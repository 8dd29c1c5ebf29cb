/**
 * create() and listSessionConfigs() against servers that misbehave on purpose: bodies that stall
 * or never end, redirects to another host. Each server is a plain node:http server on loopback.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { listSessionConfigs, sessionConfig } from '../src/index.js';
import { MAX_RESPONSE_BYTES } from '../src/http/guarded-fetch.js';
import { API_KEY, apiErrorOf, CONFIGS_PATH } from './support/http.js';

interface TestServer {
  readonly url: string;
  /** Requests received, as `METHOD /path`. */
  readonly received: string[];
  close(): Promise<void>;
}

const servers: TestServer[] = [];

async function serve(handler: (request: IncomingMessage, response: ServerResponse) => void, host = '127.0.0.1'): Promise<TestServer> {
  const received: string[] = [];
  const server = createServer((request, response) => {
    received.push(`${request.method ?? ''} ${request.url ?? ''}`);
    request.resume();
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const started: TestServer = {
    url: `http://${host}:${port}`,
    received,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  servers.push(started);
  return started;
}

test.after.each(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const kyc = sessionConfig().name('KYC').check.liveness();
const LIST_BODY = JSON.stringify({ session_configs: [{ name: 'HR', is_custom: false, is_private: false }] });

async function elapsed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

// ---------------------------------------------------------------------------------------------
// The timeout covers the body.

/** Sends the status and headers and the first bytes of a body, then nothing more. */
const stallsAfterHeaders = (status: number) => (_request: IncomingMessage, response: ServerResponse) => {
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': '1000' });
  response.write('{"session_configs": [');
};

test('create(): headers then a stalled body end in a timeout at `timeout`, not later', async () => {
  const server = await serve(stallsAfterHeaders(201));
  const { value: error, ms } = await elapsed(() => apiErrorOf(kyc.create(API_KEY, { baseUrl: server.url, timeout: 500 }), 'timeout'));
  assert.ok(ms >= 450 && ms < 4_000, `${ms} ms`);
  assert.ok(error.message.includes('did not complete within 500 ms (the response body included)'), error.message);
  assert.is(error.status, undefined);
});

test('listSessionConfigs(): headers then a stalled body end in a timeout at `timeout`, and a timeout is not retried', async () => {
  const server = await serve(stallsAfterHeaders(200));
  const { ms } = await elapsed(() => apiErrorOf(listSessionConfigs(API_KEY, { baseUrl: server.url, timeout: 500 }), 'timeout'));
  assert.ok(ms >= 450 && ms < 4_000, `${ms} ms`);
  assert.is(server.received.length, 1);
});

test('an error status whose body stalls times out too', async () => {
  const server = await serve(stallsAfterHeaders(400));
  const { ms } = await elapsed(() => apiErrorOf(kyc.create(API_KEY, { baseUrl: server.url, timeout: 500 }), 'timeout'));
  assert.ok(ms < 4_000, `${ms} ms`);
});

test('a body that keeps trickling is cut at `timeout`: the deadline is for the whole exchange, not between bytes', async () => {
  const server = await serve((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    const timer = setInterval(() => response.write(' '), 50);
    response.on('close', () => clearInterval(timer));
  });
  const { ms } = await elapsed(() => apiErrorOf(listSessionConfigs(API_KEY, { baseUrl: server.url, timeout: 500 }), 'timeout'));
  assert.ok(ms >= 450 && ms < 4_000, `${ms} ms`);
});

test('a body that arrives in pieces within `timeout` is read whole', async () => {
  const server = await serve((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write(LIST_BODY.slice(0, 10));
    setTimeout(() => response.end(LIST_BODY.slice(10)), 100);
  });
  const list = await listSessionConfigs(API_KEY, { baseUrl: server.url, timeout: 2_000 });
  assert.equal(list, JSON.parse(LIST_BODY));
});

// ---------------------------------------------------------------------------------------------
// Redirects are never followed.

async function redirectingTo(status: number, location: (target: TestServer) => string): Promise<{ origin: TestServer; target: TestServer }> {
  const target = await serve((_request, response) => {
    response.writeHead(201, { 'content-type': 'application/json' });
    response.end('{"name":"KYC"}');
  }, '127.0.0.2');
  const origin = await serve((_request, response) => {
    response.writeHead(status, { location: location(target) });
    response.end();
  });
  return { origin, target };
}

for (const status of [301, 302, 303, 307, 308]) {
  test(`create(): a ${status} to another host is a redirect ApiError naming the location; nothing reaches that host`, async () => {
    const { origin, target } = await redirectingTo(status, (other) => `${other.url}/stolen${CONFIGS_PATH}?token=query-secret#part`);
    const error = await apiErrorOf(kyc.create(API_KEY, { baseUrl: origin.url }), 'redirect', status);
    assert.is(error.location, `${target.url}/stolen${CONFIGS_PATH}`);
    assert.ok(error.message.includes(`answered ${status}, a redirect to ${target.url}/stolen${CONFIGS_PATH}: redirects are not followed`), error.message);
    assert.not.ok(JSON.stringify([error.message, error.location]).includes('query-secret'));
    assert.equal(target.received, []);
    assert.equal(origin.received, [`POST ${CONFIGS_PATH}`]);
  });
}

test('listSessionConfigs(): a redirect is refused the same way, and not retried', async () => {
  const { origin, target } = await redirectingTo(302, (other) => `${other.url}${CONFIGS_PATH}`);
  const error = await apiErrorOf(listSessionConfigs(API_KEY, { baseUrl: origin.url, retry: 3 }), 'redirect', 302);
  assert.is(error.location, `${target.url}${CONFIGS_PATH}`);
  assert.equal(origin.received, [`GET ${CONFIGS_PATH}`]);
  assert.equal(target.received, []);
});

test('a relative location is resolved against the request; a redirect without a location still fails', async () => {
  const relative = await serve((_request, response) => {
    response.writeHead(307, { location: '/elsewhere?x=1' });
    response.end();
  });
  assert.is((await apiErrorOf(kyc.create(API_KEY, { baseUrl: relative.url }), 'redirect', 307)).location, `${relative.url}/elsewhere`);
  const bare = await serve((_request, response) => {
    response.writeHead(308);
    response.end();
  });
  const error = await apiErrorOf(kyc.create(API_KEY, { baseUrl: bare.url }), 'redirect', 308);
  assert.is(error.location, undefined);
});

test('a custom fetch that follows the redirect itself is still reported as a redirect, not as success', async () => {
  const { origin, target } = await redirectingTo(307, (other) => `${other.url}${CONFIGS_PATH}`);
  // Rebuilds the request from its parts, so the default `redirect: 'follow'` applies.
  const following = async (request: Request) => globalThis.fetch(request.url, { method: request.method, headers: request.headers, body: await request.text() });
  const error = await apiErrorOf(kyc.create(API_KEY, { baseUrl: origin.url, fetch: following }), 'redirect');
  assert.is(error.location, `${target.url}${CONFIGS_PATH}`);
  assert.ok(error.message.includes('by the `fetch` option, which followed the redirect'), error.message);
  assert.equal(target.received, [`POST ${CONFIGS_PATH}`], 'this fetch did send it on: what the library can do is refuse to call it a success');
});

// ---------------------------------------------------------------------------------------------
// Response bodies are bounded.

test('a body that never ends is cut at the limit: invalid_response naming it, and the stream is stopped, not read to its end', async () => {
  let written = 0;
  const server = await serve((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      // 200 MB if it were read whole; the client stops long before.
      while (written < 200_000_000 && !response.destroyed) {
        written += chunk.length;
        if (!response.write(chunk)) return void response.once('drain', pump);
      }
      response.end();
    };
    pump();
  });
  const error = await apiErrorOf(listSessionConfigs(API_KEY, { baseUrl: server.url, timeout: 20_000 }), 'invalid_response', 200);
  assert.ok(error.message.includes(`a body larger than the ${MAX_RESPONSE_BYTES}-byte limit`), error.message);
  assert.equal(server.received, [`GET ${CONFIGS_PATH}`], 'not retried');
  await new Promise((resolve) => setTimeout(resolve, 100));
  assert.ok(written < 4 * MAX_RESPONSE_BYTES, `the server wrote ${written} bytes`);
});

test('a Content-Length above the limit fails before any of the body is read', async () => {
  const server = await serve((_request, response) => {
    response.writeHead(201, { 'content-type': 'application/json', 'content-length': String(200_000_000) });
    response.write('{');
  });
  const error = await apiErrorOf(kyc.create(API_KEY, { baseUrl: server.url }), 'invalid_response', 201);
  assert.ok(error.message.includes(`${MAX_RESPONSE_BYTES}-byte limit`), error.message);
});

test('an error status with an oversized body is invalid_response too, with its status', async () => {
  const server = await serve((_request, response) => {
    response.writeHead(500, { 'content-type': 'text/plain' });
    response.end(Buffer.alloc(MAX_RESPONSE_BYTES + 1, 0x41));
  });
  await apiErrorOf(kyc.create(API_KEY, { baseUrl: server.url }), 'invalid_response', 500);
});

test('a listing of exactly the limit is read whole', async () => {
  const padded = LIST_BODY + ' '.repeat(MAX_RESPONSE_BYTES - LIST_BODY.length);
  const server = await serve((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(padded);
  });
  assert.equal(await listSessionConfigs(API_KEY, { baseUrl: server.url }), JSON.parse(LIST_BODY));
});

test.run();
